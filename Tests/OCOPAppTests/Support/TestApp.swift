import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
import OCOPCore

/// Runs `body` against a freshly migrated application with reference and demo data, on SQLite
/// in a temporary folder, or on PostgreSQL in a throwaway database when `TEST_DATABASE_URL` is set
/// (the same suite then runs on both engines; `scripts/test` does both). The database is a copy of
/// one seeded once per process (`SeededTemplate`).
func withTestApp(
    adjust: (inout AppSettings) -> Void = { _ in },
    _ body: (Application) async throws -> Void
) async throws {
    let app = try await Application.make(.testing)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-test-\(UUID().uuidString)").path
    let postgresURL = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    var settings = AppSettings(
        dataDirectory: folder,
        databaseURL: postgresURL,
        databaseSchema: "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20),
        loginDelayPerFailure: 0,
        bcryptCost: 4)
    settings.requestLogLevel = .trace
    // Tests check what a burst of requests leaves behind, not latency: the whole suite shares two
    // cores in CI, where a queued request waited past the production 30 s (see AppSettings).
    settings.databaseWaitSeconds = 300
    let defaults = settings
    adjust(&settings)
    // Tests that choose another file store than the engine's default seed their own database: the
    // template's files live where the default store keeps them.
    let fromTemplate = (try? settings.fileStore()) == (try? defaults.fileStore())
    do {
        if fromTemplate, let postgresURL {
            settings.databaseURL = try await SeededTemplate.shared.postgresCopy(defaults, url: postgresURL)
            settings.databaseSchema = SeededTemplate.schema
        } else if fromTemplate {
            let template = try await SeededTemplate.shared.sqliteFolder(defaults)
            try FileManager.default.copyItem(atPath: template, toPath: folder)
        }
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    do {
        try configure(app, settings: settings)
        try await prepareDatabase(app)
        if !fromTemplate { _ = try await DemoData.seed(on: app) }
        try await body(app)
    } catch {
        await cleanUp(app, folder: folder, settings: settings, suiteURL: postgresURL)
        throw error
    }
    await cleanUp(app, folder: folder, settings: settings, suiteURL: postgresURL)
}

private func cleanUp(_ app: Application, folder: String, settings: AppSettings, suiteURL: String?) async {
    if let suiteURL, settings.databaseURL != suiteURL {
        try? await app.asyncShutdown()
        await SeededTemplate.shared.dropPostgresCopy(settings.databaseURL!, url: suiteURL)
    } else {
        if suiteURL != nil, let sql = app.db as? any SQLDatabase {
            try? await sql.raw("DROP SCHEMA IF EXISTS \(ident: app.settings.databaseSchema) CASCADE").run()
        }
        try? await app.asyncShutdown()
    }
    try? FileManager.default.removeItem(atPath: folder)
}

/// True when the suite runs on PostgreSQL.
var runsOnPostgres: Bool { ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].map { !$0.isEmpty } ?? false }

/// A draft copy of a shipped criteria set (which is published and cannot be edited), as the
/// "Sao chép thành bản nháp mới" button makes it: the same content under the next version.
func draftCopy(_ app: Application, code: String) async throws -> (CriteriaSetRecord, CriteriaSet) {
    let shipped = try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$code == code).filter(\.$version == 1).first())
    var set = try CriteriaStore.load(shipped)
    set.version = try await CriteriaStore.nextVersion(of: code, on: app.db)
    set.status = .draft
    let record = try await CriteriaStore.insert(set, actor: nil, action: "criteria.copy", on: app.db)
    return (record, set)
}
