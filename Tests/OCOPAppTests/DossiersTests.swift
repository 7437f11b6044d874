import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Hồ sơ on the producer's side: create, documents, self-assessment, submission, permissions.
@Suite("Hồ sơ: lập, tải tài liệu, tự đánh giá, nộp")
struct DossiersTests {
    static let pdf = Data("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8)
    static let executable = Data("MZ\u{90}\u{0}\u{3}\u{0}This program cannot be run in DOS mode".utf8)

    struct Fixture {
        let product: ProductRecord
        let producer: ProducerRecord
        let round: RegistrationRoundRecord
        let productSet: ProductSet
    }

    static func day(_ offset: Int) -> CalendarDay { .inVietnam(Date().addingTimeInterval(Double(offset) * 86_400)) }

    static let officer = CurrentUser(id: UUID(), username: "vietkhe", fullName: "Phạm Thị Khê",
                                     grants: [RoleGrant(role: .communeOfficer, location: .commune(DemoData.vietKhe, inProvince: DemoData.haiPhong))],
                                     mustChangePassword: false)

    /// `chuthe`'s first product whose sheet can be scored, and a round of Việt Khê using its criteria set.
    func fixture(_ app: Application, opens: Int = -10, closes: Int = 10, kinds: [DossierKind] = [.new, .reRecognition, .upgrade]) async throws -> Fixture {
        let grant = try #require(try await RoleAssignment.query(on: app.db).filter(\.$role == "producer").first())
        let producerID = try #require(grant.subjectID.flatMap(UUID.init(uuidString:)))
        let producer = try #require(try await ProducerRecord.find(producerID, on: app.db))
        for product in try await ProductRecord.query(on: app.db).filter(\.$producer.$id == producerID).sort(\.$name).all() {
            guard let record = try await CriteriaSetRecord.query(on: app.db).filter(\.$code == product.criteriaSetCode)
                    .sort(\.$version, .descending).first() else { continue }
            let set = try CriteriaStore.load(record)
            guard let productSet = set.productSet(code: product.productSetCode), (try? CompiledSheet(productSet, in: set)) != nil else { continue }
            let round = RegistrationRound(id: "", name: "Đăng ký OCOP thử nghiệm", year: Self.day(0).year, kinds: kinds,
                                          opensOn: Self.day(opens), closesOn: Self.day(closes),
                                          coverage: [.commune(DemoData.vietKhe, inProvince: DemoData.haiPhong)])
            let roundRecord = try await RegistrationRounds.open(round, owner: .commune(DemoData.vietKhe, inProvince: DemoData.haiPhong),
                                                                criteriaSet: (record.code, record.version), actor: Self.officer, on: app.db)
            return Fixture(product: product, producer: producer, round: roundRecord, productSet: productSet)
        }
        Issue.record("Không có sản phẩm nào của chủ thể mẫu có phiếu chấm được.")
        throw Abort(.internalServerError)
    }

    /// Every criterion answered with its best option that is not a knock-out.
    func answers(_ productSet: ProductSet) -> [String: String] {
        var form: [String: String] = [:]
        for criterion in productSet.sheet.criteria {
            if let option = criterion.options.filter({ !$0.isKnockOut }).max(by: { $0.points < $1.points }) {
                form["c-" + criterion.code] = option.id
            } else if let first = criterion.alternatives.first,
                      let option = first.options.filter({ !$0.isKnockOut }).max(by: { $0.points < $1.points }) {
                form["c-" + criterion.code] = "\(first.id)/\(option.id)"
            }
        }
        return form
    }

    @discardableResult
    func create(_ browser: Browser, _ f: Fixture, kind: DossierKind = .new) async throws -> TestingHTTPResponse {
        try await browser.get(SiteURL.newDossier(product: f.product.id!.uuidString).path)
        return try await browser.post("/ho-so/moi", ["product": f.product.id!.uuidString, "round": f.round.id!.uuidString, "kind": kind.rawValue])
    }

    /// Records a past recognition of the fixture's product (a 3★ certificate expiring in `days`), so
    /// that re-evaluation and upgrade dossiers apply to it.
    func recognise(_ app: Application, _ f: Fixture, expiringIn days: Int = 150) async throws {
        try await RecognitionRecord(productID: f.product.id!, DemoData.recognition("101/QĐ-UBND", expiringIn: days)).create(on: app.db)
    }

    /// `chuthe` signed in, with a new dossier for the fixture's product: the start of most dossier tests.
    func producerWithDossier(_ app: Application) async throws -> (Browser, DossierRecord) {
        let producer = Browser(app)
        try await producer.login("chuthe")
        try await create(producer, try await fixture(app))
        return (producer, try await dossier(app))
    }

    func dossier(_ app: Application) async throws -> DossierRecord {
        try #require(try await DossierRecord.query(on: app.db).first())
    }

    @discardableResult
    func upload(_ browser: Browser, _ dossier: DossierRecord, code: Int, data: Data = pdf, name: String = "tai-lieu.pdf") async throws -> TestingHTTPResponse {
        try await browser.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
        return try await browser.upload(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "tai-lieu/\(code)").path,
                                        filename: name, data: data, contentType: "application/pdf")
    }

    @discardableResult
    func selfAssess(_ browser: Browser, _ dossier: DossierRecord, _ f: Fixture) async throws -> TestingHTTPResponse {
        let page = try await browser.get(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "tu-danh-gia").path)
        let version = try #require(page.body.string.range(of: #"name="version" value="(\d+)""#, options: .regularExpression)
            .map { String(page.body.string[$0]).filter(\.isNumber) })
        var form = answers(f.productSet)
        form["version"] = version
        return try await browser.post(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "tu-danh-gia").path, form)
    }

    @Test("Lập hồ sơ, tải 5 tài liệu bắt buộc, tự đánh giá, nộp; nộp lại và tạo lại không sinh hồ sơ thứ hai; tải ZIP")
    func fullPath() async throws {
        try await withTestApp { app in
            let f = try await fixture(app)
            let browser = Browser(app)
            try await browser.login("chuthe")
            #expect(try await create(browser, f).status == .seeOther)
            #expect(try await create(browser, f).status == .seeOther)
            #expect(try await DossierRecord.query(on: app.db).count() == 1)
            let dossier = try await dossier(app)
            #expect(dossier.criteriaSetCode == f.round.criteriaSetCode && dossier.dossierState == .draft)
            for code in 1...5 { #expect(try await upload(browser, dossier, code: code).status == .seeOther) }
            #expect(try await upload(browser, dossier, code: 1, name: "phieu-moi.pdf").status == .seeOther)
            #expect(try await DossierDocumentRecord.query(on: app.db).filter(\.$replacedAt != nil).count() == 1)
            let saved = try await selfAssess(browser, dossier, f)
            #expect(saved.status == .seeOther)
            let assessment = try await browser.get(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "tu-danh-gia").path)
            #expect(assessment.body.string.contains(#"id="result-star""#))
            try await browser.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            let submitted = try await browser.post(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "nop").path, [:])
            #expect(submitted.status == .seeOther)
            let again = try await browser.post(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "nop").path, [:])
            #expect(again.status == .seeOther)
            let stored = try await self.dossier(app)
            #expect(stored.dossierState == .submitted)
            #expect(stored.submittedAt != nil)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "dossier.submit").count() == 1)
            #expect(try await create(browser, f).status == .seeOther)
            #expect(try await DossierRecord.query(on: app.db).count() == 1)
            let locked = try await upload(browser, stored, code: 6)
            #expect(locked.status == .unprocessableEntity)

            for username in ["chuthe", "haiphong", "vietkhe"] {
                let reader = Browser(app)
                try await reader.login(username)
                let zip = try await reader.get(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "zip").path)
                #expect(zip.status == .ok)
                #expect(zip.headers.first(name: .contentType) == "application/zip")
                #expect(zip.body.string.contains("00-MUC-LUC.txt"))
            }
        }
    }

    @Test("Nộp khi thiếu tài liệu hoặc chưa tự đánh giá: từ chối và liệt kê những gì còn thiếu")
    func missingItems() async throws {
        try await withTestApp { app in
            let f = try await fixture(app)
            let browser = Browser(app)
            try await browser.login("chuthe")
            try await create(browser, f)
            let dossier = try await dossier(app)
            for code in 1...3 { try await upload(browser, dossier, code: code) }
            try await browser.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            let refused = try await browser.post(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "nop").path, [:])
            #expect(refused.status == .unprocessableEntity)
            let page = refused.body.string
            #expect(page.contains(#"id="submit-errors""#))
            #expect(page.contains("Thiếu «Giấy đăng ký kinh doanh»"))
            // Under 26/2026 the samples are brought to the commune, which records them: no file is asked.
            #expect(!page.contains("Thiếu «Sản phẩm mẫu»"))
            #expect(page.contains(ProductSamples.handedInSentence))
            #expect(page.contains("Chưa tự đánh giá sản phẩm."))
            #expect(try await self.dossier(app).dossierState == .draft)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "dossier.submit").count() == 0)
        }
    }

    @Test("Sau hạn chót: không tạo, không nộp được; được gia hạn thì nộp được")
    func deadline() async throws {
        try await withTestApp { app in
            let past = try await fixture(app, opens: -30, closes: -1)
            let browser = Browser(app)
            try await browser.login("chuthe")
            let late = try await create(browser, past)
            #expect(late.status == .unprocessableEntity)
            #expect(late.body.string.contains("đã kết thúc ngày"))
            #expect(try await DossierRecord.query(on: app.db).count() == 0)

            // A round open when the dossier was made, whose closing day then passes.
            let f = try await fixture(app)
            try await create(browser, f)
            let dossier = try await dossier(app)
            for code in 1...5 { try await upload(browser, dossier, code: code) }
            #expect(try await selfAssess(browser, dossier, f).status == .seeOther)
            var round = try f.round.round()
            round.opensOn = Self.day(-30)
            round.closesOn = Self.day(-1)
            f.round.closesOn = round.closesOn.iso
            f.round.document = String(decoding: try JSONEncoder().encode(round), as: UTF8.self)
            try await f.round.save(on: app.db)
            try await browser.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            let refused = try await browser.post(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "nop").path, [:])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("đã kết thúc ngày"))

            let grant = RegistrationExtension(roundID: f.round.id!.uuidString, producerID: f.producer.id!.uuidString,
                                              newClosingDay: Self.day(5), reason: "Chờ phiếu kiểm nghiệm", grantedBy: "Phạm Thị Khê",
                                              grantedOn: Self.day(0))
            #expect(try await RegistrationRounds.grantExtension(grant, round: f.round, producer: f.producer, actor: Self.officer, on: app.db).isEmpty)
            let admitted = try await browser.post(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "nop").path, [:])
            #expect(admitted.status == .seeOther)
            #expect(try await self.dossier(app).dossierState == .submitted)
        }
    }

    @Test("Tệp chạy đổi tên thành PDF và tệp quá lớn bị từ chối, không lưu gì", arguments: [
        ("ho-so.pdf", DossiersTests.executable),
        ("to.pdf", Data("%PDF-1.7\n".utf8) + Data(repeating: 0x20, count: 5000)),
    ])
    func refusedFiles(name: String, data: Data) async throws {
        try await withTestApp(adjust: { $0.uploadMaxBytes = 4000 }) { app in
            let f = try await fixture(app)
            let browser = Browser(app)
            try await browser.login("chuthe")
            try await create(browser, f)
            let dossier = try await dossier(app)
            let refused = try await upload(browser, dossier, code: 2, data: data, name: name)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(#"id="upload-error""#))
            #expect(try await StoredFile.query(on: app.db).count() == 0)
            #expect(try await DossierDocumentRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("Chủ thể khác và cán bộ xã khác bị từ chối (403); cán bộ xã của chủ thể tải tài liệu được nhưng không nộp thay")
    func permissions() async throws {
        try await withTestApp { app in
            let f = try await fixture(app)
            let owner = Browser(app)
            try await owner.login("chuthe")
            try await create(owner, f)
            let dossier = try await dossier(app)
            let page = SiteURL.dossier(id: dossier.id!.uuidString).path

            let other = try #require(try await ProducerRecord.query(on: app.db).filter(\.$communeCode == DemoData.anKhanh).first())
            try await AccountService.create(
                .init(username: "chuthekhac", fullName: "Trần Văn Khác", email: nil, password: DemoData.password,
                      grants: [RoleGrant(role: .producerRepresentative, location: other.location, subjectID: other.id!.uuidString)],
                      mustChangePassword: false),
                actor: nil, on: app, database: app.db)
            let stranger = Browser(app)
            try await stranger.login("chuthekhac")
            #expect(try await stranger.get(page).status == .forbidden)
            #expect(try await stranger.get(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "zip").path).status == .forbidden)
            #expect(try await stranger.get(SiteURL.newDossier(product: f.product.id!.uuidString).path).status == .forbidden)

            let otherCommune = Browser(app)
            try await otherCommune.login("ankhanh")
            #expect(try await otherCommune.get(page).status == .forbidden)
            #expect(try await otherCommune.upload(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "tai-lieu/2").path,
                                                  filename: "a.pdf", data: Self.pdf).status == .forbidden)

            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await upload(commune, dossier, code: 2).status == .seeOther)
            #expect(try await commune.post(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "nop").path, [:]).status == .forbidden)
            #expect(try await commune.get(SiteURL.newDossier(product: f.product.id!.uuidString).path).status == .forbidden)
        }
    }

    @Test("Hồ sơ đánh giá lại dùng lại tài liệu còn hiệu lực của hồ sơ trước, cùng tệp đã lưu")
    func carryOver() async throws {
        try await withTestApp { app in
            let first = try await fixture(app)
            let browser = Browser(app)
            try await browser.login("chuthe")
            try await create(browser, first)
            let previous = try await dossier(app)
            for code in [1, 4, 16] { try await upload(browser, previous, code: code) }
            let second = try await fixture(app)
            try await recognise(app, second)
            #expect(try await create(browser, second, kind: .reRecognition).status == .seeOther)
            let dossier = try #require(try await DossierRecord.query(on: app.db).filter(\.$round.$id == second.round.id!).first())
            #expect(dossier.previousDossierID == previous.id)
            let carried = try await DossierDocumentRecord.query(on: app.db).filter(\.$dossier.$id == dossier.id!).all()
            #expect(Set(carried.map(\.typeCode)) == [4, 16])
            #expect(carried.allSatisfy { $0.carriedFrom != nil })
            let page = try await browser.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            #expect(page.body.string.contains(#"id="carry-over""#))
            #expect(page.body.string.contains("Cần nộp mới: Phiếu đăng ký."))
        }
    }
}
