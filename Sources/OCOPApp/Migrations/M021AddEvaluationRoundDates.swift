import Fluent
import SQLKit

/// Điều 5 of 26/2026 gives each round two dates: the cut-off of the proposals it takes and the day
/// it must conclude before. Rounds opened before this migration have neither (nil): they are shown
/// without dates and receive any dossier, as before. `notice_key` makes the commune's deadline
/// notices idempotent: one notice per account and key, even with several instances sending at once.
/// SQLite adds one column per ALTER TABLE, hence one update per field.
struct M021AddEvaluationRoundDates: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(EvaluationRoundRecord.schema).field("round_number", .int).update()
        try await database.schema(EvaluationRoundRecord.schema).field("proposals_before", .string).update()
        try await database.schema(EvaluationRoundRecord.schema).field("concludes_before", .string).update()
        try await database.schema(NotificationRecord.schema).field("notice_key", .string).update()
        let sql = database as! any SQLDatabase
        // NULL keys (the workflow's step notices) never collide, on either engine.
        try await sql.create(index: "notifications_account_notice_key").unique().on(NotificationRecord.schema)
            .column("account_id").column("notice_key").run()
    }

    func revert(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "notifications_account_notice_key").run()
        try await database.schema(NotificationRecord.schema).deleteField("notice_key").update()
        try await database.schema(EvaluationRoundRecord.schema).deleteField("concludes_before").update()
        try await database.schema(EvaluationRoundRecord.schema).deleteField("proposals_before").update()
        try await database.schema(EvaluationRoundRecord.schema).deleteField("round_number").update()
    }
}
