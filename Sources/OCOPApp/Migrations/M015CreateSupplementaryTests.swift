import Fluent

/// Kiểm nghiệm bổ sung: what the council asked to be tested between round 1 and round 2, from which
/// laboratory, and the result document once it arrives (stored like every upload, by SHA-256).
struct M015CreateSupplementaryTests: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(SupplementaryTestRecord.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(MeetingRecord.schema, "id"))
            .field("dossier_id", .uuid, .required, .references(DossierRecord.schema, "id"))
            .field("requested", .custom("TEXT"), .required)
            .field("laboratory", .string, .required)
            .field("requested_by", .string, .required)
            .field("created_at", .datetime)
            .field("result_file_id", .uuid, .references(StoredFile.schema, "id"))
            .field("result_note", .custom("TEXT"))
            .field("resulted_by", .string)
            .field("resulted_at", .datetime)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(SupplementaryTestRecord.schema).delete()
    }
}
