import Fluent
import Foundation
import OCOPCore

/// Bảng điểm của Thư ký: loads a meeting's seats, conflicts, sheets and criteria once and hands
/// them to the pure `MeetingResult`, which the board, the decision, the minutes and the
/// certificate all read.
enum ScoringBoard {
    static func result(meeting: MeetingRecord, council: CouncilRecord, on db: Database) async throws -> MeetingResult {
        let items = try await MeetingItemRecord.query(on: db).filter(\.$meeting.$id == meeting.id!)
            .with(\.$dossier) { $0.with(\.$product) }.sort(\.$position).all()
        let dossiers = items.map(\.dossier)
        let seats = try await CouncilMemberRecord.query(on: db).filter(\.$council.$id == council.id!).all()
            .map { MeetingResult.Seat(id: $0.id!.uuidString, name: $0.fullName, position: $0.councilPosition) }
        let conflicts = try await Councils.conflicts(in: council, dossiers: dossiers, on: db)
        let sheets = try await MemberScoreRecord.query(on: db).filter(\.$meeting.$id == meeting.id!).all()
        var agenda: [MeetingResult.Item] = []
        // A meeting's dossiers share one or two criteria set versions: each is read and decoded once
        // per board, not once per dossier (the board refreshes every few seconds).
        var sets: [String: CriteriaSet?] = [:]
        for dossier in dossiers {
            let key = "\(dossier.criteriaSetCode)#\(dossier.criteriaSetVersion)"
            if sets[key] == nil { sets[key] = .some(try await DossierSelfAssessment.criteriaSet(of: dossier, on: db)) }
            let criteria: MeetingResult.Criteria
            switch DossierSelfAssessment.productSheet(dossier, product: dossier.product, in: sets[key] ?? nil) {
            case .failure(let problem): criteria = .unusable(problem.message)
            case .success(let (set, productSet)): criteria = .usable(productSet, in: set)
            }
            let own = try sheets.filter { $0.$dossier.id == dossier.id }.map { sheet in
                MeetingResult.Sheet(seatID: sheet.$member.id.uuidString, version: sheet.version, isSubmitted: sheet.isSubmitted,
                                    total: sheet.total, remark: sheet.remark, answers: try sheet.answerSet, facts: try sheet.producerFacts)
            }
            agenda.append(.init(dossierID: dossier.id!.uuidString, product: dossier.product.name, criteria: criteria,
                                conflictedSeats: Set(conflicts.filter { $0.dossierID == dossier.id!.uuidString }.map(\.memberID)),
                                sheets: own))
        }
        let decided = try await DecisionRecord.query(on: db).filter(\.$meeting.$id == meeting.id!).first() != nil
        return MeetingResult(level: council.councilLevel, seats: seats, items: agenda, decided: decided)
    }

    static func rows(meeting: MeetingRecord, council: CouncilRecord, on db: Database) async throws -> [MeetingResult.Row] {
        try await result(meeting: meeting, council: council, on: db).rows
    }
}
