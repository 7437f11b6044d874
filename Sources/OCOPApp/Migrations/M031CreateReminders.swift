import Fluent
import SQLKit

/// Nhắc hạn giấy chứng nhận và thư điện tử (issue 13): each reminder of a certificate recorded once
/// (unique per recognition and step, whatever restarts or instances), the mail log with one row per
/// recipient and its delivery, the lease that lets one instance at a time run the daily jobs, and
/// the administrator's wording of each reminder.
struct M031CreateReminders: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(CertificateReminderRecord.schema)
            .id()
            .field("recognition_id", .uuid, .required, .references(RecognitionRecord.schema, "id", onDelete: .cascade))
            .field("step", .string, .required)
            .field("due_on", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "recognition_id", "step")
            .create()
        try await database.schema(MailMessageRecord.schema)
            .id()
            .field("reminder_id", .uuid, .references(CertificateReminderRecord.schema, "id", onDelete: .cascade))
            .field("account_id", .uuid, .references(UserAccount.schema, "id", onDelete: .setNull))
            .field("recipient_name", .string, .required)
            .field("to_address", .string)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .field("next_attempt_at", .double)
            .field("province_code", .string)
            .field("commune_code", .string)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .create()
        try await database.schema(JobLeaseRecord.schema)
            .field("name", .string, .identifier(auto: false))
            .field("holder", .string)
            .field("expires_at", .double)
            .field("last_run_day", .string)
            .create()
        try await database.schema(MessageTemplateRecord.schema)
            .field("step", .string, .identifier(auto: false))
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("updated_by", .string)
            .field("updated_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "mail_messages_status_next").on(MailMessageRecord.schema).column("status").column("next_attempt_at").run()
        try await sql.create(index: "mail_messages_reminder").on(MailMessageRecord.schema).column("reminder_id").run()
        try await sql.create(index: "mail_messages_province_created").on(MailMessageRecord.schema).column("province_code").column("created_at").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema(MessageTemplateRecord.schema).delete()
        try await database.schema(JobLeaseRecord.schema).delete()
        try await database.schema(MailMessageRecord.schema).delete()
        try await database.schema(CertificateReminderRecord.schema).delete()
    }
}
