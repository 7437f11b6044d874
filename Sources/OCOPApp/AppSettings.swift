import Foundation
import OCOPMail
import Vapor

/// Cấu hình: every setting comes from an environment variable with a safe default.
/// The README lists each one; keep the two in step.
public struct AppSettings: Sendable {
    /// `DATA_DIR`: folder for the SQLite database and uploaded files. Default `./data`.
    public var dataDirectory: String
    /// `DATABASE_URL`: `postgres://user:pass@host:port/db` selects PostgreSQL; unset means SQLite.
    public var databaseURL: String?
    /// `DATABASE_SCHEMA`: PostgreSQL schema to use (created if missing). Default `public`.
    public var databaseSchema: String
    /// `SESSION_IDLE_MINUTES`: a session ends after this many minutes without a request. Default 30.
    public var sessionIdleTimeout: TimeInterval
    /// `SESSION_MAX_HOURS`: a session ends this long after sign-in, however active. Default 12.
    public var sessionMaxLifetime: TimeInterval = 12 * 3600
    /// `COOKIE_SECURE`: `true` marks the session cookie Secure always; `false` never; unset (auto):
    /// Secure when the request came over HTTPS, as told by `X-Forwarded-Proto` from a proxy on this
    /// machine, or when `PUBLIC_BASE_URL` is https.
    public var secureCookies: Bool
    public var secureCookiesAuto: Bool = false
    /// `LOGIN_MAX_FAILURES` / `LOGIN_LOCK_MINUTES`: failed logins before a lock, and its length.
    public var loginMaxFailures: Int
    public var loginLockMinutes: Int
    /// `LOGIN_DELAY_MS`: extra wait per recent failure (slows password guessing). Default 300.
    public var loginDelayPerFailure: TimeInterval
    /// Level at which each request is logged (`LOG_LEVEL` decides what is printed). Tests lower it
    /// below the printed level to keep their output readable.
    public var requestLogLevel: Logger.Level = .info
    /// `UPLOAD_MAX_MB`: the largest file a person may upload (documents, photos, workbooks). Default 20.
    public var uploadMaxBytes: Int = 20 * 1_048_576
    /// `PUBLIC_BASE_URL`: the address the public reaches the site at ("https://ocop.haiphong.gov.vn"),
    /// printed in certificates' QR codes. Unset: the address of the request that prints them.
    public var publicBaseURL: String?
    /// `BCRYPT_COST`: work factor of password hashes. Default 12; tests lower it for speed.
    public var bcryptCost: Int
    /// `FILE_STORE`: where uploaded bytes live, `database` or `directory`, as typed (checked by
    /// `configure`, so that a typo stops the start instead of scattering files). Unset: `database`
    /// on PostgreSQL, so that several instances share them; `directory` on SQLite. See `fileStore`.
    public var fileStoreSetting: String?
    /// `DATABASE_WAIT_SECONDS`: how long a request waits for a database connection before it is
    /// answered with an error. Default 30. The tests raise it: they check that a burst of writes
    /// loses nothing, not how fast a starved CI machine serves it (a 48-upload drill waited past
    /// 30 s while 500 other tests shared two cores).
    public var databaseWaitSeconds: Int64 = 30
    /// `JOBS_HOUR`: the hour (0–23, Vietnam time) from which `ocop serve` runs the day's jobs (the
    /// certificates' reminders and the mail). Default 7; `off` leaves them to `ocop jobs run` in cron.
    /// Nil in the tests, which run the jobs themselves.
    public var dailyJobsHour: Int?
    /// `SMTP_HOST`, `SMTP_PORT`, `SMTP_SECURITY`, `SMTP_USERNAME`, `SMTP_PASSWORD`, `SMTP_FROM`,
    /// `SMTP_FROM_NAME`, `SMTP_HELO`, `SMTP_TIMEOUT_SECONDS`, `SMTP_CA_FILE`: the server mail leaves
    /// through (`SMTPSettings.fromEnvironment`); nil without `SMTP_HOST`, and mail then waits in the log.
    public var smtp: SMTPSettings?
    /// Why the SMTP settings were refused (a bad port …): `configure` stops the start with it.
    public var smtpProblem: String?

    public init(
        dataDirectory: String = "./data",
        databaseURL: String? = nil,
        databaseSchema: String = "public",
        sessionIdleTimeout: TimeInterval = 30 * 60,
        secureCookies: Bool = false,
        loginMaxFailures: Int = 5,
        loginLockMinutes: Int = 15,
        loginDelayPerFailure: TimeInterval = 0.3,
        bcryptCost: Int = 12
    ) {
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.databaseSchema = databaseSchema
        self.sessionIdleTimeout = sessionIdleTimeout
        self.secureCookies = secureCookies
        self.loginMaxFailures = loginMaxFailures
        self.loginLockMinutes = loginLockMinutes
        self.loginDelayPerFailure = loginDelayPerFailure
        self.bcryptCost = bcryptCost
    }

    /// Reads the process environment.
    public static func fromEnvironment() -> AppSettings {
        let env = ProcessInfo.processInfo.environment
        func number(_ key: String, _ fallback: Double) -> Double { env[key].flatMap(Double.init) ?? fallback }
        var settings = AppSettings(
            dataDirectory: env["DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "./data",
            databaseURL: env["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 },
            databaseSchema: env["DATABASE_SCHEMA"].flatMap { $0.isEmpty ? nil : $0 } ?? "public",
            sessionIdleTimeout: number("SESSION_IDLE_MINUTES", 30) * 60,
            secureCookies: env["COOKIE_SECURE"] == "true",
            loginMaxFailures: Int(number("LOGIN_MAX_FAILURES", 5)),
            loginLockMinutes: Int(number("LOGIN_LOCK_MINUTES", 15)),
            loginDelayPerFailure: number("LOGIN_DELAY_MS", 300) / 1000,
            bcryptCost: Int(number("BCRYPT_COST", 12))
        )
        settings.uploadMaxBytes = Int(number("UPLOAD_MAX_MB", 20) * 1_048_576)
        settings.sessionMaxLifetime = number("SESSION_MAX_HOURS", 12) * 3600
        settings.secureCookiesAuto = env["COOKIE_SECURE"].map { $0.isEmpty } ?? true
        settings.databaseWaitSeconds = Int64(max(1, number("DATABASE_WAIT_SECONDS", 30)))
        settings.fileStoreSetting = env["FILE_STORE"].flatMap { $0.isEmpty ? nil : $0 }
        switch SMTPSettings.fromEnvironment(env) {
        case .success(let smtp): settings.smtp = smtp
        case .failure(let problem): settings.smtpProblem = problem.description
        }
        settings.dailyJobsHour = env["JOBS_HOUR"] == "off" ? nil : min(23, max(0, Int(number("JOBS_HOUR", 7))))
        settings.publicBaseURL = env["PUBLIC_BASE_URL"].map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        return settings
    }

    /// The body size an upload form may send: the file limit plus room for the other fields, so that
    /// a file just over the limit reaches `UploadPolicy` and gets its precise message.
    var uploadBodyLimit: Int { uploadMaxBytes + 1_048_576 }

    /// The file store in force: `FILE_STORE`, or the engine's default; an unknown value is refused
    /// with a message naming the two accepted ones.
    func fileStore() throws -> FileStoreKind {
        guard let value = fileStoreSetting else { return databaseURL == nil ? .directory : .database }
        guard let kind = FileStoreKind(rawValue: value.lowercased()) else {
            throw DatabaseUnavailable(description: "FILE_STORE chỉ nhận \"database\" hoặc \"directory\" (đang là: \(value.prefix(40))).")
        }
        return kind
    }

    var sqlitePath: String { (dataDirectory as NSString).appendingPathComponent("ocop.sqlite") }
}

extension Application {
    private struct SettingsKey: StorageKey { typealias Value = AppSettings }

    /// The settings the application was configured with.
    public var settings: AppSettings {
        get { storage[SettingsKey.self] ?? AppSettings() }
        set { storage[SettingsKey.self] = newValue }
    }
}
