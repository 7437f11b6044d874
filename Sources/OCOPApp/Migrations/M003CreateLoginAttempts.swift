import Fluent

struct M003CreateLoginAttempts: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(LoginAttempt.schema)
            .field("login_key", .string, .identifier(auto: false))
            .field("failures", .int, .required)
            .field("locked_until", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(LoginAttempt.schema).delete()
    }
}
