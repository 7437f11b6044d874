import Fluent
import Foundation
import OCOPCore

/// Lấy ý kiến bằng văn bản (26/2026 Điều 7.6.d): a council "meeting" whose procedure is written
/// opinions runs through the same steps as any meeting (`CouncilSteps`, `Scoring`, `Decisions`,
/// `MeetingResult`); this adds only what differs: members' requests to meet, and why the council
/// must meet instead of deciding (`WrittenOpinions`).
enum WrittenOpinionRound {
    static func requests(meetingID: UUID, on db: Database) async throws -> [MeetingRequest] {
        try await MeetingRequestRecord.query(on: db).filter(\.$meeting.$id == meetingID).sort(\.$createdAt).all().map(\.request)
    }

    /// Why the council must meet on these written opinions; empty for a meeting, or when they may be decided.
    static func meetingReasons(_ meeting: MeetingRecord, council: CouncilRecord, on db: Database) async throws -> [String] {
        guard meeting.procedure == .writtenOpinions else { return [] }
        let result = try await ScoringBoard.result(meeting: meeting, council: council, on: db)
        return WrittenOpinions.meetingReasons(result, requests: try await requests(meetingID: meeting.id!, on: db))
    }

    /// What stops the decision: the meeting's problems, and for written opinions the reasons to meet.
    static func decisionProblems(_ result: MeetingResult, meeting: MeetingRecord, on db: Database) async throws -> [String] {
        guard meeting.procedure == .writtenOpinions else { return result.decisionProblems }
        return WrittenOpinions.decisionProblems(result, requests: try await requests(meetingID: meeting.id!, on: db))
    }

    /// Đề nghị họp trực tiếp: the member's request, kept once (a second click or a second request
    /// by the same member finds the first), audited and announced to the council. Refused at a
    /// meeting, before the papers are sent and once decided.
    static func requestMeeting(reason: String, meeting: MeetingRecord, council: CouncilRecord, dossier: DossierRecord,
                               seat: CouncilMemberRecord, actor: CurrentUser, on db: Database) async throws -> Refusal? {
        let reason = DossierText.trimmed(reason)
        guard !reason.isEmpty else { return Refusal(.content, "Vui lòng ghi lý do cần họp trực tiếp (ví dụ: nội dung phức tạp cần thảo luận).") }
        let (meetingID, dossierID, seatID, member) = (meeting.id!, dossier.id!, seat.id!, seat.fullName)
        let location = dossier.location
        let members = Set(try await CouncilMemberRecord.query(on: db).filter(\.$council.$id == council.id!).all().map { $0.$account.id })
        let product = try await dossier.$product.get(on: db).name
        let link = SiteURL.meeting(id: meetingID.uuidString).path
        do {
            let result = try await CouncilSteps.run(.requestMeeting, meetingID: meetingID, actor: actor, on: db) { tx, _ -> CouncilSteps.Done<Void> in
                if try await MeetingRequestRecord.query(on: tx).filter(\.$meeting.$id == meetingID).filter(\.$dossier.$id == dossierID)
                    .filter(\.$member.$id == seatID).first() != nil { return CouncilSteps.Done(value: ()) }
                let record = MeetingRequestRecord()
                record.$meeting.id = meetingID
                record.$dossier.id = dossierID
                record.$member.id = seatID
                record.memberName = member
                record.reason = reason
                try await record.create(on: tx)
                return CouncilSteps.Done(value: (),
                                         audit: .init(action: "meeting.request", recordType: "dossier", recordID: dossierID.uuidString,
                                                      location: location, after: ["meeting": meetingID.uuidString, "member": member, "reason": reason]),
                                         notices: [.init(text: "\(member) đề nghị họp Hội đồng về hồ sơ \(product): \(reason)", link: link,
                                                         to: members.subtracting([actor.id]))])
            }
            if case .failure(let refusal) = result { return refusal }
            return nil
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // The same request at the same moment: the other one was kept.
            return nil
        }
    }
}
