import Fluent

/// Hồ sơ and their documents. One dossier per product and round (UNIQUE), so a double click or a
/// retried "create" can never make a second one; a replaced document keeps its row with
/// `replaced_at` set, which is the document's history.
struct M009CreateDossiers: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(DossierRecord.schema)
            .id()
            .field("product_id", .uuid, .required, .references(ProductRecord.schema, "id"))
            .field("producer_id", .uuid, .required, .references(ProducerRecord.schema, "id"))
            .field("round_id", .uuid, .required, .references(RegistrationRoundRecord.schema, "id"))
            .field("kind", .string, .required)
            .field("state", .string, .required)
            .field("version", .int, .required)
            .field("province_code", .string, .required)
            .field("commune_code", .string, .required)
            .field("criteria_set_code", .string, .required)
            .field("criteria_set_version", .int, .required)
            .field("self_assessment", .custom("TEXT"))
            .field("producer_facts", .custom("TEXT"))
            .field("previous_dossier_id", .uuid)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .field("submitted_at", .datetime)
            .unique(on: "product_id", "round_id")
            .create()
        try await database.schema(DossierDocumentRecord.schema)
            .id()
            .field("dossier_id", .uuid, .required, .references(DossierRecord.schema, "id", onDelete: .cascade))
            .field("type_code", .int, .required)
            .field("file_id", .uuid, .required, .references(StoredFile.schema, "id"))
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .field("replaced_at", .datetime)
            .field("carried_from", .uuid)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(DossierDocumentRecord.schema).delete()
        try await database.schema(DossierRecord.schema).delete()
    }
}
