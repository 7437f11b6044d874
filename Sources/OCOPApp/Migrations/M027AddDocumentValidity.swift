import Fluent

/// Có giá trị đến and the re-evaluation updates (QĐ 26/2026 Điều 6.1.c):
/// - `dossier_documents.valid_until`: `CalendarDay.iso` of the last day a paper with a term is valid,
///   as typed on upload; nil for papers without a term and for those uploaded before this migration
///   (carry-over treats them as valid, as it did);
/// - `dossiers.re_evaluation_updates`: `ReEvaluationUpdates` JSON, what the producer says changed since
///   recognition; one value per dossier, so a column rather than a table.
struct M027AddDocumentValidity: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(DossierDocumentRecord.schema).field("valid_until", .string).update()
        try await database.schema(DossierRecord.schema).field("re_evaluation_updates", .custom("TEXT")).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(DossierRecord.schema).deleteField("re_evaluation_updates").update()
        try await database.schema(DossierDocumentRecord.schema).deleteField("valid_until").update()
    }
}
