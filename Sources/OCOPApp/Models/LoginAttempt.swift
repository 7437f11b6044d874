import Fluent
import Foundation
import OCOPCore
import SQLKit
import Vapor

/// Failed sign-ins per user name (folded), whether or not such an account exists.
final class LoginAttempt: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(custom: "login_key", generatedBy: .user) var id: String?
    @Field(key: "failures") var failures: Int
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(key: String) {
        self.id = key
        self.failures = 0
    }
}

/// Counting failures so that none is lost: requests for one name may run at once (on one instance
/// or on several behind a load balancer), and a count read, raised and saved by each would let ten
/// simultaneous guesses count as one. The raise is one UPDATE, which holds the row (PostgreSQL) or
/// the write lock (SQLite) until the transaction ends, so concurrent failures queue and each sees
/// the count its predecessor left.
enum LoginAttempts {
    /// Records one more failure for `key` and returns the record as it now stands.
    @discardableResult
    static func recordFailure(_ key: String, throttle: LoginThrottle, on db: any Database) async throws -> LoginAttempt {
        try await db.transaction { tx in
            guard let sql = tx as? any SQLDatabase else { throw Abort(.internalServerError) }
            try await sql.insert(into: LoginAttempt.schema).columns("login_key", "failures")
                .values(SQLBind(key), SQLBind(0)).ignoringConflicts(with: ["login_key"]).run()
            try await sql.raw("UPDATE \(ident: LoginAttempt.schema) SET failures = failures + 1 WHERE login_key = \(bind: key)").run()
            guard let attempt = try await LoginAttempt.find(key, on: tx) else { throw Abort(.internalServerError) }
            let next = throttle.recordFailure(failures: attempt.failures - 1, now: Date())
            attempt.failures = next.failures
            attempt.lockedUntil = next.lockedUntil
            try await attempt.save(on: tx)
            return attempt
        }
    }
}
