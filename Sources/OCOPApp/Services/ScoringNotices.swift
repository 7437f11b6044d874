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
        let meetingID = meeting.id!.uuidString
        let sheets = try await SheetCount.load(meeting: meeting, council: council, on: tx)
        let secretaries = try await Notifications.councilSecretaries(councilID: councilID, on: tx).subtracting([actor])
        let (submitted, expected) = sheets.count(for: dossierID)
        var notices: [CouncilSteps.Notice] = [
            .init(text: "\(member) đã nộp phiếu chấm hồ sơ «\(sheets.product(of: dossierID))» (\(meeting.title)): \(submitted)/\(expected) thành viên đã nộp.",
                  link: SiteURL.meetingAction(id: meetingID, action: .board).path, dossierID: dossierID, to: secretaries),
        ]
        // The board (criteria decoded, every sheet scored) is computed only once every sheet is in:
        // before that the results cannot be complete.
        if sheets.everyoneSubmitted, try await ScoringBoard.result(meeting: meeting, council: council, on: tx).awaitsDecision {
            let officers = try await council.provinceCode.asyncFlatMap { try await Notifications.provincialOfficers(provinceCode: $0, on: tx) } ?? []
            notices.append(.init(text: "\(council.name): \(meeting.title) đã đủ phiếu chấm của \(sheets.items.count) hồ sơ; kết quả chờ ban hành quyết định công nhận.",
                                 link: SiteURL.meetingAction(id: meetingID, action: .results).path,
                                 to: officers.union(secretaries), key: "cho-quyet-dinh:\(meetingID)"))
        }
        return notices
    }

    /// Who should score each dossier of the meeting (the council's scoring members without a
    /// conflict with it, as the board counts them) and who has a submitted sheet.
    struct SheetCount {
        let items: [MeetingItemRecord]
        let scorers: [UUID: Set<UUID>]
        let submitted: [UUID: Set<UUID>]

        static func load(meeting: MeetingRecord, council: CouncilRecord, on db: Database) async throws -> SheetCount {
            let items = try await MeetingItemRecord.query(on: db).filter(\.$meeting.$id == meeting.id!).with(\.$dossier) { $0.with(\.$product) }.all()
            let seats = try await CouncilMemberRecord.query(on: db).filter(\.$council.$id == council.id!).all().filter(\.councilPosition.isCouncilMember)
            let conflicts = try await Councils.conflicts(in: council, dossiers: items.map(\.dossier), on: db)
            var scorers: [UUID: Set<UUID>] = [:]
            for item in items {
                let dossier = item.dossier.id!
                scorers[dossier] = Set(seats.filter { seat in
                    !conflicts.contains { $0.memberID == seat.id!.uuidString && $0.dossierID == dossier.uuidString }
                }.map { $0.id! })
            }
            var submitted: [UUID: Set<UUID>] = [:]
            for sheet in try await MemberScoreRecord.query(on: db).filter(\.$meeting.$id == meeting.id!)
                .filter(\.$status == MemberScoreRecord.Status.submitted.rawValue).all() {
                submitted[sheet.$dossier.id, default: []].insert(sheet.$member.id)
            }
            return SheetCount(items: items, scorers: scorers, submitted: submitted)
        }

        func count(for dossier: UUID) -> (submitted: Int, expected: Int) {
            let expected = scorers[dossier] ?? []
            return (expected.intersection(submitted[dossier] ?? []).count, expected.count)
        }

        func product(of dossier: UUID) -> String { items.first { $0.dossier.id == dossier }?.dossier.product.name ?? "" }

        var everyoneSubmitted: Bool { items.allSatisfy { count(for: $0.dossier.id!).submitted == count(for: $0.dossier.id!).expected } }
    }
}
