import Fluent

/// The commune's forms under 26/2026: the receipt of the producer's 05 samples (Điều 6.2.d) and the
/// province's elimination of a dossier under its sheet's rules. One row per dossier each (unique):
/// a second click or a retried request finds the first row and creates nothing.
struct M024CreateCommuneForms: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(DossierSampleRecord.schema)
            .id()
            .field("dossier_id", .uuid, .required, .references(DossierRecord.schema, "id", onDelete: .cascade))
            .field("quantity", .int, .required)
            .field("received_on", .string, .required)
            .field("received_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "dossier_id")
            .create()
        try await database.schema(DossierEliminationRecord.schema)
            .id()
            .field("dossier_id", .uuid, .required, .references(DossierRecord.schema, "id", onDelete: .cascade))
            .field("rule", .custom("TEXT"), .required)
            .field("finding", .custom("TEXT"), .required)
            .field("eliminated_by", .string, .required)
            .field("eliminated_at", .datetime, .required)
            .unique(on: "dossier_id")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(DossierEliminationRecord.schema).delete()
        try await database.schema(DossierSampleRecord.schema).delete()
    }
}
