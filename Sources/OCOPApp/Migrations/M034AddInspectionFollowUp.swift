import Fluent

/// Kiểm tra lại (issue 13): a follow-up visit names the inspection whose findings it checks, so each
/// page links the other and the follow-up's minutes cite the first.
struct M034AddInspectionFollowUp: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(InspectionRecord.schema).field("follow_up_of", .uuid, .references(InspectionRecord.schema, "id")).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(InspectionRecord.schema).deleteField("follow_up_of").update()
    }
}
