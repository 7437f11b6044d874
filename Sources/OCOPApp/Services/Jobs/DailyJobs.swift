import Fluent
import Foundation
import NIOCore
import OCOPCore
import Vapor

/// Việc hằng ngày (issue 13): the certificates' reminders, then the delivery of the mail waiting in
/// the log. Run by the scheduler inside `ocop serve` once a day at `JOBS_HOUR` (Vietnam time), and
/// by `ocop jobs run` for cron. With several instances, the one holding the lease runs; the others
/// find it held and do nothing.
enum DailyJobs {
    static let leaseName = "viec-hang-ngay"
    /// Long enough for a national run; renewed while mail is sent.
    static let leaseDuration: TimeInterval = 60 * 60

    struct Report: Sendable {
        /// Why nothing ran (the lease held elsewhere).
        var skipped: String?
        /// The reminders due (recorded, or only listed in a dry run).
        var due: [CertificateReminders.Due] = []
        var recorded = 0
        var delivery = MailOutbox.Report()

        var summary: String {
            if let skipped { return skipped }
            return "Nhắc hạn: \(due.count) giấy chứng nhận đến bước nhắc, ghi \(recorded). Thư: đã gửi \(delivery.sent), "
                + "chờ gửi lại \(delivery.retrying), không gửi được \(delivery.failed), không rõ đã gửi \(delivery.uncertain), "
                + "chờ cấu hình máy chủ thư \(delivery.notConfigured)."
        }
    }

    /// An instance's name in the lease: this host and process, and a random part for two instances
    /// started in the same container image.
    static let instanceName = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"

    /// One run on `today`. A dry run lists the reminders due and changes nothing.
    static func run(_ app: Application, today: CalendarDay = .inVietnam(Date()), dryRun: Bool = false,
                    holder: String = instanceName) async throws -> Report {
        let db = app.db
        var report = Report()
        if dryRun {
            report.due = try await CertificateReminders.due(today: today, on: db)
            return report
        }
        guard try await JobLease.acquire(leaseName, holder: holder, duration: leaseDuration, on: db) else {
            report.skipped = "Một máy khác đang chạy việc hằng ngày; lần này bỏ qua."
            return report
        }
        do {
            report.due = try await CertificateReminders.due(today: today, on: db)
            let base = app.settings.publicBaseURL ?? "http://localhost:8080"
            for due in report.due {
                if try await CertificateReminders.record(due, baseURL: base, on: db) {
                    report.recorded += 1
                }
            }
            _ = try await JobLease.acquire(leaseName, holder: holder, duration: leaseDuration, on: db)
            report.delivery = try await MailOutbox.deliver(with: app.mailTransport, on: db)
            try await JobLease.release(leaseName, holder: holder, completed: today.iso, on: db)
        } catch {
            try? await JobLease.release(leaseName, holder: holder, completed: nil, on: db)
            throw error
        }
        return report
    }

    /// Delivers the waiting mail now (an administrator sent one again), if no other instance holds
    /// the lease; nil when one does and will deliver it.
    static func deliverNow(_ app: Application, holder: String = instanceName) async throws -> MailOutbox.Report? {
        guard try await JobLease.acquire(leaseName, holder: holder, duration: leaseDuration, on: app.db) else { return nil }
        do {
            let report = try await MailOutbox.deliver(with: app.mailTransport, on: app.db)
            try await JobLease.release(leaseName, holder: holder, completed: nil, on: app.db)
            return report
        } catch {
            try? await JobLease.release(leaseName, holder: holder, completed: nil, on: app.db)
            throw error
        }
    }

    /// Inside `ocop serve`: every 10 minutes, runs the day's jobs once the hour has come and they have
    /// not completed today (anywhere: the lease row keeps the day). Off when `JOBS_HOUR` is `off`.
    struct Schedule: LifecycleHandler {
        struct TaskKey: StorageKey { typealias Value = RepeatedTask }

        func didBoot(_ app: Application) throws {
            guard let hour = app.settings.dailyJobsHour else { return }
            let loop = app.eventLoopGroup.next()
            app.storage[TaskKey.self] = loop.scheduleRepeatedAsyncTask(initialDelay: .seconds(20), delay: .minutes(10)) { _ in
                loop.makeFutureWithTask {
                    let now = Date()
                    let today = CalendarDay.inVietnam(now)
                    guard VietnamClock.hour(of: now) >= hour else { return }
                    do {
                        guard try await JobLease.lastRunDay(leaseName, on: app.db) != today.iso else { return }
                        let report = try await DailyJobs.run(app, today: today)
                        app.logger.info("Việc hằng ngày: \(report.summary)")
                    } catch {
                        app.logger.warning("Việc hằng ngày không chạy xong: \(error)")
                    }
                }
            }
        }

        func shutdownAsync(_ app: Application) async {
            await app.stopRepeatedTask(app.storage[TaskKey.self])
        }
    }
}

/// The hour of the day in Vietnam (UTC+7, no daylight saving).
enum VietnamClock {
    static func hour(of date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = VietnameseFormat.timeZone
        return calendar.component(.hour, from: date)
    }
}
