import Fluent
import SQLKit

/// Đánh giá lại under 26/2026 (Điều 7.6, 12.3): a meeting may be a round of written opinions
/// (`meetings.procedure`, every earlier meeting a meeting), a re-evaluation dossier keeps when it
/// was filed against its certificate's window (`dossiers.filing_phase`, `certificate_expires_on`:
/// the flag and the extension are facts of the filing, not recomputed from a recognition that a
/// later decision supersedes), and members' requests to meet are kept, one per member and dossier.
struct M022AddReEvaluation: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(MeetingRecord.schema)
            .field("procedure", .string, .required, .sql(.default("meeting"))).update()
        try await database.schema(DossierRecord.schema).field("filing_phase", .string).update()
        try await database.schema(DossierRecord.schema).field("certificate_expires_on", .string).update()
        try await database.schema(MeetingRequestRecord.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(MeetingRecord.schema, "id"))
            .field("dossier_id", .uuid, .required, .references(DossierRecord.schema, "id"))
            .field("member_id", .uuid, .required, .references(CouncilMemberRecord.schema, "id"))
            .field("member_name", .string, .required)
            .field("reason", .custom("TEXT"), .required)
            .field("created_at", .datetime)
            .unique(on: "meeting_id", "dossier_id", "member_id")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(MeetingRequestRecord.schema).delete()
        try await database.schema(DossierRecord.schema).deleteField("certificate_expires_on").update()
        try await database.schema(DossierRecord.schema).deleteField("filing_phase").update()
        try await database.schema(MeetingRecord.schema).deleteField("procedure").update()
    }
}

