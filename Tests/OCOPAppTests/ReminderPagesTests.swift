import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 13: the reminders' editable wording, the printed letter for producers without e-mail, and
/// the mail log of each unit.
@Suite("Mẫu thư nhắc, thư nhắc in, nhật ký thư")
struct ReminderPagesTests {
    let today = CalendarDay.inVietnam(Date())

    @Test("Quản trị sửa mẫu thư: tên thông tin lạ bị từ chối và giữ nguyên chữ đã gõ; mẫu mới dùng cho thư nhắc; trở về mặc định được")
    func editTemplate() async throws {
        try await withTestApp { app in
            let admin = Browser(app)
            try await admin.login("quantri")
            let path = SiteURL.reminderTemplate(step: CertificateReminder.windowOpens.rawValue).path
            let form = try await admin.get(path)
            #expect(form.status == .ok)
            #expect(form.body.string.contains(#"value="Đến thời hạn nộp hồ sơ đánh giá lại sản phẩm OCOP «{san_pham}»""#))

            let bad = try await admin.post(path, ["subject": "Nhắc {ten_sp}", "body": "Kính gửi {nguoi_nhan}, hạn {han_nop_den}."])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Không có thông tin nào tên {ten_sp}. Chỉ dùng các tên trong bảng bên dưới."))
            #expect(bad.body.string.contains(#"value="Nhắc {ten_sp}""#))
            #expect(bad.body.string.contains("Kính gửi {nguoi_nhan}, hạn {han_nop_den}.</textarea>"))
            #expect(try await MessageTemplateRecord.query(on: app.db).count() == 0)

            let saved = try await admin.post(path, ["subject": "Mời nộp hồ sơ đánh giá lại: {san_pham}", "body": "Kính gửi {nguoi_nhan},\r\n\r\nHạn nộp đến {han_nop_den}."])
            #expect(saved.status == .seeOther)
            let template = try await ReminderTemplates.template(.windowOpens, on: app.db)
            #expect(template == .init(subject: "Mời nộp hồ sơ đánh giá lại: {san_pham}", body: "Kính gửi {nguoi_nhan},\n\nHạn nộp đến {han_nop_den}."))
            let list = try await admin.get(SiteURL.reminderTemplates.path)
            #expect(list.body.string.contains("<td>Mời nộp hồ sơ đánh giá lại: {san_pham}</td><td>Đã sửa</td>"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "template.update").count() == 1)

            #expect(try await admin.post(SiteURL.reminderTemplateReset(step: CertificateReminder.windowOpens.rawValue).path, [:]).status == .seeOther)
            #expect(try await ReminderTemplates.template(.windowOpens, on: app.db) == ReminderTemplates.defaultTemplate(.windowOpens))
        }
    }

    @Test("Thư nhắc in: văn bản của UBND xã gửi chủ thể, đúng thời điểm và ngày; cán bộ xã khác không in được")
    func printedLetter() async throws {
        try await withTestApp { app in
            let product = try #require(try await ProductRecord.query(on: app.db).filter(\.$communeCode == DemoData.vietKhe).with(\.$producer).first())
            try await RecognitionRecord.query(on: app.db).filter(\.$product.$id == product.id!).delete()
            let expiry = today.adding(days: 175)
            let recognition = RecognitionRecord(productID: product.id!, ProductRecognition(star: .three, decisionNumber: "77/QĐ-UBND",
                                                                                           decisionDay: expiry.addingMonths(-36), issuer: .province))
            try await recognition.create(on: app.db)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            let letter = try await commune.get(SiteURL.reminderLetter(recognition: recognition.id!.uuidString).path)
            #expect(letter.status == .ok)
            let html = letter.body.string
            #expect(html.contains(#"<p class="agency">ỦY BAN NHÂN DÂN XÃ VIỆT KHÊ</p>"#))
            #expect(html.contains(#"<p class="doc-subject">V/v đến thời hạn nộp hồ sơ đánh giá lại sản phẩm OCOP «\#(product.name)»</p>"#))
            #expect(html.contains(#"id="letter-addressee">Kính gửi: \#(product.producer.name)"#))
            let window = ReEvaluationWindow(expiryDay: expiry)
            #expect(html.contains("tức từ ngày \(window.opensOn.vietnamese) đến ngày \(window.closesOn.vietnamese)."))
            #expect(!html.contains("Thư này do hệ thống"))
            let expires = try await commune.get(SiteURL.reminderLetter(recognition: recognition.id!.uuidString).path + "?buoc=expires")
            #expect(expires.body.string.contains("V/v giấy chứng nhận sản phẩm OCOP «\(product.name)» đã hết hiệu lực"))
            let other = Browser(app)
            try await other.login("ankhanh")
            #expect(try await other.get(SiteURL.reminderLetter(recognition: recognition.id!.uuidString).path).status == .forbidden)
        }
    }

    @Test("Nhật ký thư: cán bộ xã thấy thư về xã mình, không thấy xã khác; quản trị gửi lại thư lỗi")
    func mailLog() async throws {
        try await withTestApp { app in
            func mail(_ name: String, commune: String, status: MailStatus) async throws -> MailMessageRecord {
                let mail = MailMessageRecord()
                mail.recipientName = name
                mail.toAddress = "\(commune)@example.vn"
                mail.subject = "Nhắc hạn \(name)"
                mail.body = "…"
                mail.status = status
                mail.attempts = 1
                mail.lastError = status == .failed ? "550 Hộp thư không tồn tại" : nil
                mail.provinceCode = DemoData.haiPhong
                mail.communeCode = commune
                mail.createdAt = Date()
                try await mail.create(on: app.db)
                return mail
            }
            let ours = try await mail("Hợp tác xã Kỳ Sơn", commune: DemoData.vietKhe, status: .failed)
            _ = try await mail("Hợp tác xã An Khánh", commune: DemoData.anKhanh, status: .sent)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            let page = try await commune.get(SiteURL.mailLog.path)
            #expect(page.status == .ok)
            #expect(page.body.string.contains(#"<span id="mail-count">1 thư.</span>"#))
            #expect(page.body.string.contains(#"<span class="mail-failed">Gửi không được</span><p class="error">550 Hộp thư không tồn tại</p>"#))
            #expect(!page.body.string.contains("Hợp tác xã An Khánh"))
            #expect(!page.body.string.contains("Gửi lại"))
            #expect(page.body.string.contains(#"id="mail-not-configured""#))

            let admin = Browser(app)
            try await admin.login("quantri")
            #expect(try await admin.get(SiteURL.mailLog.path + "?trang-thai=sent").body.string.contains(#"<span id="mail-count">1 thư.</span>"#))
            let resent = try await admin.post(SiteURL.mailResend(id: ours.id!.uuidString).path, [:])
            #expect(resent.status == .seeOther)
            // No SMTP server here: the message waits, marked so, and the log records the step.
            #expect(try await MailMessageRecord.find(ours.id, on: app.db)?.status == .notConfigured)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "mail.resend").count() == 1)
        }
    }
}
