import Fluent

/// Quyết định công nhận and giấy chứng nhận: the province's (or the national) decision recognising
/// the products of a meeting's results, one line per dossier, and one certificate per recognised
/// product with the code its QR verification link carries.
struct M014CreateDecisions: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(DecisionRecord.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(MeetingRecord.schema, "id"))
            .field("province_code", .string)
            .field("number", .string, .required)
            .field("signed_on", .string, .required)
            .field("signer", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            // A decision is issued once per meeting; a second click finds the first.
            .unique(on: "meeting_id")
            .create()
        try await database.schema(CertificateRecord.schema)
            .id()
            .field("decision_id", .uuid, .required, .references(DecisionRecord.schema, "id"))
            .field("dossier_id", .uuid, .required, .references(DossierRecord.schema, "id"))
            .field("product_id", .uuid, .required, .references(ProductRecord.schema, "id"))
            .field("number", .string, .required)
            .field("star", .int, .required)
            .field("mean_hundredths", .int, .required)
            .field("decision_day", .string, .required)
            .field("verify_code", .string, .required)
            .field("revoked_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "number")
            // A product recognised 4★ by its province and 5★ by the nation holds two certificates.
            .unique(on: "decision_id", "dossier_id")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(CertificateRecord.schema).delete()
        try await database.schema(DecisionRecord.schema).delete()
    }
}
