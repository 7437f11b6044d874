import Fluent

/// One row per form submission being or having been handled (`FormOnceMiddleware`): the same form
/// sent twice (a double click, a retry) finds the first one's answer instead of creating again.
struct M017CreateFormSubmissions: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(FormSubmissionRecord.schema)
            .field("key", .string, .identifier(auto: false))
            .field("location", .custom("TEXT"))
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(FormSubmissionRecord.schema).delete()
    }
}
