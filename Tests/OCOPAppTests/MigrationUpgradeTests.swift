import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp

/// Migrations are frozen (issue 10): a database made by an earlier release, with its demo data, is
/// migrated by today's code and must end with exactly the schema of a fresh database, its data
/// intact. The fixtures are what each release's `ocop migrate` + `ocop seed` produced
/// (`Tests/OCOPAppTests/Fixtures/releases/`, listed in CHANGELOG.md), for SQLite and PostgreSQL.
@Suite("Nâng cấp cơ sở dữ liệu của bản phát hành trước")
struct MigrationUpgradeTests {
    /// Every release of CHANGELOG.md, oldest first: each must upgrade, not only the newest, since a
    /// province may skip releases.
    static let releases = ["2026-12-01-360354f", "2026-12-02-a0a6d2e"]
    /// What each release's demo data held, counted when the fixture was made.
    static let demoAccounts = 10

    static func fixture(_ release: String, _ name: String) throws -> URL {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/releases/\(release)/\(name)")
        #expect(FileManager.default.fileExists(atPath: url.path), "\(url.path)")
        return url
    }

    @Test("Bản phát hành trước: di chuyển xong có đúng lược đồ của cơ sở dữ liệu mới, dữ liệu mẫu còn nguyên, đăng nhập được",
          arguments: releases)
    func previousReleaseUpgrades(release: String) async throws {
        let upgraded = try await Self.open { settings in
            if runsOnPostgres {
                try Self.loadPostgresDump(try Self.fixture(release, "postgres.sql"), into: settings)
            } else {
                try FileManager.default.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: try Self.fixture(release, "ocop.sqlite"), to: URL(fileURLWithPath: settings.sqlitePath))
            }
        }
        let fresh = try await Self.open { _ in }
        do {
            try await prepareDatabase(upgraded.app)
            try await prepareDatabase(fresh.app)
            let upgradedSchema = try await Self.schema(upgraded.app)
            let freshSchema = try await Self.schema(fresh.app)
            #expect(!freshSchema.isEmpty)
            #expect(upgradedSchema == freshSchema, "\(Set(upgradedSchema).symmetricDifference(freshSchema).sorted())")
            #expect(try await UserAccount.query(on: upgraded.app.db).count() == Self.demoAccounts)
            #expect(try await AdminUnit.query(on: upgraded.app.db).count() == (try await AdminUnit.query(on: fresh.app.db).count()))
            #expect(try await ProducerRecord.query(on: upgraded.app.db).count() > 0)
            // The release's shipped sets end as a fresh database ships them: the same versions, the
            // replaced ones retired (M018 published the release's drafts; issue 11 added later versions).
            func shipped(_ app: Application) async throws -> [String] {
                try await CriteriaSetRecord.query(on: app.db).all().map { "\($0.code) v\($0.version) \($0.status)" }.sorted()
            }
            #expect(try await shipped(upgraded.app) == (try await shipped(fresh.app)))
            let browser = Browser(upgraded.app)
            let login = try await browser.login("vietkhe")
            #expect(login.status == .seeOther)
            #expect(try await browser.get(SiteURL.dashboard.path).status == .ok)
        } catch {
            await upgraded.close()
            await fresh.close()
            throw error
        }
        await upgraded.close()
        await fresh.close()
    }

    struct Opened {
        let app: Application
        let settings: AppSettings

        func close() async {
            if runsOnPostgres, let sql = app.db as? any SQLDatabase {
                try? await sql.raw("DROP SCHEMA IF EXISTS \(ident: settings.databaseSchema) CASCADE").run()
            }
            try? await app.asyncShutdown()
            try? FileManager.default.removeItem(atPath: settings.dataDirectory)
        }
    }

    /// An application on an empty database (a new folder, or a new PostgreSQL schema), after `fill`.
    static func open(_ fill: (AppSettings) throws -> Void) async throws -> Opened {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-upgrade-\(UUID().uuidString)").path
        var settings = AppSettings(
            dataDirectory: folder,
            databaseURL: ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 },
            databaseSchema: "u_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20),
            loginDelayPerFailure: 0, bcryptCost: 4)
        settings.requestLogLevel = .trace
        try fill(settings)
        let app = try await Application.make(.testing)
        try configure(app, settings: settings)
        return Opened(app: app, settings: settings)
    }

    /// The release's `pg_dump` (its schema written as `__SCHEMA__`) loaded by psql into a new schema.
    static func loadPostgresDump(_ dump: URL, into settings: AppSettings) throws {
        let text = try String(contentsOf: dump, encoding: .utf8).replacingOccurrences(of: "__SCHEMA__", with: settings.databaseSchema)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-dump-\(UUID().uuidString).sql")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        psql.arguments = [settings.databaseURL ?? "", "-q", "-v", "ON_ERROR_STOP=1", "-c", "CREATE SCHEMA \(settings.databaseSchema)", "-f", file.path]
        let output = Pipe()
        psql.standardOutput = output
        psql.standardError = output
        try psql.run()
        psql.waitUntilExit()
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(psql.terminationStatus == 0, "\(said)")
    }

    /// Every table, column, index and trigger, and the migrations recorded as done, as comparable lines.
    static func schema(_ app: Application) async throws -> [String] {
        let sql = try #require(app.db as? any SQLDatabase)
        var lines: [String] = []
        if runsOnPostgres {
            let schema = app.settings.databaseSchema
            for row in try await sql.raw("""
                SELECT table_name, column_name, data_type, is_nullable, COALESCE(column_default, '') AS d
                FROM information_schema.columns WHERE table_schema = \(bind: schema)
                """).all() {
                lines.append(["column", try row.decode(column: "table_name", as: String.self), try row.decode(column: "column_name", as: String.self),
                              try row.decode(column: "data_type", as: String.self), try row.decode(column: "is_nullable", as: String.self),
                              try row.decode(column: "d", as: String.self)].joined(separator: " "))
            }
            for row in try await sql.raw("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = \(bind: schema)").all() {
                let definition = try row.decode(column: "indexdef", as: String.self).replacingOccurrences(of: schema + ".", with: "")
                lines.append("index " + (try row.decode(column: "indexname", as: String.self)) + " " + definition)
            }
            for row in try await sql.raw("""
                SELECT event_object_table, trigger_name, action_timing, event_manipulation
                FROM information_schema.triggers WHERE trigger_schema = \(bind: schema)
                """).all() {
                lines.append(["trigger", try row.decode(column: "event_object_table", as: String.self), try row.decode(column: "trigger_name", as: String.self),
                              try row.decode(column: "action_timing", as: String.self), try row.decode(column: "event_manipulation", as: String.self)]
                    .joined(separator: " "))
            }
        } else {
            for row in try await sql.raw("SELECT type, name, COALESCE(sql, '') AS s FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all() {
                lines.append([try row.decode(column: "type", as: String.self), try row.decode(column: "name", as: String.self),
                              try row.decode(column: "s", as: String.self)].joined(separator: " "))
            }
        }
        for row in try await sql.raw("SELECT name FROM _fluent_migrations").all() {
            lines.append("migration " + (try row.decode(column: "name", as: String.self)))
        }
        return lines.sorted()
    }
}
