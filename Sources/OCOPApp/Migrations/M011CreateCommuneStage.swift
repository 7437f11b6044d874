import Fluent
import SQLKit

/// The commune stage and the province's intake: the commune's assessment on the dossier, forwarding
/// letters (one letter, many dossiers), evaluation rounds the province receives dossiers into, and
/// in-app notifications. Return reasons and every step's comments are not stored here: they are the
/// dossier's audit entries (`DossierEvent`), which nobody can change afterwards.
struct M011CreateCommuneStage: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(ForwardingLetterRecord.schema)
            .id()
            .field("number", .string, .required)
            .field("signed_on", .string, .required)
            .field("signer", .string, .required)
            .field("signer_is_deputy", .bool, .required)
            .field("province_code", .string, .required)
            .field("commune_code", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            // One number per commune: a second click with the same letter finds the first.
            .unique(on: "commune_code", "number")
            .create()
        try await database.schema(EvaluationRoundRecord.schema)
            .id()
            // Null for the national rounds, as for the national council.
            .field("province_code", .string)
            .field("year", .int, .required)
            .field("name", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "province_code", "name")
            .create()
        // One ALTER per column: SQLite adds a single column per statement.
        let columns: [(FieldKey, DatabaseSchema.DataType)] = [
            ("commune_assessment", .custom("TEXT")), ("assessed_by", .string), ("assessed_at", .datetime),
            ("forwarding_letter_id", .uuid), ("evaluation_round_id", .uuid),
        ]
        for (name, type) in columns {
            try await database.schema(DossierRecord.schema).field(name, type).update()
        }
        try await database.schema(NotificationRecord.schema)
            .id()
            .field("account_id", .uuid, .required, .references(UserAccount.schema, "id", onDelete: .cascade))
            .field("dossier_id", .uuid)
            .field("text", .custom("TEXT"), .required)
            .field("link", .string, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "notifications_account_read").on(NotificationRecord.schema)
            .column("account_id").column("read_at").run()
        try await sql.create(index: "dossiers_commune_state").on(DossierRecord.schema).column("commune_code").column("state").run()
        try await sql.create(index: "dossiers_province_state").on(DossierRecord.schema).column("province_code").column("state").run()
        // The national queue counts every state (measured with `ocop bench-data`: 15,000 dossiers).
        try await sql.create(index: "dossiers_state").on(DossierRecord.schema).column("state").run()
    }

    func revert(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "dossiers_commune_state").run()
        try await sql.drop(index: "dossiers_province_state").run()
        try await sql.drop(index: "dossiers_state").run()
        try await database.schema(NotificationRecord.schema).delete()
        for name in ["commune_assessment", "assessed_by", "assessed_at", "forwarding_letter_id", "evaluation_round_id"] {
            try await database.schema(DossierRecord.schema).deleteField(FieldKey(stringLiteral: name)).update()
        }
        try await database.schema(EvaluationRoundRecord.schema).delete()
        try await database.schema(ForwardingLetterRecord.schema).delete()
    }
}
