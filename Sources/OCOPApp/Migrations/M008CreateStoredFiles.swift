import Fluent

struct M008CreateStoredFiles: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(StoredFile.schema)
            .id()
            .field("sha256", .string, .required)
            .field("size", .int, .required)
            .field("content_type", .string, .required)
            .field("file_name", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .datetime)
            .create()
        try await database.schema(ProductPhoto.schema)
            .id()
            .field("product_id", .uuid, .required, .references(ProductRecord.schema, "id", onDelete: .cascade))
            .field("file_id", .uuid, .required, .references(StoredFile.schema, "id"))
            .field("created_at", .datetime)
            .unique(on: "product_id", "file_id")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(ProductPhoto.schema).delete()
        try await database.schema(StoredFile.schema).delete()
    }
}
