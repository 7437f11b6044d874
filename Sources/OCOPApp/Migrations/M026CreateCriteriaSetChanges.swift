import Fluent

/// Sửa đổi bộ tiêu chí: each saved change to a draft version, with the cells it changed and the reason
/// the officer gave (issue 11: a national officer corrects the 26/2026 copy's typos as a new version
/// "with a reason per change", and the history shows them). The audit log keeps who and when for every
/// write too, but only a fingerprint of the document; this table keeps what changed, readable.
struct M026CreateCriteriaSetChanges: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(CriteriaSetChangeRecord.schema)
            .id()
            .field("criteria_set_id", .uuid, .required, .references(CriteriaSetRecord.schema, "id", onDelete: .cascade))
            .field("target", .string, .required)
            .field("cells", .custom("TEXT"), .required)
            .field("reason", .custom("TEXT"), .required)
            .field("changed_by", .string, .required)
            .field("changed_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(CriteriaSetChangeRecord.schema).delete()
    }
}
