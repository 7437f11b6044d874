import Fluent

/// A password change or an officer's reset ends the person's other sessions: sessions signed in
/// before `sessions_valid_from` are refused by `SessionUserMiddleware` (issue 9).
struct M016AddSessionsValidFrom: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(UserAccount.schema).field("sessions_valid_from", .datetime).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(UserAccount.schema).deleteField("sessions_valid_from").update()
    }
}
