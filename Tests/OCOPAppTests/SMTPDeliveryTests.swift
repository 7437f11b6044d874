import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore
import OCOPMail
@testable import OCOPTestSupport

/// Issue 13: the day's reminders leave through a real SMTP server (scripts/lib/smtp_sink.py, with
/// STARTTLS and AUTH), as the mail log says; a refused recipient is logged failed, never lost.
@Suite("Thư nhắc hạn qua máy chủ SMTP thật (STARTTLS, AUTH)")
struct SMTPDeliveryTests {
    let today = CalendarDay.inVietnam(Date())

    @Test("Việc hằng ngày gửi thư nhắc qua STARTTLS: máy chủ nhận đúng người, tiêu đề và nội dung tiếng Việt; nhật ký ghi đã gửi; người nhận bị từ chối ghi lỗi")
    func remindersLeaveBySMTP() async throws {
        let certificate = try TestCertificate.get()
        let sink = try await SMTPSink.start(["--tls-cert", certificate.certificatePath, "--tls-key", certificate.keyPath, "--require-starttls",
                                             "--auth", "ocop:mat-khau-thu", "--reject-rcpt", "vietkhe@example.vn"], label: "reminders")
        defer { sink.stop() }
        try await withTestApp { app in
            try await removeAllRecognitions(app)
            let represented = try #require(try await ProducerRecord.query(on: app.db).filter(\.$taxCode == DemoData.chutheTaxCode).first())
            let product = try #require(try await ProductRecord.query(on: app.db).filter(\.$producer.$id == represented.id!).sort(\.$name).first())
            let expiry = today.adding(days: 180)
            try await RecognitionRecord(productID: product.id!, ProductRecognition(star: .three, decisionNumber: "3756/QĐ-UBND",
                                                                                   decisionDay: expiry.addingMonths(-36), issuer: .province)).create(on: app.db)
            for (username, email) in [("chuthe", "chuthe@example.vn"), ("vietkhe", "vietkhe@example.vn")] {
                let account = try #require(try await UserAccount.query(on: app.db).filter(\.$username == username).first())
                account.email = email
                try await account.save(on: app.db)
            }
            let settings = SMTPSettings(host: "localhost", port: sink.port, security: .startTLS, username: "ocop", password: "mat-khau-thu",
                                        sender: try MailAddress("ocop@haiphong.example.vn", name: "Văn phòng điều phối OCOP"),
                                        connectTimeout: .seconds(60), commandTimeout: .seconds(60), trustedRootsPEM: certificate.certificatePath)
            app.mailTransport = SMTPMailTransport(settings: settings, eventLoopGroup: app.eventLoopGroup)

            let report = try await DailyJobs.run(app, today: today)
            #expect(report.recorded == 1)
            let errors = try await MailMessageRecord.query(on: app.db).all().compactMap(\.lastError)
            #expect(report.delivery.sent == 1 && report.delivery.failed == 1,
                    "\(errors); sink running: \(sink.isRunning), status \(sink.isRunning ? 0 : sink.exitStatus); its log: \(sink.log)")

            let received = try sink.receivedMessages()
            try #require(received.count == 1)
            #expect(received[0].envelope.rcpt_tos == ["chuthe@example.vn"])
            #expect(received[0].envelope.tls && received[0].envelope.auth_login == "ocop")
            let mail = received[0].parsed
            #expect(mail.decodedHeader("Subject") == "Đến thời hạn nộp hồ sơ đánh giá lại sản phẩm OCOP «\(product.name)»")
            let window = ReEvaluationWindow(expiryDay: expiry)
            #expect(mail.decodedBody?.contains("tức từ ngày \(window.opensOn.vietnamese) đến ngày \(window.closesOn.vietnamese).") == true)
            #expect(mail.decodedBody?.hasPrefix("Kính gửi Hoàng Văn Sơn,") == true)

            let log = try await MailMessageRecord.query(on: app.db).all()
            let sent = try #require(log.first { $0.toAddress == "chuthe@example.vn" })
            #expect(sent.status == .sent && sent.attempts == 1 && sent.sentAt != nil)
            let refused = try #require(log.first { $0.toAddress == "vietkhe@example.vn" })
            #expect(refused.status == .failed)
            #expect(refused.lastError?.contains("550") == true)
            // The next run sends nothing again.
            #expect(try await DailyJobs.run(app, today: today).delivery.sent == 0)
            #expect(try sink.receivedMessages().count == 1)
        }
    }
}
