import Fluent

/// The inspection record a revocation rests on (issue 13, Điều 8.1.b): kept as a link rather than
/// only copied into the conclusion's text, so the decision and the minutes open each other.
struct M037AddRevocationInspection: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(RevocationRecord.schema).field("inspection_id", .uuid, .references(InspectionRecord.schema, "id")).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(RevocationRecord.schema).deleteField("inspection_id").update()
    }
}
