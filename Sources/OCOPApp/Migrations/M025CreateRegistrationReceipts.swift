import Fluent

/// Mẫu số 01 and 02 of 26/2026: the receipt numbers of the registration form (one per dossier and
/// desk, one per number, drawn from a counter row per desk and year so that concurrent receipts
/// never collide), the producer's self-assessment report and the evidence files per criterion.
struct M025CreateRegistrationReceipts: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(RegistrationReceiptRecord.schema)
            .id()
            .field("dossier_id", .uuid, .required, .references(DossierRecord.schema, "id", onDelete: .cascade))
            .field("desk", .string, .required)
            .field("desk_code", .string, .required)
            .field("year", .int, .required)
            .field("sequence", .int, .required)
            .field("number", .string, .required)
            .field("received_on", .string, .required)
            .field("received_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "dossier_id", "desk")
            .unique(on: "desk", "desk_code", "year", "sequence")
            .create()
        try await database.schema(RegistrationReceipts.counterTable)
            .id()
            .field("desk", .string, .required)
            .field("desk_code", .string, .required)
            .field("year", .int, .required)
            .field("last_sequence", .int, .required)
            .unique(on: "desk", "desk_code", "year")
            .create()
        try await database.schema(DossierSelfReportRecord.schema)
            .id()
            .field("dossier_id", .uuid, .required, .references(DossierRecord.schema, "id", onDelete: .cascade))
            .field("content", .custom("TEXT"), .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "dossier_id")
            .create()
        try await database.schema(CriterionEvidenceRecord.schema)
            .id()
            .field("dossier_id", .uuid, .required, .references(DossierRecord.schema, "id", onDelete: .cascade))
            .field("criterion_code", .string, .required)
            .field("file_id", .uuid, .required, .references(StoredFile.schema, "id"))
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(CriterionEvidenceRecord.schema).delete()
        try await database.schema(DossierSelfReportRecord.schema).delete()
        try await database.schema(RegistrationReceipts.counterTable).delete()
        try await database.schema(RegistrationReceiptRecord.schema).delete()
    }
}
