import Fluent
import Foundation
import OCOPCore

/// Thông báo khi nộp phiếu chấm (issue 12: "everyone is told where their work is"). The council's
/// secretary, who follows the board, hears of every submitted sheet; when the last sheet makes the
/// results complete (every counted member has submitted for every dossier and a decision may be
/// issued), the province's officers and the secretary hear — once per meeting — that the results
/// wait for the decision. Written in the submission's transaction, with it or not at all.
enum ScoringNotices {
    static func afterSubmit(meeting: MeetingRecord, councilID: UUID, member: String, dossierID: UUID, actor: UUID,
                            on tx: Database) async throws -> [CouncilSteps.Notice] {
        guard let council = try await CouncilRecord.find(councilID, on: tx) else { return [] }
        let result = try await ScoringBoard.result(meeting: meeting, council: council, on: tx)
        let secretaries = try await Notifications.councilSecretaries(councilID: councilID, on: tx).subtracting([actor])
        let title = meeting.title
        var notices: [CouncilSteps.Notice] = []
        if let row = result.row(dossierID: dossierID.uuidString) {
            let counted = row.members.filter(\.counted)
            let submitted = counted.filter(\.hasSubmitted).count
            notices.append(.init(text: "\(member) đã nộp phiếu chấm hồ sơ «\(row.product)» (\(title)): \(submitted)/\(counted.count) thành viên đã nộp.",
                                 link: SiteURL.meetingAction(id: meeting.id!.uuidString, action: .board).path, dossierID: dossierID,
                                 to: secretaries))
        }
        if result.awaitsDecision {
            let officers = try await council.provinceCode.asyncFlatMap { try await Notifications.provincialOfficers(provinceCode: $0, on: tx) } ?? []
            notices.append(.init(text: "\(council.name): \(title) đã đủ phiếu chấm của \(result.rows.count) hồ sơ; kết quả chờ ban hành quyết định công nhận.",
                                 link: SiteURL.meetingAction(id: meeting.id!.uuidString, action: .results).path,
                                 to: officers.union(secretaries), key: "cho-quyet-dinh:\(meeting.id!.uuidString)"))
        }
        return notices
    }
}
