import Fluent
import Foundation
import OCOPCore

/// Chấm điểm của Hội đồng: who may score which dossier of a meeting, the members' sheets (draft,
/// submitted and locked, rescored as a new version), and the council's result from the latest
/// submitted sheet of each member who may score it.
enum Scoring {
    /// Why this member may not score this dossier now; nil when they may.
    static func refusal(seat: CouncilMemberRecord?, meeting: MeetingRecord, council: CouncilRecord, dossier: DossierRecord,
                        on db: Database) async throws -> String? {
        guard let seat else { return "Bạn không phải thành viên của Hội đồng này, không chấm được." }
        guard meeting.materialsSentOn != nil else { return "Thư ký chưa gửi tài liệu phiên họp: chưa chấm được." }
        guard try await MeetingItemRecord.query(on: db).filter(\.$meeting.$id == meeting.id!).filter(\.$dossier.$id == dossier.id!).first() != nil else {
            return "Hồ sơ không thuộc phiên họp này."
        }
        let conflicts = try await Councils.conflicts(in: council, dossiers: [dossier], on: db)
        if conflicts.contains(where: { $0.memberID == seat.id!.uuidString }) {
            return "Bạn có xung đột lợi ích với hồ sơ này: không xem điểm, không chấm."
        }
        return nil
    }

    /// The member's sheets for the dossier at the meeting, newest version first.
    static func sheets(meeting: UUID, dossier: UUID, member: UUID, on db: Database) async throws -> [MemberScoreRecord] {
        try await MemberScoreRecord.query(on: db).filter(\.$meeting.$id == meeting).filter(\.$dossier.$id == dossier)
            .filter(\.$member.$id == member).sort(\.$version, .descending).all()
    }

    enum SaveOutcome {
        case saved(submitted: Bool)
        case refused([String])
    }

    /// Saves the draft, or submits it when `submit` and the sheet is complete. A submitted sheet is
    /// never changed: a save on it is refused (a rescore starts a new version). The sheet is read
    /// and written in one transaction, and two saves at once end in one sheet and a clear answer.
    static func save(_ answers: AnswerSet, facts: ProducerFacts, remark: String, submit: Bool, sheet: DossierSelfAssessment.Sheet,
                     meeting: MeetingRecord, dossier: DossierRecord, seat: CouncilMemberRecord, actor: CurrentUser,
                     on db: Database) async throws -> SaveOutcome {
        if submit, !sheet.isComplete {
            return .refused(DossierSelfAssessment.problems(.success(sheet)).map { $0.replacingOccurrences(of: "tự đánh giá", with: "chấm") }
                            + ["Phiếu chưa đủ để nộp; đã giữ nguyên những gì bạn chọn."])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let answersJSON = String(decoding: try encoder.encode(answers), as: UTF8.self)
        let factsJSON = String(decoding: try encoder.encode(facts), as: UTF8.self)
        do {
            return try await db.transaction { tx -> SaveOutcome in
                if try await isDecided(meeting, on: tx) { return .refused([decided]) }
                let existing = try await sheets(meeting: meeting.id!, dossier: dossier.id!, member: seat.id!, on: tx)
                if let latest = existing.first, latest.isSubmitted {
                    return .refused(["Phiếu đã nộp (phiên bản \(latest.version)) không sửa được. Muốn chấm lại sau khi thảo luận, chọn «Chấm lại»."])
                }
                let record = existing.first ?? MemberScoreRecord()
                if record.id == nil {
                    record.$meeting.id = meeting.id!
                    record.$dossier.id = dossier.id!
                    record.$member.id = seat.id!
                    record.version = 1
                }
                record.answers = answersJSON
                record.facts = factsJSON
                record.remark = DossierText.trimmed(remark)
                record.updatedAt = Date()
                record.status = (submit ? MemberScoreRecord.Status.submitted : .draft).rawValue
                if submit {
                    record.submittedAt = Date()
                    record.totalHundredths = sheet.outcome.result?.total.hundredths
                }
                try await record.save(on: tx)
                if submit {
                    try await AuditLog.record(on: tx, actor: actor, action: "score.submit", recordType: "dossier", recordID: dossier.id!.uuidString,
                                              location: dossier.location,
                                              after: ["meeting": meeting.id!.uuidString, "member": seat.fullName, "version": String(record.version),
                                                      "total": sheet.outcome.result?.total.vietnamese ?? ""])
                }
                return .saved(submitted: submit)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return .refused([concurrentSave])
        }
    }

    /// Once the meeting's decision is issued its sheets are final: the board, the minutes and the
    /// printed decision must never disagree (issue 10: a fourth sheet changed a decided mean).
    static let decided = "Phiên họp đã có quyết định công nhận: phiếu chấm đã khóa, không chấm hoặc chấm lại được nữa."

    static func isDecided(_ meeting: MeetingRecord, on db: Database) async throws -> Bool {
        try await DecisionRecord.query(on: db).filter(\.$meeting.$id == meeting.id!).first() != nil
    }

    static let concurrentSave = "Phiếu này vừa được lưu từ một cửa sổ khác. Vui lòng tải lại trang để xem bản mới nhất."

    /// Chấm lại: a new draft version copying the last submitted sheet; the submitted one stays.
    /// Two rescores at once give one new version: the second finds the first's draft (issue 9).
    /// Returns why it was refused (the meeting is decided), or nil.
    @discardableResult
    static func rescore(meeting: MeetingRecord, dossier: DossierRecord, seat: CouncilMemberRecord, actor: CurrentUser,
                        on db: Database) async throws -> String? {
        do {
            return try await db.transaction { tx -> String? in
                if try await isDecided(meeting, on: tx) { return decided }
                let existing = try await sheets(meeting: meeting.id!, dossier: dossier.id!, member: seat.id!, on: tx)
                guard let latest = existing.first, latest.isSubmitted else { return nil }
                let next = MemberScoreRecord()
                next.$meeting.id = meeting.id!
                next.$dossier.id = dossier.id!
                next.$member.id = seat.id!
                next.version = latest.version + 1
                next.status = MemberScoreRecord.Status.draft.rawValue
                next.answers = latest.answers
                next.facts = latest.facts
                next.remark = latest.remark
                next.updatedAt = Date()
                try await next.create(on: tx)
                try await AuditLog.record(on: tx, actor: actor, action: "score.rescore", recordType: "dossier", recordID: dossier.id!.uuidString,
                                          location: dossier.location, after: ["member": seat.fullName, "version": String(next.version)])
                return nil
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // The other rescore created the new draft; this one has nothing left to do.
            return nil
        }
    }
}
