import Fluent
import Foundation
import SQLKit

/// Một máy chạy một việc: the lease row of a job (`job_leases`). Taking it is one conditional UPDATE,
/// which the database applies to one instance at a time: free, expired, or already this holder's.
/// A holder that dies leaves it to expire, so the next run elsewhere takes over.
enum JobLease {
    /// Takes (or extends) the lease for `duration`; false when another holder has it.
    static func acquire(_ name: String, holder: String, duration: TimeInterval, now: Date = Date(), on db: Database) async throws -> Bool {
        if try await JobLeaseRecord.find(name, on: db) == nil {
            // Two instances may both find no row: the second insert fails on the key, which is fine.
            try? await JobLeaseRecord(name: name).create(on: db)
        }
        let sql = db as! any SQLDatabase
        let until = now.timeIntervalSince1970 + duration, at = now.timeIntervalSince1970
        let taken = try await sql.raw("""
            UPDATE job_leases SET holder = \(bind: holder), expires_at = \(bind: until)
            WHERE name = \(bind: name) AND (holder IS NULL OR expires_at IS NULL OR expires_at < \(bind: at) OR holder = \(bind: holder))
            RETURNING name
            """).all()
        return !taken.isEmpty
    }

    /// Gives the lease back; `completed` records the day the daily run finished.
    static func release(_ name: String, holder: String, completed: String?, on db: Database) async throws {
        guard let lease = try await JobLeaseRecord.find(name, on: db), lease.holder == holder else { return }
        lease.holder = nil
        lease.expiresAt = nil
        if let completed { lease.lastRunDay = completed }
        try await lease.save(on: db)
    }

    /// The day the job last completed (ISO), if ever.
    static func lastRunDay(_ name: String, on db: Database) async throws -> String? {
        try await JobLeaseRecord.find(name, on: db)?.lastRunDay
    }
}
