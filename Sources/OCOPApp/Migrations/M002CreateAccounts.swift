import Fluent
import SQLKit

struct M002CreateAccounts: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(UserAccount.schema)
            .id()
            .field("username", .string, .required)
            .field("full_name", .string, .required)
            .field("email", .string)
            .field("password_hash", .string, .required)
            .field("is_active", .bool, .required)
            .field("must_change_password", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "username")
            .create()
        try await database.schema(RoleAssignment.schema)
            .id()
            .field("account_id", .uuid, .required, .references(UserAccount.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("province_code", .string)
            .field("commune_code", .string)
            .field("subject_id", .string)
            .field("created_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "role_assignments_account").on(RoleAssignment.schema).column("account_id").run()
        try await sql.create(index: "role_assignments_province").on(RoleAssignment.schema).column("province_code").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema(RoleAssignment.schema).delete()
        try await database.schema(UserAccount.schema).delete()
    }
}
