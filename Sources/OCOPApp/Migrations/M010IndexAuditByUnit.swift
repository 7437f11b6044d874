import Fluent
import SQLKit

/// Dashboards and unit pages read the latest audit entries of one commune or province; without
/// these indexes they sort the whole log (measured with `ocop bench-data`: 200,000 entries).
struct M010IndexAuditByUnit: AsyncMigration {
    func prepare(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "audit_entries_commune_at").on(AuditEntry.schema).column("commune_code").column("at").run()
        try await sql.create(index: "audit_entries_province_at").on(AuditEntry.schema).column("province_code").column("at").run()
    }

    func revert(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "audit_entries_commune_at").run()
        try await sql.drop(index: "audit_entries_province_at").run()
    }
}
