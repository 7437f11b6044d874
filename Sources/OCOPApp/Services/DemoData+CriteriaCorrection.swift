import Fluent
import Vapor
import OCOPCore

/// Đính chính bộ tiêu chí 26/2026 mẫu: the national officer `trunguong` copies the shipped 26/2026
/// set (version 1, the copy's typos included) into version 2, corrects each typo PROVENANCE lists
/// as its own saved change with its reason, as the editor would, and publishes it. The demo's
/// rounds then score on version 2, and the set's history shows both versions and every reason.
/// Idempotent: once a second version of the code exists, nothing is done.
extension DemoData {
    static func seedCriteriaCorrection(on db: Database) async throws {
        let code = Law26Importer.criteriaSetID
        guard try await CriteriaSetRecord.query(on: db).filter(\.$code == code).count() == 1,
              let shipped = try await CriteriaSetRecord.query(on: db).filter(\.$code == code).first(),
              let account = try await UserAccount.query(on: db).filter(\.$username == "trunguong").first() else { return }
        let officer = CurrentUser(id: account.id!, username: account.username, fullName: account.fullName,
                                  grants: [RoleGrant(role: .nationalOfficer, location: .nation)], mustChangePassword: false)
        var draft = try CriteriaStore.load(shipped)
        draft.version = try await CriteriaStore.nextVersion(of: code, on: db)
        draft.status = .draft
        let record = try await CriteriaStore.insert(draft, actor: officer, action: "criteria.copy", on: db)
        for correction in Law26Correction.qd26Copy {
            let before = try CriteriaStore.load(record)
            let after = correction.applied(to: before)
            let cells = correction.productSets.flatMap { productSet -> [String] in
                let target = SheetGrid.Target.productSet(productSet)
                return CriteriaChanges.cells(before: SheetGrid(set: before, target: target), after: SheetGrid(set: after, target: target))
                    .map { "\(productSet): \($0)" }
            }
            try await CriteriaChanges.save(record, to: after, target: .productSet(correction.productSets[0]), cells: cells,
                                           reason: correction.reason, actor: officer, on: db)
        }
        try await CriteriaStore.transition(record, to: .published, actor: officer, on: db)
    }
}
