import Fluent
import SQLKit

/// Đợt đăng ký and their per-producer extensions. The round itself is kept as its OCOPCore JSON
/// (`RegistrationRound`), with copies of what lists filter on.
struct M007CreateRegistrationRounds: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(RegistrationRoundRecord.schema)
            .id()
            .field("name", .string, .required)
            .field("year", .int, .required)
            .field("province_code", .string, .required)
            .field("commune_code", .string)
            .field("opens_on", .string, .required)
            .field("closes_on", .string, .required)
            .field("criteria_set_code", .string, .required)
            .field("criteria_set_version", .int, .required)
            .field("document", .custom("TEXT"), .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(RegistrationExtensionRecord.schema)
            .id()
            .field("round_id", .uuid, .required, .references(RegistrationRoundRecord.schema, "id", onDelete: .cascade))
            .field("producer_id", .uuid, .required)
            .field("new_closing_day", .string, .required)
            .field("reason", .string, .required)
            .field("granted_by", .string, .required)
            .field("granted_on", .string, .required)
            .unique(on: "round_id", "producer_id")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "registration_rounds_province").on(RegistrationRoundRecord.schema).column("province_code").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema(RegistrationExtensionRecord.schema).delete()
        try await database.schema(RegistrationRoundRecord.schema).delete()
    }
}
