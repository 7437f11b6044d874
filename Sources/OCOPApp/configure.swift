import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// A database that cannot be reached or opened; `ocop` prints its message as one line.
public struct DatabaseUnavailable: Error, CustomStringConvertible {
    public let description: String
}

/// Sets up the application: database, sessions, middleware, routes, commands. Does not touch the
/// database; `prepareDatabase` migrates and loads reference data.
public func configure(_ app: Application, settings: AppSettings = .fromEnvironment()) throws {
    app.settings = settings
    // A thread pool of the application's own, before the database takes it: SQLite's busy handler
    // keeps its thread while another connection holds the write lock, so the holder must always
    // find a free thread to commit on. The shared default pool has one thread per core (two here),
    // which two waiting writers could fill, and then nobody commits.
    let pool = NIOThreadPool(numberOfThreads: 16)
    pool.start()
    app.threadPool = pool
    app.fileStore = try settings.fileStore()
    try configureDatabase(app, settings)
    if let problem = settings.smtpProblem { throw DatabaseUnavailable(description: problem) }
    if let smtp = settings.smtp { app.mailTransport = SMTPMailTransport(settings: smtp, eventLoopGroup: app.eventLoopGroup) }

    app.migrations.add(SessionRecord.migration)
    app.migrations.add(M001CreateAdminUnits())
    app.migrations.add(M002CreateAccounts())
    app.migrations.add(M003CreateLoginAttempts())
    app.migrations.add(M004CreateAuditLog())
    app.migrations.add(M005CreateCriteriaSets())
    app.migrations.add(M006CreateProducers())
    app.migrations.add(M007CreateRegistrationRounds())
    app.migrations.add(M008CreateStoredFiles())
    app.migrations.add(M009CreateDossiers())
    app.migrations.add(M010IndexAuditByUnit())
    app.migrations.add(M011CreateCommuneStage())
    app.migrations.add(M012CreateCouncils())
    app.migrations.add(M013CreateMemberScores())
    app.migrations.add(M014CreateDecisions())
    app.migrations.add(M015CreateSupplementaryTests())
    app.migrations.add(M016AddSessionsValidFrom())
    app.migrations.add(M017CreateFormSubmissions())
    app.migrations.add(M018PublishShippedCriteriaSets())
    app.migrations.add(M019CreateFileBlobs())
    app.migrations.add(M021AddEvaluationRoundDates())
    app.migrations.add(M022AddReEvaluation())
    app.migrations.add(M024CreateCommuneForms())
    app.migrations.add(M025CreateRegistrationReceipts())
    app.migrations.add(M026CreateCriteriaSetChanges())
    app.migrations.add(M027AddDocumentValidity())
    app.migrations.add(M028AddDecisionSigning())
    app.migrations.add(M029AddCommuneReportNumber())
    app.migrations.add(M030IndexRecognitionExpiry())
    app.migrations.add(M031CreateReminders())
    app.migrations.add(M032CreateRevocations())
    app.migrations.add(M033CreateInspections())
    app.migrations.add(M034AddInspectionFollowUp())
    app.migrations.add(M035CreateInspectionPlans())
    app.migrations.add(M036CreateComplaints())
    app.migrations.add(M037AddRevocationInspection())

    app.sessions.use(.fluent)
    app.sessions.configuration = SessionsConfiguration(cookieName: SessionKeys.cookieName) { id in
        HTTPCookies.Value(string: id.string, expires: nil, maxAge: nil, domain: nil, path: "/",
                          isSecure: settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    app.middleware = Middlewares()
    app.middleware.use(RouteLoggingMiddleware(logLevel: settings.requestLogLevel))
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(StaticFilesMiddleware(publicDirectory: ResourceFiles.publicDirectory))
    app.middleware.use(SecureCookieMiddleware())
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(SessionUserMiddleware())
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(CSRFMiddleware())
    app.middleware.use(InputTextMiddleware())
    app.middleware.use(FormOnceMiddleware())
    app.lifecycle.use(SessionCleanup.Schedule())
    app.lifecycle.use(CommuneDeadlineNotices.Schedule())
    app.lifecycle.use(DailyJobs.Schedule())

    app.routes.defaultMaxBodySize = "1mb"
    try routes(app)

    app.asyncCommands.use(MigrateDatabaseCommand(), as: "migrate")
    app.asyncCommands.use(SeedCommand(), as: "seed")
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(JobsCommand(), as: "jobs")
}

private func configureDatabase(_ app: Application, _ settings: AppSettings) throws {
    if let url = settings.databaseURL {
        guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
            throw DatabaseUnavailable(description: "DATABASE_URL phải bắt đầu bằng postgres:// (đang là: \(url.prefix(12))…).")
        }
        var config = try SQLPostgresConfiguration(url: url)
        guard settings.databaseSchema.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) != nil else {
            throw DatabaseUnavailable(description: "DATABASE_SCHEMA chỉ gồm chữ thường không dấu, số và dấu gạch dưới.")
        }
        config.searchPath = [settings.databaseSchema]
        // Four connections per event loop, not the driver's one: a transaction waiting on a row lock
        // (uploads to one dossier, steps on one meeting) must not leave every other request of its
        // loop without a connection; and a request waits `DATABASE_WAIT_SECONDS` (30) for one under
        // load, not 10 (issue 10: 48 concurrent uploads on a busy machine got 500s from pool timeouts).
        app.databases.use(.postgres(configuration: config, maxConnectionsPerEventLoop: 4,
                                    connectionPoolTimeout: .seconds(settings.databaseWaitSeconds)), as: .psql)
    } else {
        do {
            try FileManager.default.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true)
        } catch {
            throw DatabaseUnavailable(description: "Không tạo được thư mục dữ liệu \(settings.dataDirectory): \(error.localizedDescription)")
        }
        // One connection per event loop (the driver's rule for SQLite), but a request waits
        // `DATABASE_WAIT_SECONDS` (30) for it, not 10: writers queue one behind another, and on a
        // busy machine a burst of uploads to one dossier outlasted 10 s and answered 500 (issue 10).
        app.databases.use(.sqlite(.file(settings.sqlitePath), connectionPoolTimeout: .seconds(settings.databaseWaitSeconds),
                                  sqlLogLevel: .debug), as: .sqlite)
    }
}

/// Migrates (additive migrations, safe to run again) and loads the administrative units.
/// Errors become one clear line for the command line.
public func prepareDatabase(_ app: Application) async throws {
    do {
        if let sql = app.db as? any SQLDatabase, sql.dialect.name != "sqlite" {
            try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: app.settings.databaseSchema)").run()
        } else if let sql = app.db as? any SQLDatabase {
            // Write-ahead log: readers never wait for a writer, and one writer at a time queues behind
            // another (transactions are IMMEDIATE, see Vendor/README.md). The mode stays with the file.
            try await sql.raw("PRAGMA journal_mode=WAL").run()
        }
        try await app.autoMigrate()
    } catch {
        let target = app.settings.databaseURL.map { _ in "PostgreSQL (DATABASE_URL)" } ?? app.settings.sqlitePath
        throw DatabaseUnavailable(description: "Không mở được cơ sở dữ liệu \(target): \(reason(for: error))")
    }
    let added = try await ReferenceDataLoader.loadAdministrativeUnits(on: app.db)
    if added > 0 { app.logger.info("Đã nạp \(added) đơn vị hành chính.") }
    try await ShippedCriteriaSets.ensure(on: app.db, logger: app.logger)
    if app.fileStore == .database {
        let imported = try await FileBlobs.importDirectory(app)
        if imported > 0 { app.logger.info("Đã chuyển \(imported) tệp từ \(FileStore.directory(app).path) vào cơ sở dữ liệu.") }
    }
}

/// The cause of a database failure in words an operator can act on. PostgreSQL errors describe
/// themselves generically on purpose; their reflection names the cause (refused, unknown host…).
private func reason(for error: any Error) -> String {
    let detail = String(reflecting: error)
    if detail.contains("Connection refused") { return "máy chủ không nhận kết nối (máy chủ có đang chạy, đúng địa chỉ và cổng không?)." }
    if detail.contains("password authentication failed") { return "sai tên đăng nhập hoặc mật khẩu." }
    if detail.contains("does not exist") { return "cơ sở dữ liệu hoặc người dùng không tồn tại." }
    return String(detail.prefix(300))
}
