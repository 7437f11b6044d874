import Fluent
import SQLKit

struct M001CreateAdminUnits: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(AdminUnit.schema)
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("name_with_type", .string, .required)
            .field("kind", .string, .required)
            .field("level", .string, .required)
            .field("province_code", .string, .required)
            .field("search_key", .string, .required)
            .field("note", .string)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "admin_units_province").on(AdminUnit.schema).column("province_code").run()
        try await sql.create(index: "admin_units_level").on(AdminUnit.schema).column("level").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema(AdminUnit.schema).delete()
    }
}
