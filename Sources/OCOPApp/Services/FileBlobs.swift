import Fluent
import Foundation
import SQLKit
import Vapor

/// Nội dung tệp trong cơ sở dữ liệu (`FILE_STORE=database`): one row per distinct content, keyed by
/// its SHA-256, bytea on PostgreSQL and blob on SQLite. Shared by every instance that uses the
/// database, and part of its backup.
final class FileBlob: Model, @unchecked Sendable {
    static let schema = "file_blobs"

    @ID(custom: "sha256", generatedBy: .user) var id: String?
    @Field(key: "bytes") var bytes: Data

    init() {}
}

enum FileBlobs {
    /// Stores `data` under `sha256` unless that content is already there. Runs on its own, outside
    /// any transaction of the caller: the bytes are committed before the metadata row that points at
    /// them. Two identical uploads at once both succeed; the second insert is ignored.
    static func store(_ data: Data, sha256: String, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "Cơ sở dữ liệu không hỗ trợ SQL.") }
        try await sql.insert(into: FileBlob.schema).columns("sha256", "bytes")
            .values(SQLBind(sha256), SQLBind(data))
            .ignoringConflicts(with: ["sha256"])
            .run()
    }

    static func bytes(of sha256: String, on db: any Database) async throws -> Data? {
        try await FileBlob.find(sha256, on: db)?.bytes
    }

    /// Moves into the table the files an earlier start kept under DATA_DIR/files (the store of every
    /// installation before `FILE_STORE`, and still the choice on SQLite), for the stored files whose
    /// content the table lacks. Run at start with the database store, once: a marker left in the
    /// folder afterwards keeps later starts from listing every stored file again (a national
    /// database holds millions). The folder is left in place (a backup of it stays valid); it is no
    /// longer read.
    @discardableResult
    static func importDirectory(_ app: Application) async throws -> Int {
        let folder = FileStore.directory(app)
        let marker = folder.appendingPathComponent(".imported-to-database")
        guard FileManager.default.fileExists(atPath: folder.path), !FileManager.default.fileExists(atPath: marker.path) else { return 0 }
        let referenced = Set(try await StoredFile.query(on: app.db).all(\.$sha256))
        let present = Set(try await FileBlob.query(on: app.db).all(\.$id).compactMap { $0 })
        var imported = 0
        for sha in referenced.subtracting(present).sorted() {
            let url = FileStore.path(of: sha, in: app)
            guard let data = FileManager.default.contents(atPath: url.path), FileStore.sha256(data) == sha else { continue }
            try await store(data, sha256: sha, on: app.db)
            imported += 1
        }
        _ = FileManager.default.createFile(atPath: marker.path, contents: Data("FILE_STORE=database\n".utf8))
        return imported
    }
}
