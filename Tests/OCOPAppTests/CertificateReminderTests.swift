import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 13, "Reminders … each sent once, retried on failure, never twice for the same certificate
/// and step, whatever restarts happen", and "with several instances only one runs a job".
@Suite("Nhắc hạn giấy chứng nhận: gửi một lần, sau khi dừng giữa chừng, hai máy cùng chạy, gửi lại khi lỗi")
struct CertificateReminderTests {
    let today = CalendarDay.inVietnam(Date())

    /// A transport that records what it is given and answers as told: inside these tests only; the
    /// SMTP client itself is tested against a real server (`SMTPDeliveryTests`).
    final class RecordingTransport: MailTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var _sent: [(to: String, subject: String, body: String)] = []
        let failure: MailDeliveryError?

        init(failure: MailDeliveryError? = nil) { self.failure = failure }

        var sent: [(to: String, subject: String, body: String)] { lock.withLock { _sent } }

        func send(to address: String, name: String, subject: String, body: String) async throws -> String {
            if let failure { throw failure }
            lock.withLock { _sent.append((address, subject, body)) }
            return "250 OK"
        }
    }

    struct Setup {
        /// chuthe's product, its window opening today; another product whose 30-days-left notice is
        /// due today; one expiring today; one whose window closed two months ago, with nothing due.
        let opens: ProductRecord, closesSoon: ProductRecord, expires: ProductRecord, quiet: ProductRecord
    }

    /// Certificates with a reminder due today (three) and one without; e-mail for `chuthe` and
    /// `vietkhe`, none for `haiphong`.
    func setUp(_ app: Application) async throws -> Setup {
        try await removeAllRecognitions(app)
        let represented = try #require(try await ProducerRecord.query(on: app.db).filter(\.$taxCode == DemoData.chutheTaxCode).first())
        let vietKhe = try await ProductRecord.query(on: app.db).filter(\.$communeCode == DemoData.vietKhe).sort(\.$name).all()
        let own = try #require(vietKhe.first { $0.$producer.id == represented.id })
        let others = vietKhe.filter { $0.$producer.id != represented.id }
        try #require(others.count >= 2)
        let anKhanh = try #require(try await ProductRecord.query(on: app.db).filter(\.$communeCode == DemoData.anKhanh).first())
        let setup = Setup(opens: own, closesSoon: others[0], expires: others[1], quiet: anKhanh)
        for (product, days) in [(setup.opens, 180), (setup.closesSoon, 150), (setup.expires, 0), (setup.quiet, 60)] {
            let decided = today.adding(days: days).addingMonths(-ProductRecognition.validityMonths)
            try await RecognitionRecord(productID: product.id!, ProductRecognition(star: .four, decisionNumber: "\(days)/QĐ-UBND",
                                                                                   decisionDay: decided, issuer: .province)).create(on: app.db)
        }
        for (username, email) in [("chuthe", "chuthe@example.vn"), ("vietkhe", "vietkhe@example.vn")] {
            let account = try #require(try await UserAccount.query(on: app.db).filter(\.$username == username).first())
            account.email = email
            try await account.save(on: app.db)
        }
        return setup
    }

    func reminders(_ app: Application) async throws -> [String] {
        try await CertificateReminderRecord.query(on: app.db).with(\.$recognition) { $0.with(\.$product) }.all()
            .map { "\($0.recognition.product.name): \($0.step)" }.sorted()
    }

    @Test("Ba giấy chứng nhận đến bước nhắc hôm nay: mỗi giấy một lần nhắc, trong ứng dụng và qua thư; chạy lại không gửi gì thêm")
    func sentOnce() async throws {
        try await withTestApp { app in
            let setup = try await setUp(app)
            let transport = RecordingTransport()
            app.mailTransport = transport
            let first = try await DailyJobs.run(app, today: today)
            #expect(first.recorded == 3)
            #expect(try await reminders(app) == ["\(setup.closesSoon.name): windowClosesSoon", "\(setup.expires.name): expires",
                                                 "\(setup.opens.name): windowOpens"].sorted())
            // chuthe reads mail; vietkhe too, for each of the three; the other producers have no address: a letter.
            let mails = try await MailMessageRecord.query(on: app.db).all()
            #expect(mails.filter { $0.toAddress == "chuthe@example.vn" }.count == 1)
            #expect(mails.filter { $0.toAddress == "vietkhe@example.vn" }.count == 3)
            #expect(mails.filter { $0.status == .noAddress }.count == 2)
            #expect(mails.filter { $0.status == .sent }.count == 4)
            #expect(transport.sent.count == 4)
            let toProducer = try #require(transport.sent.first { $0.to == "chuthe@example.vn" })
            #expect(toProducer.subject == "Đến thời hạn nộp hồ sơ đánh giá lại sản phẩm OCOP «\(setup.opens.name)»")
            let window = ReEvaluationWindow(expiryDay: today.adding(days: 180))
            #expect(toProducer.body.contains("tức từ ngày \(window.opensOn.vietnamese) đến ngày \(window.closesOn.vietnamese)."))
            #expect(toProducer.body.hasPrefix("Kính gửi Hoàng Văn Sơn,"))
            let chuthe = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "chuthe").first())
            let notices = try await NotificationRecord.query(on: app.db).filter(\.$account.$id == chuthe.id!).filter(\.$noticeKey != nil).all()
            #expect(notices.map(\.text) == ["\(setup.opens.name): Bắt đầu thời hạn nộp hồ sơ đánh giá lại (giấy chứng nhận hết hạn ngày \(today.adding(days: 180).vietnamese))."])
            #expect(notices.first?.link == "/theo-doi-chung-nhan?loai=dang-mo")

            let second = try await DailyJobs.run(app, today: today)
            #expect(second.recorded == 0 && second.due.isEmpty)
            #expect(try await MailMessageRecord.query(on: app.db).count() == mails.count)
            #expect(transport.sent.count == 4)
            // The next day nothing new is due either: each step waits for its own day.
            #expect(try await DailyJobs.run(app, today: today.next).recorded == 0)
        }
    }

    @Test("Dừng giữa chừng: lần chạy sau làm nốt, không nhắc lại giấy đã nhắc; thư đang gửi dở thành «không rõ đã gửi», không gửi lại")
    func restartHalfWay() async throws {
        try await withTestApp { app in
            let setup = try await setUp(app)
            // The run that stopped: it recorded the first reminder and was handing its mail over.
            let due = try await CertificateReminders.due(today: today, on: app.db)
            #expect(due.count == 3)
            let done = try #require(due.first { $0.productName == setup.opens.name })
            #expect(try await CertificateReminders.record(done, baseURL: "", on: app.db))
            let handing = try #require(try await MailMessageRecord.query(on: app.db).filter(\.$toAddress == "chuthe@example.vn").first())
            handing.status = .sending
            handing.attempts = 1
            try await handing.save(on: app.db)
            // A lease left by the stopped process runs out; the next run takes over.
            _ = try await JobLease.acquire(DailyJobs.leaseName, holder: "may-da-dung", duration: -1, on: app.db)

            let transport = RecordingTransport()
            app.mailTransport = transport
            let next = try await DailyJobs.run(app, today: today)
            #expect(next.recorded == 2)
            #expect(try await CertificateReminderRecord.query(on: app.db).count() == 3)
            #expect(next.delivery.uncertain == 1)
            #expect(!transport.sent.contains { $0.to == "chuthe@example.vn" })
            let reloaded = try #require(try await MailMessageRecord.find(handing.id, on: app.db))
            #expect(reloaded.status == .uncertain)
            #expect(try await MailMessageRecord.query(on: app.db).filter(\.$toAddress == "chuthe@example.vn").count() == 1)
        }
    }

    @Test("Hai máy chạy cùng lúc: mỗi giấy chứng nhận một lần nhắc, mỗi người nhận một thư")
    func twoInstances() async throws {
        try await withTestApp { app in
            _ = try await setUp(app)
            let transport = RecordingTransport()
            app.mailTransport = transport
            async let one = DailyJobs.run(app, today: today, holder: "may-1")
            async let two = DailyJobs.run(app, today: today, holder: "may-2")
            let reports = try await [one, two]
            #expect(reports.map(\.recorded).reduce(0, +) == 3)
            #expect(try await CertificateReminderRecord.query(on: app.db).count() == 3)
            #expect(transport.sent.count == 4)
            #expect(Set(transport.sent.map { "\($0.to) \($0.subject)" }).count == 4)
            // A held lease makes the other instance skip.
            #expect(try await JobLease.acquire(DailyJobs.leaseName, holder: "may-1", duration: 600, on: app.db))
            let skipped = try await DailyJobs.run(app, today: today, holder: "may-2")
            #expect(skipped.skipped == "Một máy khác đang chạy việc hằng ngày; lần này bỏ qua.")
        }
    }

    @Test("Lỗi tạm thời: thử lại sau 15 phút, tối đa 5 lần; lỗi hẳn: ghi «gửi không được»; chưa cấu hình: giữ lại, gửi khi có máy chủ")
    func retries() async throws {
        try await withTestApp { app in
            _ = try await setUp(app)
            // No SMTP server: recorded, kept, shown as not configured.
            let unconfigured = try await DailyJobs.run(app, today: today)
            #expect(unconfigured.recorded == 3)
            #expect(try await MailMessageRecord.query(on: app.db).filter(\.$status == .notConfigured).count() == 4)

            let transient = RecordingTransport(failure: MailDeliveryError(description: "Máy chủ thư bận: 451", isTransient: true))
            let now = Date()
            var report = try await MailOutbox.deliver(with: transient, now: now, on: app.db)
            #expect(report.retrying == 4)
            let waiting = try await MailMessageRecord.query(on: app.db).filter(\.$status == .pending).all()
            #expect(waiting.count == 4 && waiting.allSatisfy { $0.attempts == 1 && $0.lastError == "Máy chủ thư bận: 451" })
            #expect(waiting.allSatisfy { abs(($0.nextAttemptAt ?? 0) - now.timeIntervalSince1970 - 900) < 1 })
            // Not again before its time.
            report = try await MailOutbox.deliver(with: transient, now: now.addingTimeInterval(60), on: app.db)
            #expect(report.retrying == 0)
            // Five tries in all, then failed.
            var later = now
            for _ in 2...MailOutbox.maxAttempts {
                later = later.addingTimeInterval(86_400)
                report = try await MailOutbox.deliver(with: transient, now: later, on: app.db)
            }
            #expect(report.failed == 4)
            #expect(try await MailMessageRecord.query(on: app.db).filter(\.$status == .failed).count() == 4)

            // A permanent refusal fails at once.
            for message in try await MailMessageRecord.query(on: app.db).filter(\.$status == .failed).all() {
                try await MailOutbox.requeue(message, on: app.db)
            }
            let refused = RecordingTransport(failure: MailDeliveryError(description: "550 không có hộp thư", isTransient: false))
            report = try await MailOutbox.deliver(with: refused, on: app.db)
            #expect(report.failed == 4 && report.retrying == 0)
        }
    }

    @Test("Chạy thử (--dry-run) chỉ liệt kê, không ghi gì")
    func dryRun() async throws {
        try await withTestApp { app in
            _ = try await setUp(app)
            let report = try await DailyJobs.run(app, today: today, dryRun: true)
            #expect(report.due.count == 3)
            #expect(try await CertificateReminderRecord.query(on: app.db).count() == 0)
            #expect(try await MailMessageRecord.query(on: app.db).count() == 0)
        }
    }
}
