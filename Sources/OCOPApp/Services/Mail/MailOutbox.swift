import Fluent
import Foundation

/// Gửi thư trong nhật ký thư: the messages waiting in `mail_messages` are handed to the SMTP server,
/// each marked "sending" before and "sent" after, retried with a growing wait on a passing failure.
/// Only the holder of the daily jobs' lease delivers, so one message is never handed over by two
/// instances; one left "sending" by a stopped process may have left already, and is marked
/// uncertain for an administrator rather than sent twice.
enum MailOutbox {
    /// Tries per message before it is marked failed.
    static let maxAttempts = 5
    /// The wait before the second try; doubled each time (15 min, 30 min, 1 h, 2 h).
    static let firstRetryDelay: TimeInterval = 15 * 60
    /// Messages handed over per run at most; the rest wait for the next one.
    static let batchSize = 500

    struct Report: Sendable, Equatable {
        var sent = 0
        var retrying = 0
        var failed = 0
        var uncertain = 0
        var notConfigured = 0
    }

    static func deliver(with transport: (any MailTransport)?, now: Date = Date(), on db: Database) async throws -> Report {
        var report = Report()
        let stale = try await MailMessageRecord.query(on: db).filter(\.$status == .sending).all()
        for message in stale {
            message.status = .uncertain
            message.lastError = "Máy chủ dừng khi đang gửi thư này; thư có thể đã đi. Kiểm tra với người nhận trước khi gửi lại."
            try await message.save(on: db)
            report.uncertain += 1
        }
        guard let transport else {
            report.notConfigured = try await MailMessageRecord.query(on: db).filter(\.$status == .pending).count()
            try await MailMessageRecord.query(on: db).filter(\.$status == .pending).set(\.$status, to: .notConfigured).update()
            return report
        }
        let waiting = try await MailMessageRecord.query(on: db).filter(\.$status ~~ [.pending, .notConfigured])
            .filter(\.$nextAttemptAt <= now.timeIntervalSince1970).sort(\.$createdAt).sort(\.$id).limit(batchSize).all()
        for message in waiting {
            guard let address = message.toAddress else { continue }
            message.status = .sending
            message.attempts += 1
            try await message.save(on: db)
            do {
                _ = try await transport.send(to: address, name: message.recipientName, subject: message.subject, body: message.body)
                message.status = .sent
                message.sentAt = Date()
                message.lastError = nil
                message.nextAttemptAt = nil
                report.sent += 1
            } catch {
                let failure = error as? MailDeliveryError ?? MailDeliveryError(description: String(describing: error), isTransient: true)
                message.lastError = failure.description
                if failure.isTransient && message.attempts < maxAttempts {
                    message.status = .pending
                    message.nextAttemptAt = now.timeIntervalSince1970 + firstRetryDelay * pow(2, Double(message.attempts - 1))
                    report.retrying += 1
                } else {
                    message.status = .failed
                    message.nextAttemptAt = nil
                    report.failed += 1
                }
            }
            try await message.save(on: db)
        }
        return report
    }

    /// An administrator sends a failed or uncertain message again, once more.
    static func requeue(_ message: MailMessageRecord, on db: Database) async throws {
        message.status = .pending
        message.nextAttemptAt = Date().timeIntervalSince1970
        try await message.save(on: db)
    }
}
