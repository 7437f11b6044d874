import Fluent

struct M005CreateCriteriaSets: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(CriteriaSetRecord.schema)
            .id()
            .field("code", .string, .required)
            .field("version", .int, .required)
            .field("name", .string, .required)
            .field("status", .string, .required)
            .field("province_code", .string)
            .field("document", .custom("TEXT"), .required)
            .field("product_set_count", .int, .required)
            .field("defect_count", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code", "version")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(CriteriaSetRecord.schema).delete()
    }
}
