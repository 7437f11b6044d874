import Fluent
import Foundation
import SQLKit
import Vapor

/// Sao lưu và phục hồi: the database and the file store, into one folder and back.
/// - SQLite: `VACUUM INTO` writes a consistent copy while the site keeps serving.
/// - PostgreSQL: `pg_dump` of the schema in its custom format, restored by `pg_restore`.
/// The folder holds `database.sqlite` or `database.pgdump`, `files/` (the uploads, by SHA-256, with
/// `FILE_STORE=directory`; with the database store they are rows of `file_blobs`, inside the dump) and
/// `MANIFEST.json` (engine, schema, file store, time, the row count of every table, checked after a restore).
enum Backup {
    struct Refusal: Error, CustomStringConvertible { let description: String }

    struct Manifest: Codable, Equatable {
        var engine: String
        var schema: String
        /// `database` or `directory`; absent in backups made before `FILE_STORE` (always `directory`).
        var fileStore: String?
        var createdAt: Date
        var rows: [String: Int]
    }

    static let manifestName = "MANIFEST.json"

    /// Writes the backup of `app`'s database and files into `folder`, which must not exist or be empty.
    @discardableResult
    static func make(_ app: Application, into folder: URL) async throws -> Manifest {
        let files = FileManager.default
        if files.fileExists(atPath: folder.path), !(try files.contentsOfDirectory(atPath: folder.path)).isEmpty {
            throw Refusal(description: "Thư mục \(folder.path) đã có dữ liệu; hãy chọn một thư mục trống.")
        }
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        let sql = try database(app)
        if isSQLite(sql) {
            try await sql.raw("VACUUM INTO \(bind: folder.appendingPathComponent("database.sqlite").path)").run()
        } else {
            try run("pg_dump", ["--no-owner", "--no-privileges", "--format=custom", "--schema=\(app.settings.databaseSchema)",
                                "--file=\(folder.appendingPathComponent("database.pgdump").path)", try postgresURL(app)])
        }
        let store = FileStore.directory(app)
        if app.fileStore == .directory, files.fileExists(atPath: store.path) {
            try files.copyItem(at: store, to: folder.appendingPathComponent("files"))
        }
        let manifest = Manifest(engine: isSQLite(sql) ? "sqlite" : "postgresql", schema: app.settings.databaseSchema,
                                fileStore: app.fileStore.rawValue, createdAt: Date(), rows: try await rowCounts(sql, app))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(manifest).write(to: folder.appendingPathComponent(manifestName))
        return manifest
    }

    /// Puts the backup in `folder` in place of `app`'s database and files. Refuses a database that
    /// already holds accounts unless `force`. SQLite: run it while the site is stopped (the database
    /// file is replaced and this application's connections are closed). `BackupTests` checks that
    /// every table's row count after a restore is the manifest's.
    static func restore(_ app: Application, from folder: URL, force: Bool) async throws -> Manifest {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(manifestName).path),
              let manifest = try? decoder.decode(Manifest.self, from: data) else {
            throw Refusal(description: "Thư mục \(folder.path) không phải bản sao lưu (thiếu \(manifestName)).")
        }
        let sql = try database(app)
        guard manifest.engine == (isSQLite(sql) ? "sqlite" : "postgresql") else {
            throw Refusal(description: "Bản sao lưu của \(manifest.engine) không phục hồi vào cơ sở dữ liệu đang dùng được.")
        }
        if !force, try await holdsData(sql) {
            throw Refusal(description: "Cơ sở dữ liệu hiện có dữ liệu; phục hồi sẽ ghi đè. Chạy lại với --force nếu chắc chắn.")
        }
        if isSQLite(sql) {
            await app.databases.shutdownAsync()
            let target = URL(fileURLWithPath: app.settings.sqlitePath)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target.path + suffix) }
            try FileManager.default.copyItem(at: folder.appendingPathComponent("database.sqlite"), to: target)
        } else {
            try await sql.raw("DROP SCHEMA IF EXISTS \(ident: app.settings.databaseSchema) CASCADE").run()
            try run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--dbname=\(try postgresURL(app))",
                                   folder.appendingPathComponent("database.pgdump").path])
        }
        // The backup's files replace the folder's. A backup of the database store has none (its bytes
        // came back with the database); a folder kept from before is then left alone.
        let store = FileStore.directory(app)
        let savedFiles = folder.appendingPathComponent("files")
        let hasFiles = FileManager.default.fileExists(atPath: savedFiles.path)
        if hasFiles || app.fileStore == .directory { try? FileManager.default.removeItem(at: store) }
        if hasFiles {
            try FileManager.default.createDirectory(at: store.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: savedFiles, to: store)
        }
        return manifest
    }

    /// The row count of every table of the application's schema.
    static func rowCounts(_ sql: any SQLDatabase, _ app: Application) async throws -> [String: Int] {
        let tables: [String]
        if isSQLite(sql) {
            tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()
                .map { try $0.decode(column: "name", as: String.self) }
        } else {
            tables = try await sql.raw("SELECT table_name FROM information_schema.tables WHERE table_schema = \(bind: app.settings.databaseSchema) AND table_type = 'BASE TABLE'")
                .all().map { try $0.decode(column: "table_name", as: String.self) }
        }
        var counts: [String: Int] = [:]
        for table in tables {
            counts[table] = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first().map { try $0.decode(column: "n", as: Int.self) } ?? 0
        }
        return counts
    }

    private static func holdsData(_ sql: any SQLDatabase) async throws -> Bool {
        do {
            return try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: UserAccount.schema)").first().map { try $0.decode(column: "n", as: Int.self) } ?? 0 > 0
        } catch {
            return false // no such table: an empty database
        }
    }

    private static func database(_ app: Application) throws -> any SQLDatabase {
        guard let sql = app.db as? any SQLDatabase else { throw Refusal(description: "Cơ sở dữ liệu không hỗ trợ SQL.") }
        return sql
    }

    private static func isSQLite(_ sql: any SQLDatabase) -> Bool { sql.dialect.name == "sqlite" }

    private static func postgresURL(_ app: Application) throws -> String {
        guard let url = app.settings.databaseURL else { throw Refusal(description: "Chưa đặt DATABASE_URL.") }
        return url
    }

    /// Runs one of PostgreSQL's tools; its own words become the refusal when it fails.
    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let output = Pipe()
        process.standardError = output
        process.standardOutput = output
        try process.run()
        let said = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Refusal(description: "\(tool) thất bại: \(String(decoding: said, as: UTF8.self).prefix(500))")
        }
    }
}
