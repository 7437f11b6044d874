import Fluent
import Foundation
import NIOCore
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// "Có giá trị đến" on uploaded papers with a term (M027): stored and shown, "Hết hạn" once passed and
/// then missing where required, a bad date refused with nothing saved, carry-over only while valid.
@Suite("Ngày có giá trị đến của tài liệu có thời hạn")
struct DocumentValidityTests {
    let steps = DossiersTests()
    var today: CalendarDay { .inVietnam(Date()) }

    /// Uploads a PDF under `code` with the date field filled as typed, as the dossier page's form sends it.
    @discardableResult
    static func upload(_ browser: Browser, _ dossier: DossierRecord, code: Int, validUntil: String,
                       name: String = "giay-chung-nhan.pdf") async throws -> TestingHTTPResponse {
        try await browser.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
        let boundary = "----ocop\(UUID().uuidString)"
        var body = Data()
        func line(_ text: String) { body.append(Data((text + "\r\n").utf8)) }
        line("--\(boundary)")
        line("Content-Disposition: form-data; name=\"_csrf\"")
        line("")
        line(browser.csrfToken ?? "")
        line("--\(boundary)")
        line("Content-Disposition: form-data; name=\"validUntil\"")
        line("")
        line(validUntil)
        line("--\(boundary)")
        line("Content-Disposition: form-data; name=\"file\"; filename=\"\(name)\"")
        line("Content-Type: application/pdf")
        line("")
        body.append(DossiersTests.pdf)
        line("")
        line("--\(boundary)--")
        var headers = HTTPHeaders()
        if let cookie = browser.cookie { headers.add(name: .cookie, value: "ocop-session=\(cookie)") }
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await browser.app.testing().sendRequest(.POST, SiteURL.dossierAction(id: dossier.id!.uuidString, action: "tai-lieu/\(code)").path,
                                                           headers: headers, body: ByteBuffer(data: body))
    }

    func current(_ app: Application, _ dossier: DossierRecord, code: Int) async throws -> DossierDocumentRecord? {
        try await DossierDocumentRecord.query(on: app.db).filter(\.$dossier.$id == dossier.id!).filter(\.$typeCode == code)
            .filter(\.$replacedAt == nil).first()
    }

    @Test("Tải lên kèm ngày có giá trị đến: lưu và hiện trên trang hồ sơ; ngày đã qua hiện «Hết hạn»")
    func storedAndShown() async throws {
        try await withTestApp { app in
            let (producer, dossier) = try await steps.producerWithDossier(app)
            let until = today.adding(days: 365)
            #expect(try await Self.upload(producer, dossier, code: 6, validUntil: until.iso).status == .seeOther)
            #expect(try await current(app, dossier, code: 6)?.validUntil == until.iso)
            // Typed as a Vietnamese paper prints it, where the browser shows a text box.
            let past = today.adding(days: -1)
            #expect(try await Self.upload(producer, dossier, code: 9, validUntil: past.vietnamese).status == .seeOther)
            #expect(try await current(app, dossier, code: 9)?.validUntil == past.iso)
            let page = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(page.contains(#"<p class="ok" id="validity-6">Có giá trị đến \#(until.vietnamese).</p>"#))
            #expect(page.contains(#"<p class="bad" id="validity-9"><strong>Hết hạn</strong>: có giá trị đến \#(past.vietnamese)"#))
            #expect(page.contains("Hết hạn (có giá trị đến \(past.vietnamese))"))
            // The date field is offered for papers with a term only: not for the business registration (4).
            #expect(page.contains(#"id="f-valid-6""#) && !page.contains(#"id="f-valid-4""#))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "dossier.upload").all()
                .contains { $0.after?.contains(until.iso) == true })
        }
    }

    @Test("Ngày không hợp lệ: từ chối, thông báo rõ, không lưu tệp nào")
    func badDateRefused() async throws {
        try await withTestApp { app in
            let (producer, dossier) = try await steps.producerWithDossier(app)
            let files = try await StoredFile.query(on: app.db).count()
            for typed in ["2027-02-30", "hôm nay", "31/13/2027"] {
                let refused = try await Self.upload(producer, dossier, code: 6, validUntil: typed)
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.string.contains("Ngày «Có giá trị đến» không hợp lệ («\(typed)»)"))
                #expect(refused.body.string.contains(#"id="upload-error""#))
            }
            #expect(try await current(app, dossier, code: 6) == nil)
            #expect(try await StoredFile.query(on: app.db).count() == files)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "dossier.upload").count() == 0)
        }
    }

    @Test("Tài liệu bắt buộc đã hết hạn tính là còn thiếu: không nộp được; bản còn hiệu lực thì nộp được")
    func expiredMandatoryBlocksSubmission() async throws {
        try await withTestApp { app in
            let f = try await steps.fixture(app)
            let producer = Browser(app)
            try await producer.login("chuthe")
            try await steps.create(producer, f)
            let dossier = try await steps.dossier(app)
            for code in 1...5 { try await steps.upload(producer, dossier, code: code) }
            try await steps.selfAssess(producer, dossier, f)
            // A province that dates its business registrations (or marks a paper with a term
            // mandatory) gets the same rule: the registration (4, mandatory) expired yesterday.
            let registration = try #require(try await current(app, dossier, code: 4))
            registration.validUntil = today.adding(days: -1).iso
            try await registration.save(on: app.db)
            try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            let refused = try await producer.post(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "nop").path, [:])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("còn thiếu 1 tài liệu bắt buộc: Giấy đăng ký kinh doanh."))
            #expect(refused.body.string.contains(#"<strong>Hết hạn</strong>"#))
            #expect(try await steps.dossier(app).dossierState == .draft)
            registration.validUntil = today.iso   // valid through today
            try await registration.save(on: app.db)
            try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            #expect(try await producer.post(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "nop").path, [:]).status == .seeOther)
            #expect(try await steps.dossier(app).dossierState == .submitted)
        }
    }

    @Test("Dùng lại hồ sơ trước: bỏ tài liệu đã hết hạn, giữ tài liệu còn hiệu lực (kèm ngày) và tài liệu không ghi ngày")
    func carryOverSkipsExpired() async throws {
        try await withTestApp { app in
            let first = try await steps.fixture(app)
            let browser = Browser(app)
            try await browser.login("chuthe")
            try await steps.create(browser, first)
            let previous = try await steps.dossier(app)
            let valid = today.adding(days: 200), expired = today.adding(days: -5)
            #expect(try await Self.upload(browser, previous, code: 6, validUntil: valid.iso).status == .seeOther)
            #expect(try await Self.upload(browser, previous, code: 7, validUntil: expired.iso).status == .seeOther)
            #expect(try await Self.upload(browser, previous, code: 10, validUntil: "").status == .seeOther)
            let second = try await steps.fixture(app)
            try await steps.recognise(app, second)
            #expect(try await steps.create(browser, second, kind: .reRecognition).status == .seeOther)
            let dossier = try #require(try await DossierRecord.query(on: app.db).filter(\.$round.$id == second.round.id!).first())
            #expect(dossier.previousDossierID == previous.id)
            let carried = try await DossierDocumentRecord.query(on: app.db).filter(\.$dossier.$id == dossier.id!).all()
            #expect(Set(carried.map(\.typeCode)) == [6, 10])
            #expect(carried.first { $0.typeCode == 6 }?.validUntil == valid.iso)
            #expect(carried.first { $0.typeCode == 10 }?.validUntil == nil)
            let page = try await browser.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(page.contains(#"id="validity-6">Có giá trị đến \#(valid.vietnamese)."#))
            // Điều 6.1.c: the expired declaration (7) held last time must come back in force.
            #expect(page.contains(#"id="term-papers""#) && page.contains("Thiếu «Công bố chất lượng sản phẩm»"))
        }
    }
}
