import Fluent
import Foundation
import NIOCore
import Plot
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// The defects found by probing the running system (issue 9), each kept fixed by a test that
/// failed before its fix. The hostile-value crawl over every page is `e2e/test_hostile_values.py`;
/// the council's seats, minutes and races are `CouncilSecurityTests`.
@Suite("Bảo mật: thoát ký tự, giới hạn dữ liệu gửi lên, phiên, tạo trùng")
struct SecurityTests {
    static let hostile = #"Mật ong"><form method="post" action="/tai-khoan/moi"><input name="role" value="provincial">'&amp;"#

    // MARK: - Escaping (item 1)

    @Test("Plot thoát mọi giá trị thuộc tính và văn bản, đúng như đã nhập")
    func attributesAndTextAreEscaped() {
        let input = Input(type: .text, name: "name", value: Self.hostile).render()
        #expect(input == #"<input type="text" name="name" value="Mật ong&quot;&gt;&lt;form method=&quot;post&quot; action=&quot;/tai-khoan/moi&quot;&gt;&lt;input name=&quot;role&quot; value=&quot;provincial&quot;&gt;&#39;&amp;amp;"/>"#)
        let text = Paragraph(Self.hostile + "\u{0}").render()
        #expect(text == #"<p>Mật ong"&gt;&lt;form method="post" action="/tai-khoan/moi"&gt;&lt;input name="role" value="provincial"&gt;'&amp;amp;"# + "\u{FFFD}</p>")
        let tag = Tag("option", [("value", #"a"b"#)]) { Text("x") }.render()
        #expect(tag == #"<option value="a&quot;b">x</option>"#)
    }

    @Test("Tên sản phẩm độc hại hiện ra là chữ, không thành biểu mẫu trên trang của cán bộ tỉnh")
    func hostileProductNameStaysText() async throws {
        try await withTestApp { app in
            let kySon = try await ProducersTests.producer(DemoData.chutheTaxCode, on: app.db)
            let producer = Browser(app)
            try await producer.login("chuthe")
            let path = SiteURL.newProduct(producerID: kySon.id!.uuidString).path
            try await producer.get(path)
            let created = try await producer.post(path, ["name": Self.hostile, "productSet": "QD148-2023|I.2.b", "trademarkStatus": "none"])
            #expect(created.status == .seeOther)
            let product = try #require(try await ProductRecord.query(on: app.db).filter(\.$name == Self.hostile).first())
            let officer = Browser(app)
            try await officer.login("haiphong")
            for page in [SiteURL.product(id: product.id!.uuidString).path, SiteURL.editProduct(id: product.id!.uuidString).path,
                         SiteURL.products.path + "?q=" + (Self.hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")] {
                let response = try await (page.hasSuffix("/sua") ? producer : officer).get(page)
                #expect(response.status == .ok, "\(page)")
                let html = response.body.string
                #expect(!html.contains(#""><form method="post" action="/tai-khoan/moi">"#), "\(page)")
                #expect(!html.contains(#"<input name="role""#), "\(page)")
                #expect(html.contains(#"Mật ong&quot;&gt;&lt;form"#) || html.contains(#"Mật ong"&gt;&lt;form"#), "\(page)")
            }
        }
    }

    @Test("Ô tìm kiếm phản chiếu giá trị độc hại như chữ", arguments: ["/san-pham-ocop", "/don-vi"])
    func reflectedSearchIsEscaped(path: String) async throws {
        try await withTestApp { app in
            let value = #""><meta http-equiv="refresh" content="0;url=https://evil.example/">"#
            let response = try await Browser(app).get(path + "?q=" + value.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(response.status == .ok)
            #expect(!response.body.string.contains("<meta http-equiv"))
            #expect(response.body.string.contains(#"value="&quot;&gt;&lt;meta http-equiv=&quot;refresh&quot;"#))
        }
    }

    // MARK: - Bodies (item 2)

    @Test("Không có phiên: yêu cầu bị từ chối trước khi đọc dữ liệu; tệp gửi tới trang không nhận tệp; độ dài khai báo quá giới hạn")
    func bodiesRefusedFromHeaders() async throws {
        try await withTestApp { app in
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            let anonymous = try await app.testing().sendRequest(.POST, SiteURL.login.path, headers: headers,
                                                                 body: ByteBuffer(string: "username=a&password=b&_csrf=x"))
            #expect(anonymous.status == .forbidden)
            #expect(anonymous.body.string.contains(CSRFMiddleware.refusal))

            let browser = Browser(app)
            try await browser.login("vietkhe")
            try await browser.get(SiteURL.dashboard.path)
            let notUpload = try await browser.upload(SiteURL.councils.path, filename: "a.pdf", data: DossiersTests.pdf)
            #expect(notUpload.status == .unsupportedMediaType)
            #expect(notUpload.body.string.contains(CSRFMiddleware.noFilesHere))

            // A route that takes no files keeps the 1 MB limit, for a body sent in full too.
            var declared = HTTPHeaders()
            declared.contentType = .urlEncodedForm
            declared.add(name: .cookie, value: "ocop-session=\(browser.cookie ?? "")")
            declared.add(name: "X-CSRF-Token", value: browser.csrfToken ?? "")
            let tooLarge = try await app.testing().sendRequest(.POST, SiteURL.councils.path, headers: declared,
                                                               body: ByteBuffer(string: "name=" + String(repeating: "x", count: 1_200_000)))
            #expect(tooLarge.status == .payloadTooLarge)
        }
    }

    @Test("Mã CSRF trong phần đầu của biểu mẫu nhiều phần được tìm thấy mà không phân tích cả thân")
    func multipartTokenScan() {
        let body = "--b\r\nContent-Disposition: form-data; name=\"_csrf2\"\r\n\r\nsai\r\n--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nma-dung\r\n--b\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF\r\n--b--\r\n"
        let type = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": "b"])
        #expect(MultipartFieldScanner.value(of: "_csrf", in: ByteBuffer(string: body), contentType: type) == "ma-dung")
        #expect(MultipartFieldScanner.value(of: "_once", in: ByteBuffer(string: body), contentType: type) == nil)
    }

    @Test("Biểu mẫu nhiều phần: đọc được trường và tệp (kể cả tệp có CRLF và «--»), từ chối thân hỏng")
    func multipartForm() throws {
        let file = "%PDF\r\n--không phải ranh giới\r\n\u{0}cuối"
        let body = "--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nGhi\u{0} chú\r\n--b\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"kết quả.pdf\"\r\nContent-Type: application/pdf\r\n\r\n\(file)\r\n--b--\r\n"
        let form = try #require(MultipartForm(body: ByteBuffer(string: body), boundary: "b"))
        #expect(form.parts.map(\.name) == ["note", "file"])
        #expect(form.text(named: "note") == "Ghi chú")
        let uploaded = try #require(form.file(named: "file"))
        #expect(uploaded.filename == "kết quả.pdf")
        #expect(String(buffer: uploaded.data) == file)
        #expect(form.file(named: "note") == nil)
        #expect(MultipartForm(body: ByteBuffer(string: "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nkhông đóng"), boundary: "b") == nil)
        #expect(MultipartForm(body: ByteBuffer(string: body), boundary: "khac") == nil)
    }

    // MARK: - Criteria versions (item 6)

    @Test("Bộ tiêu chí gửi kèm đã ban hành, không sửa được; đợt đăng ký chỉ chọn phiên bản đã ban hành")
    func roundsUseOnlyPublishedVersions() async throws {
        try await withTestApp { app in
            // Every shipped version is there, published, or retired when a later shipped version replaces it.
            let records = try await CriteriaSetRecord.query(on: app.db).all()
            let replaced = Set(ShippedCriteriaSets.all.compactMap { entry in entry.supersedes.map { "\(entry.code) v\($0)" } })
            for entry in ShippedCriteriaSets.all {
                let record = try #require(records.first { $0.code == entry.code && $0.version == entry.version })
                let expected: CriteriaSetStatus = replaced.contains("\(entry.code) v\(entry.version)") ? .retired : .published
                #expect(record.status == expected.rawValue, "\(entry.code) v\(entry.version)")
            }
            let national = Browser(app)
            try await national.login("trunguong")
            let legacy = try #require(records.first { $0.code == Legacy1048Importer.criteriaSetID && $0.version == 2 })
            let editor = try await national.get(SiteURL.criteriaEditor(id: legacy.id!.uuidString, target: "che-bien-tu-gao-ngu-coc").path)
            #expect(editor.status == .conflict)

            let (draft, _) = try await draftCopy(app, code: Legacy1048Importer.criteriaSetID)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            let form = try await commune.get(SiteURL.newRound.path)
            #expect(form.body.string.contains(#"<option value="\#(legacy.id!.uuidString)""#))
            #expect(!form.body.string.contains(draft.id!.uuidString))
            let today = CalendarDay.inVietnam(Date())
            let refused = try await commune.post(SiteURL.newRound.path, [
                "name": "Đợt thử bản nháp", "year": String(today.year), "kinds": "new", "opensOn": today.iso,
                "closesOn": CalendarDay.inVietnam(Date().addingTimeInterval(86_400 * 20)).iso, "criteriaSet": draft.id!.uuidString])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Vui lòng chọn một bộ tiêu chí đã ban hành."))
            #expect(try await RegistrationRoundRecord.query(on: app.db).filter(\.$name == "Đợt thử bản nháp").count() == 0)
        }
    }

    // MARK: - Concurrent uploads (item 7)

    @Test("48 tệp tải lên cùng lúc từ 6 phiên: không lỗi 500, không bản ghi tệp mồ côi")
    func concurrentUploads() async throws {
        try await withTestApp { app in
            let tests = DossiersTests()
            let (owner, dossier) = try await tests.producerWithDossier(app)
            var clients: [SessionClient] = []
            for _ in 0..<6 {
                let browser = Browser(app)
                try await browser.login("chuthe")
                try await browser.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
                clients.append(SessionClient(browser))
            }
            let dossierID = dossier.id!.uuidString
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for (b, client) in clients.enumerated() {
                    for i in 0..<8 {
                        let data = Data("%PDF-1.7\n% tệp \(b)-\(i)\n".utf8)
                        group.addTask {
                            try await client.upload(SiteURL.dossierAction(id: dossierID, action: "tai-lieu/\(1 + (b + i) % 5)").path,
                                                    filename: "tep-\(b)-\(i).pdf", data: data, contentType: "application/pdf").status
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.count == 48)
            #expect(statuses.allSatisfy { $0 == .seeOther }, "\(statuses.map(\.code))")
            let documents = try await DossierDocumentRecord.query(on: app.db).filter(\.$dossier.$id == dossier.id!).count()
            let files = try await StoredFile.query(on: app.db).count()
            #expect(documents == 48)
            #expect(files == documents)
            #expect(try await DossierDocumentRecord.query(on: app.db).filter(\.$dossier.$id == dossier.id!).filter(\.$replacedAt == nil).count() == 5)
        }
    }

    // MARK: - Sessions (items 8, 11)

    @Test("Đổi mật khẩu kết thúc các phiên khác; phiên đang dùng vẫn tiếp tục; cán bộ đặt lại mật khẩu cũng vậy")
    func passwordChangeEndsOtherSessions() async throws {
        try await withTestApp { app in
            let here = Browser(app), elsewhere = Browser(app)
            try await here.login("vietkhe")
            try await elsewhere.login("vietkhe")
            #expect(try await elsewhere.get(SiteURL.dashboard.path).status == .ok)
            try await here.get(SiteURL.changePassword.path)
            let changed = try await here.post(SiteURL.changePassword.path, ["current": DemoData.password, "new": "mat-khau-moi-2026", "confirm": "mat-khau-moi-2026"])
            #expect(changed.status == .seeOther)
            #expect(try await here.get(SiteURL.dashboard.path).status == .ok)
            let ended = try await elsewhere.get(SiteURL.dashboard.path)
            #expect(ended.status == .seeOther)
            #expect(ended.location?.hasPrefix(SiteURL.login.path) == true)

            let officer = Browser(app)
            try await officer.login("haiphong")
            let account = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "vietkhe").first())
            try await officer.get(SiteURL.account(id: account.id!.uuidString).path)
            let reset = try await officer.post(SiteURL.accountAction(id: account.id!.uuidString, action: "dat-lai-mat-khau").path,
                                               ["password": "mat-khau-tam-2026"])
            #expect(reset.status == .seeOther)
            let afterReset = try await here.get(SiteURL.dashboard.path)
            #expect(afterReset.status == .seeOther)
        }
    }

    @Test("Phiên có thời hạn tuyệt đối, dù vẫn hoạt động")
    func absoluteLifetime() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("vietkhe")
            #expect(try await browser.get(SiteURL.dashboard.path).status == .ok)
            // Signed in 13 hours ago (the limit is 12), active a second ago: no clock to wait for.
            let session = try #require(try await SessionRecord.query(on: app.db).all().first { $0.data[SessionKeys.accountID] != nil })
            session.data[SessionKeys.signedInAt] = String(Date().timeIntervalSince1970 - 13 * 3600)
            try await session.save(on: app.db)
            let ended = try await browser.get(SiteURL.dashboard.path)
            #expect(ended.status == .seeOther)
            #expect(ended.location == SiteURL.login.path + "?tiep=/bang-dieu-khien&het-han=1")
        }
    }

    @Test("Cookie phiên có Secure khi đến qua HTTPS (proxy trên máy này), không có khi qua HTTP")
    func secureCookieBehindTLSProxy() async throws {
        try await withTestApp(adjust: { $0.secureCookiesAuto = true }) { app in
            try await app.testing(method: .running(port: 0)).test(.GET, SiteURL.login.path, headers: ["X-Forwarded-Proto": "https"]) { response in
                #expect(response.headers.setCookie?[SessionKeys.cookieName]?.isSecure == true)
            }
            try await app.testing(method: .running(port: 0)).test(.GET, SiteURL.login.path) { response in
                #expect(response.headers.setCookie?[SessionKeys.cookieName]?.isSecure == false)
            }
        }
    }

    // MARK: - Input (item 9)

    @Test("Ký tự điều khiển bị loại trước khi lưu; trường quá dài bị từ chối; ô nhập có maxlength")
    func controlCharactersAndLengths() async throws {
        try await withTestApp { app in
            let kySon = try await ProducersTests.producer(DemoData.chutheTaxCode, on: app.db)
            let browser = Browser(app)
            try await browser.login("chuthe")
            let path = SiteURL.newProduct(producerID: kySon.id!.uuidString).path
            let form = try await browser.get(path)
            let nameInput = try #require(form.body.string.range(of: #"<input[^>]*id="f-name"[^>]*>"#, options: .regularExpression))
            #expect(form.body.string[nameInput].contains(#"maxlength="300""#))
            let created = try await browser.post(path, ["name": "Mật\u{0} ong\u{202E} Kỳ\u{7} Sơn", "productSet": "QD148-2023|I.2.b", "trademarkStatus": "none"])
            #expect(created.status == .seeOther)
            #expect(try await ProductRecord.query(on: app.db).filter(\.$name == "Mật ong Kỳ Sơn").count() == 1)
            let long = try await browser.post(path, ["name": String(repeating: "a", count: 100_000), "productSet": "QD148-2023|I.2.b", "trademarkStatus": "none"])
            #expect(long.status == .unprocessableEntity)
            #expect(long.body.string.contains("Trường «name» dài quá 300 ký tự"))
        }
    }

    @Test("Đăng ký công khai không cho biết mã số thuế hay tên đăng nhập đã có; bị giới hạn số lần")
    func signUpRevealsNothing() async throws {
        try await withTestApp { app in
            let visitor = Browser(app)
            try await visitor.get(SiteURL.producerSignUp.path)
            let form: [String: String] = ["name": "HTX Thử", "legalForm": "householdBusiness", "taxCode": DemoData.chutheTaxCode,
                                          "representativeName": "Nguyễn Văn Thử", "address": "Thôn 1", "communeCode": DemoData.vietKhe,
                                          "accountUsername": "thu.moi", "accountPassword": "mat-khau-thu-2026", "accountEmail": ""]
            let takenTax = try await visitor.post(SiteURL.producerSignUp.path, form)
            #expect(takenTax.status == .unprocessableEntity)
            var takenName = form
            takenName["taxCode"] = "0202409130"
            takenName["accountUsername"] = "vietkhe"
            let takenUser = try await visitor.post(SiteURL.producerSignUp.path, takenName)
            #expect(takenUser.status == .unprocessableEntity)
            for response in [takenTax, takenUser] {
                let html = response.body.string
                #expect(html.contains(ProducersController.signUpRefused))
                #expect(!html.contains(ProducerService.duplicateTaxCode))
                #expect(!html.contains(AccountService.usernameTaken))
            }
            var last: HTTPStatus = .ok
            for _ in 0..<(SignUpController.maxPerWindow - 2) { last = try await visitor.post(SiteURL.producerSignUp.path, form).status }
            #expect(last == .unprocessableEntity)
            let throttled = try await visitor.post(SiteURL.producerSignUp.path, form)
            #expect(throttled.status == .tooManyRequests)
        }
    }

    // MARK: - Double submits (item 10)

    @Test("Cùng một biểu mẫu gửi bốn lần cùng lúc chỉ tạo một Hội đồng")
    func sameFormFourTimesCreatesOneCouncil() async throws {
        try await withTestApp { app in
            let officer = Browser(app)
            try await officer.login("haiphong")
            try await officer.get(SiteURL.councils.path)
            let before = try await CouncilRecord.query(on: app.db).count()
            let form = ["name": "Hội đồng bấm bốn lần", "decisionNumber": "99/QĐ-UBND", "decisionDate": "2026-03-02",
                        "termFrom": "2026-03-02", "termTo": "2027-12-31", "materialsLeadDays": "3", FormOnceMiddleware.fieldName: UUID().uuidString]
            let locations = try await withThrowingTaskGroup(of: String?.self) { group in
                let client = SessionClient(officer)
                for _ in 0..<4 { group.addTask { try await client.post(SiteURL.councils.path, form).location } }
                return try await group.reduce(into: [String?]()) { $0.append($1) }
            }
            #expect(try await CouncilRecord.query(on: app.db).count() == before + 1)
            let council = try #require(try await CouncilRecord.query(on: app.db).filter(\.$name == "Hội đồng bấm bốn lần").first())
            #expect(locations.allSatisfy { $0 == SiteURL.council(id: council.id!.uuidString).path }, "\(locations)")
            // A changed form is a new submission, not a replay.
            var other = form
            other["name"] = "Hội đồng khác"
            #expect(try await officer.post(SiteURL.councils.path, other).status == .seeOther)
            #expect(try await CouncilRecord.query(on: app.db).count() == before + 2)
        }
    }

    // MARK: - Paths and extensions (item 11)

    @Test("Đoạn đường dẫn quá 255 byte: 404, không phải 500", arguments: ["/" + String(repeating: "a", count: 300), "/static/" + String(repeating: "b", count: 300)])
    func longPathSegment(path: String) async throws {
        try await withTestApp { app in
            let response = try await Browser(app).get(path)
            #expect(response.status == .notFound)
        }
    }

    @Test("Không gia hạn cho chủ thể ngoài địa bàn của đợt đăng ký")
    func extensionOnlyForCoveredProducers() async throws {
        try await withTestApp { app in
            let fixture = try await DossiersTests().fixture(app)
            let outside = try #require(try await ProducerRecord.query(on: app.db).filter(\.$communeCode != DemoData.vietKhe)
                .filter(\.$provinceCode == DemoData.haiPhong).first())
            let officer = Browser(app)
            try await officer.login("haiphong")
            try await officer.get(SiteURL.round(id: fixture.round.id!.uuidString).path)
            let refused = try await officer.post(SiteURL.roundAction(id: fixture.round.id!.uuidString, action: "gia-han").path, [
                "producer": outside.id!.uuidString, "day": DossiersTests.day(30).iso, "reason": "Thiếu giấy kiểm nghiệm"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Chủ thể không thuộc địa bàn của đợt đăng ký"))
            #expect(try await RegistrationExtensionRecord.query(on: app.db).count() == 0)
        }
    }
}
