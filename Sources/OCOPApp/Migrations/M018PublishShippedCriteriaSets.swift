import Fluent
import OCOPCore

/// The criteria sets shipped with the app (1048/781 and the 148 framework) were stored as drafts,
/// so rounds used versions that could still be edited, and editing one changed decided results
/// (issue 9). They are the text of decisions and are published as shipped: a change is a copy.
struct M018PublishShippedCriteriaSets: AsyncMigration {
    static let shipped = [Legacy1048Importer.criteriaSetID, CriteriaSet.framework148().id]

    func prepare(on database: Database) async throws {
        let drafts = try await CriteriaSetRecord.query(on: database).filter(\.$code ~~ Self.shipped).filter(\.$version == 1)
            .filter(\.$status ~~ [CriteriaSetStatus.draft.rawValue, CriteriaSetStatus.validated.rawValue]).all()
        for record in drafts {
            try await CriteriaStore.publishAsShipped(record, on: database)
        }
    }

    func revert(on database: Database) async throws {}
}
