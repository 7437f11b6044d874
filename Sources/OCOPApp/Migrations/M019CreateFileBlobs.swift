import Fluent

/// The database file store (`FILE_STORE=database`, the default on PostgreSQL): uploaded bytes in a
/// table, so that several instances of the site behind a load balancer share them (issue 10, item 7).
/// Created on every engine, used only when chosen.
struct M019CreateFileBlobs: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(FileBlob.schema)
            .field("sha256", .string, .identifier(auto: false))
            .field("bytes", .data, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(FileBlob.schema).delete()
    }
}
