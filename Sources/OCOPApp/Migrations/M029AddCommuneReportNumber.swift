import Fluent

/// The number of the commune's assessment report (issue 12, Nghị định 30/2020): "45/BC-UBND", typed
/// by the commune officer from the commune's register when the report is signed; nil until then
/// (and for reports made before), printed with the dotted gap the văn thư fills in by hand.
struct M029AddCommuneReportNumber: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(DossierRecord.schema).field("commune_report_number", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(DossierRecord.schema).deleteField("commune_report_number").update()
    }
}
