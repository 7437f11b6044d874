import Fluent
import SQLKit

/// Quyết định thu hồi giấy chứng nhận (issue 13, Điều 8): one decision revokes one certificate or
/// many (an annex list); each revoked recognition points to its decision, so it is revoked once and
/// the follow-up lists, the reminders and the public pages read it from the recognition itself.
struct M032CreateRevocations: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(RevocationRecord.schema)
            .id()
            .field("number", .string, .required)
            .field("signed_on", .string, .required)
            .field("ground", .string, .required)
            .field("conclusion", .string, .required)
            .field("conclusion_on", .string, .required)
            .field("conclusion_file_id", .uuid, .references(StoredFile.schema, "id"))
            .field("authority", .string, .required)
            .field("province_code", .string)
            .field("signer", .string, .required)
            .field("signer_position", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema(RecognitionRecord.schema).field("revocation_id", .uuid, .references(RevocationRecord.schema, "id")).update()
        try await database.schema(RecognitionRecord.schema).field("revoked_on", .string).update()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "revocations_province_signed").on(RevocationRecord.schema).column("province_code").column("signed_on").run()
        try await sql.create(index: "recognitions_revocation").on(RecognitionRecord.schema).column("revocation_id").run()
    }

    func revert(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "recognitions_revocation").run()
        try await database.schema(RecognitionRecord.schema).deleteField("revoked_on").update()
        try await database.schema(RecognitionRecord.schema).deleteField("revocation_id").update()
        try await database.schema(RevocationRecord.schema).delete()
    }
}
