import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import Vapor
@testable import OCOPApp

/// Migrating, loading the 3,355 administrative units and seeding the demo data costs seconds of CPU;
/// five hundred tests each doing it on a two-core machine were most of the suite's time (and the
/// load made the concurrency tests time out). The first test of the process builds that database
/// once; every test then starts from its own copy: a copied data folder on SQLite, a database
/// created from the template on PostgreSQL (`CREATE DATABASE … TEMPLATE`). The copy is the same
/// database a fresh setup makes, so a test cannot tell the difference.
actor SeededTemplate {
    static let shared = SeededTemplate()

    /// The seeded data folder (SQLite) or template database name (PostgreSQL).
    private var built: Task<String, any Error>?
    /// Connected to the suite's own PostgreSQL database, to create and drop the tests' databases
    /// (neither can be done from a connection to the database concerned). Lives as long as the process.
    private var maintenance: Application?

    static let schema = "t_template"

    /// Where the seeded SQLite folder is: built on first use from `settings` (the tests' defaults).
    func sqliteFolder(_ settings: AppSettings) async throws -> String {
        try await template { try await Self.seed(settings, dataDirectory: FileManager.default.temporaryDirectory
            .appendingPathComponent("ocop-template-\(UUID().uuidString)").path) }
    }

    /// A new database copied from the seeded template; returns its URL.
    func postgresCopy(_ settings: AppSettings, url: String) async throws -> String {
        let name = try await template {
            let name = "tpl_" + Self.uniqueSuffix()
            try await self.execute("CREATE DATABASE \(name)", url: url)
            var template = settings
            template.databaseURL = Self.url(url, database: name)
            template.databaseSchema = Self.schema
            _ = try await Self.seed(template, dataDirectory: settings.dataDirectory + "-template")
            return name
        }
        let copy = "t_" + Self.uniqueSuffix()
        // FILE_COPY (PostgreSQL 15+) copies the files instead of logging every block: far less I/O
        // while the rest of the suite runs (fsync is off on the throwaway cluster).
        try await execute("CREATE DATABASE \(copy) TEMPLATE \(name)" + (try await fileCopySupported(url: url) ? " STRATEGY FILE_COPY" : ""), url: url)
        return Self.url(url, database: copy)
    }

    /// Drops a test's database once its application has shut down.
    func dropPostgresCopy(_ copyURL: String, url: String) async {
        guard let name = URLComponents(string: copyURL)?.path.dropFirst(), name.hasPrefix("t_") else { return }
        try? await execute("DROP DATABASE IF EXISTS \(name)", url: url)
    }

    private var fileCopy: Bool?

    private func fileCopySupported(url: String) async throws -> Bool {
        if let fileCopy { return fileCopy }
        try await execute("SELECT 1", url: url)
        guard let sql = maintenance?.db as? any SQLDatabase,
              let row = try await sql.raw("SELECT current_setting('server_version_num')::int AS version").first(),
              let version = try? row.decode(column: "version", as: Int.self) else { return false }
        fileCopy = version >= 150000
        return version >= 150000
    }

    private func template(_ build: @escaping @Sendable () async throws -> String) async throws -> String {
        if let built { return try await built.value }
        let task = Task { try await build() }
        built = task
        return try await task.value
    }

    private func execute(_ statement: String, url: String) async throws {
        if maintenance == nil {
            let app = try await Application.make(.testing)
            // Every test of the run waits here for its copy: a few connections, and a long wait
            // (PostgreSQL copies one database at a time from a template).
            try app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url), maxConnectionsPerEventLoop: 2,
                                            connectionPoolTimeout: .seconds(900)), as: .psql)
            maintenance = app
        }
        guard let sql = maintenance!.db as? any SQLDatabase else { return }
        try await sql.raw(SQLQueryString(statement)).run()
    }

    /// Migrates and seeds a database exactly as a test would, then closes it.
    private static func seed(_ base: AppSettings, dataDirectory: String) async throws -> String {
        var settings = base
        settings.dataDirectory = dataDirectory
        let app = try await Application.make(.testing)
        do {
            try configure(app, settings: settings)
            try await prepareDatabase(app)
            _ = try await DemoData.seed(on: app)
            if settings.databaseURL == nil, let sql = app.db as? any SQLDatabase {
                // Everything into the main file, so that copying the folder copies the database.
                try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        return dataDirectory
    }

    private static func uniqueSuffix() -> String {
        String(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20))
    }

    private static func url(_ url: String, database: String) -> String {
        var components = URLComponents(string: url)!
        components.path = "/" + database
        return components.string!
    }
}
