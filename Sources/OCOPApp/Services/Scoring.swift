import Fluent
import Foundation
import OCOPCore

/// Chấm điểm của Hội đồng: who may score which dossier of a meeting, the members' sheets (draft,
/// submitted and locked, rescored as a new version), and the council's result from the latest
/// submitted sheet of each member who may score it.
enum Scoring {
    /// Why this person may not open this dossier's sheet at the meeting; nil when they may. The
    /// policy decides from the loaded facts (seat, agenda, conflict); whether they may save, submit
    /// or rescore today is the meeting's workflow (`CouncilSteps`).
    static func refusal(seat: CouncilMemberRecord?, meeting: MeetingRecord, facts: MeetingFacts, council: CouncilRecord, dossier: DossierRecord,
                        user: CurrentUser, on db: Database) async throws -> String? {
        let onAgenda = try await MeetingItemRecord.query(on: db).filter(\.$meeting.$id == meeting.id!).filter(\.$dossier.$id == dossier.id!).first() != nil
        let inConflict = try await seat.asyncFlatMap { seat in
            try await Councils.conflicts(in: council, dossiers: [dossier], on: db).contains { $0.memberID == seat.id!.uuidString }
        } ?? false
        if case .denied(let reason) = AccessPolicy().decide(user.grants, .scoreDossier(seat: seat?.councilPosition, onAgenda: onAgenda, inConflict: inConflict)) {
            return reason
        }
        // Opened from the materials on; after the decision the sheet stays readable, locked.
        let today = CalendarDay.inVietnam(Date())
        guard MeetingWorkflow.state(facts, today: today) != .scheduled else { return MeetingWorkflow.refusal(.saveDraft, facts, today: today)?.message }
        return nil
    }

    /// The member's sheets for the dossier at the meeting, newest version first.
    static func sheets(meeting: UUID, dossier: UUID, member: UUID, on db: Database) async throws -> [MemberScoreRecord] {
        try await MemberScoreRecord.query(on: db).filter(\.$meeting.$id == meeting).filter(\.$dossier.$id == dossier)
            .filter(\.$member.$id == member).sort(\.$version, .descending).all()
    }

    /// Saves the draft, or submits it when `submit` and the sheet is complete. A submitted sheet is
    /// never changed: a save on it is refused (a rescore starts a new version). `loadedVersion` is
    /// the version the form was opened on: a save from a stale tab (after a rescore elsewhere) is
    /// refused instead of overwriting. Runs as a council step: refused once the meeting is decided,
    /// and a submission before the meeting's day.
    /// Why a sheet cannot be submitted as it stands (a criterion unanswered …), nil when it can.
    static func incomplete(_ sheet: DossierSelfAssessment.Sheet) -> Refusal? {
        guard !sheet.isComplete else { return nil }
        return Refusal(.content, DossierSelfAssessment.problems(.success(sheet)).map { $0.replacingOccurrences(of: "tự đánh giá", with: "chấm") }
                       + ["Phiếu chưa đủ để nộp; đã giữ nguyên những gì bạn chọn."])
    }

    static func save(_ answers: AnswerSet, facts: ProducerFacts, remark: String, submit: Bool, sheet: DossierSelfAssessment.Sheet,
                     loadedVersion: Int?, meeting: MeetingRecord, dossier: DossierRecord, seat: CouncilMemberRecord, actor: CurrentUser,
                     on db: Database) async throws -> Result<Bool, Refusal> {
        if submit, let incomplete = incomplete(sheet) { return .failure(incomplete) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let answersJSON = String(decoding: try encoder.encode(answers), as: UTF8.self)
        let factsJSON = String(decoding: try encoder.encode(facts), as: UTF8.self)
        let remark = DossierText.trimmed(remark)
        let total = sheet.outcome.result?.total
        let (meetingID, dossierID, seatID, member) = (meeting.id!, dossier.id!, seat.id!, seat.fullName)
        let location = dossier.location
        do {
            return try await CouncilSteps.run(submit ? .submitSheet : .saveDraft, meetingID: meetingID, actor: actor, on: db) { tx, _ in
                let existing = try await sheets(meeting: meetingID, dossier: dossierID, member: seatID, on: tx)
                if let latest = existing.first, latest.isSubmitted {
                    throw Refusal(.state, "Phiếu đã nộp (phiên bản \(latest.version)) không sửa được. Muốn chấm lại sau khi thảo luận, chọn «Chấm lại».")
                }
                if let loadedVersion, loadedVersion != (existing.first?.version ?? 1) { throw Refusal(.conflict, concurrentSave) }
                let record = existing.first ?? MemberScoreRecord()
                if record.id == nil {
                    record.$meeting.id = meetingID
                    record.$dossier.id = dossierID
                    record.$member.id = seatID
                    record.version = 1
                }
                record.answers = answersJSON
                record.facts = factsJSON
                record.remark = remark
                record.updatedAt = Date()
                record.status = (submit ? MemberScoreRecord.Status.submitted : .draft).rawValue
                if submit {
                    record.submittedAt = Date()
                    record.totalHundredths = total?.hundredths
                }
                try await record.save(on: tx)
                let audit = submit ? CouncilSteps.Audit(action: "score.submit", recordType: "dossier", recordID: dossierID.uuidString, location: location,
                                                        after: ["meeting": meetingID.uuidString, "member": member, "version": String(record.version),
                                                                "total": total?.vietnamese ?? ""]) : nil
                let notices = submit ? try await ScoringNotices.afterSubmit(meeting: meeting, councilID: seat.$council.id, member: member,
                                                                             dossierID: dossierID, actor: actor.id, on: tx) : []
                return CouncilSteps.Done(value: submit, audit: audit, notices: notices)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return .failure(Refusal(.conflict, concurrentSave))
        }
    }

    static let concurrentSave = "Phiếu này vừa được lưu từ một cửa sổ khác. Vui lòng tải lại trang để xem bản mới nhất."

    /// Chấm lại: a new draft version copying the last submitted sheet; the submitted one stays.
    /// Two rescores at once give one new version: the second finds the first's draft (issue 9).
    /// Refused once the meeting is decided and before its day.
    static func rescore(meeting: MeetingRecord, dossier: DossierRecord, seat: CouncilMemberRecord, actor: CurrentUser,
                        on db: Database) async throws -> Refusal? {
        let (meetingID, dossierID, seatID, member) = (meeting.id!, dossier.id!, seat.id!, seat.fullName)
        let location = dossier.location
        do {
            let result = try await CouncilSteps.run(.rescore, meetingID: meetingID, actor: actor, on: db) { tx, _ -> CouncilSteps.Done<Bool> in
                let existing = try await sheets(meeting: meetingID, dossier: dossierID, member: seatID, on: tx)
                guard let latest = existing.first, latest.isSubmitted else { return CouncilSteps.Done(value: false) }
                let next = MemberScoreRecord()
                next.$meeting.id = meetingID
                next.$dossier.id = dossierID
                next.$member.id = seatID
                next.version = latest.version + 1
                next.status = MemberScoreRecord.Status.draft.rawValue
                next.answers = latest.answers
                next.facts = latest.facts
                next.remark = latest.remark
                next.updatedAt = Date()
                try await next.create(on: tx)
                return CouncilSteps.Done(value: true, audit: .init(action: "score.rescore", recordType: "dossier", recordID: dossierID.uuidString,
                                                                   location: location, after: ["member": member, "version": String(next.version)]))
            }
            if case .failure(let refusal) = result { return refusal }
            return nil
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // The other rescore created the new draft; this one has nothing left to do.
            return nil
        }
    }
}
