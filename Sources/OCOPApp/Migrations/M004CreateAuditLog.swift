import Fluent
import SQLKit

/// The audit log is append-only in the database itself, not just by convention in the code:
/// a trigger refuses UPDATE and DELETE on both engines.
struct M004CreateAuditLog: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(AuditEntry.schema)
            .id()
            .field("at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("action", .string, .required)
            .field("record_type", .string, .required)
            .field("record_id", .string, .required)
            .field("province_code", .string)
            .field("commune_code", .string)
            .field("before", .string)
            .field("after", .string)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "audit_entries_at").on(AuditEntry.schema).column("at").run()
        try await sql.create(index: "audit_entries_record").on(AuditEntry.schema).column("record_type").column("record_id").run()
        try await sql.create(index: "audit_entries_province").on(AuditEntry.schema).column("province_code").run()
        try await sql.create(index: "audit_entries_actor").on(AuditEntry.schema).column("actor_id").run()
        if sql.dialect.name == "sqlite" {
            for event in ["UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER audit_entries_no_\(unsafeRaw: event.lowercased()) BEFORE \(unsafeRaw: event) ON audit_entries
                    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END
                    """).run()
            }
        } else {
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'audit log is append-only'; END; $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
                FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()
                """).run()
        }
    }

    func revert(on database: Database) async throws {
        try await database.schema(AuditEntry.schema).delete()
    }
}
