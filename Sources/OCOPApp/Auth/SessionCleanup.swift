import Fluent
import Foundation
import NIOCore
import Vapor

/// Dọn phiên: deletes the session rows idle longer than `SESSION_IDLE_MINUTES` plus a day of grace.
/// They could no longer be used (the idle check refuses them), but without this they would pile up,
/// one per visitor. The grace keeps the row long enough for someone who comes back the same day to
/// be told that their session expired, rather than find themselves signed out without a word.
/// Runs at start and then every 30 minutes; a session without a date is left alone.
enum SessionCleanup {
    /// Deletes the stale sessions, a page of rows at a time; returns how many were deleted.
    @discardableResult
    static func run(on db: Database, idleTimeout: TimeInterval, grace: TimeInterval = 86_400, now: Date = Date()) async throws -> Int {
        let cutoff = now.timeIntervalSince1970 - idleTimeout - grace
        var stale: [UUID] = []
        var offset = 0
        while true {
            let page = try await SessionRecord.query(on: db).sort(\.$id).range(offset..<(offset + 500)).all()
            for record in page {
                guard let seen = record.data[SessionKeys.lastSeen].flatMap(Double.init), seen < cutoff, let id = record.id else { continue }
                stale.append(id)
            }
            guard page.count == 500 else { break }
            offset += 500
        }
        for start in stride(from: 0, to: stale.count, by: 500) {
            try await SessionRecord.query(on: db).filter(\.$id ~~ Array(stale[start..<min(start + 500, stale.count)])).delete()
        }
        return stale.count
    }

    /// Schedules `run` on the application's event loop from boot to shutdown (cancelled then, waiting for a run in progress, so it
    /// never touches a closed database).
    struct Schedule: LifecycleHandler {
        struct TaskKey: StorageKey { typealias Value = RepeatedTask }

        func didBoot(_ app: Application) throws {
            let timeout = app.settings.sessionIdleTimeout
            let db = app.db
            let logger = app.logger
            let loop = app.eventLoopGroup.next()
            app.storage[TaskKey.self] = loop.scheduleRepeatedAsyncTask(initialDelay: .seconds(5), delay: .minutes(30)) { _ in
                loop.makeFutureWithTask {
                    do {
                        let deleted = try await SessionCleanup.run(on: db, idleTimeout: timeout)
                        try await FormSubmissions.forgetOld(on: db)
                        if deleted > 0 { logger.info("Đã xóa \(deleted) phiên hết hạn.") }
                    } catch {
                        logger.warning("Không dọn được phiên hết hạn: \(error)")
                    }
                }
            }
        }

        func shutdownAsync(_ app: Application) async {
            await app.stopRepeatedTask(app.storage[TaskKey.self])
        }
    }
}
