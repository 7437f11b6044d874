import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp

@Suite("Chủ thể OCOP")
struct ProducersTests {
    static let newProducer = [
        "legalForm": "householdBusiness", "name": "Hộ kinh doanh Nem chua Việt Khê", "taxCode": "0202409130",
        "representativeName": "Đặng Thị Thu", "representativeIsWoman": "on", "address": "Thôn Kỳ Sơn, xã Việt Khê",
        "communeCode": DemoData.vietKhe, "phone": "0912 345 678", "email": "nemchua@example.vn",
    ]

    static func producer(_ taxCode: String, on db: any Database) async throws -> ProducerRecord {
        try #require(try await ProducerRecord.query(on: db).filter(\.$taxCode == taxCode).first())
    }

    @Test("Cán bộ xã tạo chủ thể và tài khoản người đại diện; bấm hai lần vẫn một chủ thể; có nhật ký")
    func communeOfficerCreatesProducer() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("vietkhe")
            try await browser.get(SiteURL.newProducer.path)
            var form = Self.newProducer
            form["accountUsername"] = "nemchua.vietkhe"
            form["accountPassword"] = "mat-khau-tam-2026"
            let created = try await browser.post(SiteURL.newProducer.path, form)
            #expect(created.status == .seeOther)
            let again = try await browser.post(SiteURL.newProducer.path, form)
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("Mã số thuế này đã được đăng ký cho một chủ thể khác."))
            try #expect(await ProducerRecord.query(on: app.db).filter(\.$taxCode == "0202409130").count() == 1)

            let producer = try await Self.producer("0202409130", on: app.db)
            #expect(producer.producerStatus == .active)
            #expect(producer.provinceCode == DemoData.haiPhong, "the province comes from the commune")
            #expect(producer.representativeIsWoman && !producer.representativeIsEthnicMinority)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "producer.create")
                .filter(\.$recordID == "0202409130").first())
            #expect(entry.communeCode == DemoData.vietKhe)
            #expect(entry.actorName.contains("vietkhe"))

            let account = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "nemchua.vietkhe").with(\.$assignments).first())
            let grant = try #require(account.assignments.first?.grant)
            #expect(grant.role == .producerRepresentative && grant.subjectID == producer.id!.uuidString && grant.location.communeCode == DemoData.vietKhe)
            let login = try await Browser(app).login("nemchua.vietkhe", password: "mat-khau-tam-2026")
            #expect(login.location == SiteURL.changePassword.path)
        }
    }

    @Test("Mã số thuế sai: thông báo cạnh ô nhập, giữ lại những gì đã gõ")
    func invalidTaxCodeKeepsWhatWasTyped() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("vietkhe")
            try await browser.get(SiteURL.newProducer.path)
            var form = Self.newProducer
            form["taxCode"] = "0202409131"
            form["communeCode"] = "99999"
            let response = try await browser.post(SiteURL.newProducer.path, form)
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("chữ số kiểm tra (chữ số thứ 10) không khớp"))
            #expect(html.contains(#"id="f-taxCode-error""#))
            #expect(html.contains("Không có xã, phường nào mang mã 99999"))
            #expect(html.contains(#"value="Hộ kinh doanh Nem chua Việt Khê""#))
            #expect(html.contains(#"value="0202409131""#))
            #expect(html.contains(#"<option value="householdBusiness" selected"#))
            #expect(html.contains(#"name="representativeIsWoman" value="on" checked"#))
            let short = try await browser.post(SiteURL.newProducer.path, Self.newProducer.merging(["taxCode": "12345"]) { $1 })
            #expect(short.body.string.contains("mã đã nhập có 5 chữ số"))
            try #expect(await ProducerRecord.query(on: app.db).filter(\.$name == "Hộ kinh doanh Nem chua Việt Khê").count() == 0)
        }
    }

    @Test("Danh sách theo phạm vi; tìm không dấu")
    func listIsScopedAndSearchIgnoresDiacritics() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("vietkhe")
            let own = try await browser.get(SiteURL.producers.path).body.string
            #expect(own.contains("Hợp tác xã Nông nghiệp Kỳ Sơn") && own.contains("Hộ kinh doanh Mật ong An Sơn"))
            #expect(!own.contains("An Khánh</a>"), "no producer of An Khánh")
            #expect(!own.contains("Công ty TNHH Thực phẩm sạch An Khánh"))
            let found = try await browser.get(SiteURL.producers.path + "?q=mat%20ong%20an%20son").body.string
            #expect(found.contains("Hộ kinh doanh Mật ong An Sơn") && !found.contains("Tổ hợp tác trồng na An Sơn"))
            let products = try await browser.get(SiteURL.products.path + "?q=na%20bo").body.string
            #expect(products.contains("Na bở An Sơn") && !products.contains("Mật ong An Sơn</a>"))

            let province = Browser(app)
            try await province.login("haiphong")
            let all = try await province.get(SiteURL.producers.path).body.string
            #expect(all.contains("Công ty TNHH Thực phẩm sạch An Khánh") && all.contains("Hợp tác xã Nông nghiệp Kỳ Sơn"))

            let representative = Browser(app)
            try await representative.login("chuthe")
            let mine = try await representative.get(SiteURL.products.path).body.string
            #expect(mine.contains("Rượu nếp men lá Kỳ Sơn") && !mine.contains("Mật ong An Sơn"))
        }
    }

    @Test("Từ chối theo phạm vi: xã khác, chủ thể khác, tỉnh chỉ được đọc (403 tiếng Việt)")
    func scopeRefusals() async throws {
        try await withTestApp { app in
            let anKhanh = try await Self.producer("0202773193", on: app.db)
            let honey = try await Self.producer("0200936727", on: app.db)
            let kySon = try await Self.producer(DemoData.chutheTaxCode, on: app.db)
            let officer = Browser(app)
            try await officer.login("vietkhe")
            let other = try await officer.get(SiteURL.producer(id: anKhanh.id!.uuidString).path)
            #expect(other.status == .forbidden)
            #expect(other.body.string.contains("Không có quyền truy cập"))
            #expect(other.body.string.contains("Bạn không có quyền xem chủ thể này và sản phẩm của chủ thể."))
            try #expect(await officer.get(SiteURL.producer(id: honey.id!.uuidString).path).status == .ok)
            var outside = Self.newProducer
            outside["communeCode"] = DemoData.anKhanh
            let created = try await officer.post(SiteURL.newProducer.path, outside)
            #expect(created.status == .forbidden)
            #expect(created.body.string.contains("Chỉ cán bộ cấp xã được tạo chủ thể thuộc xã mình phụ trách."))

            let representative = Browser(app)
            try await representative.login("chuthe")
            try #expect(await representative.get(SiteURL.producer(id: kySon.id!.uuidString).path).status == .ok)
            try #expect(await representative.get(SiteURL.producerAction(id: kySon.id!.uuidString, action: "sua").path).status == .ok)
            let neighbour = try await representative.get(SiteURL.producer(id: honey.id!.uuidString).path)
            #expect(neighbour.status == .forbidden, "another producer of the same commune")
            let honeyProduct = try #require(try await honey.$products.query(on: app.db).first())
            try #expect(await representative.get(SiteURL.product(id: honeyProduct.id!.uuidString).path).status == .forbidden)
            let edit = try await representative.post(SiteURL.editProduct(id: honeyProduct.id!.uuidString).path, ["name": "Chiếm quyền"])
            #expect(edit.status == .forbidden)
            #expect(edit.body.string.contains("Bạn không có quyền sửa thông tin chủ thể này hoặc sản phẩm của chủ thể."))
            try #expect(await representative.get(SiteURL.newProducer.path).status == .forbidden)

            let province = Browser(app)
            try await province.login("haiphong")
            try #expect(await province.get(SiteURL.producer(id: anKhanh.id!.uuidString).path).status == .ok)
            try #expect(await province.get(SiteURL.producerAction(id: anKhanh.id!.uuidString, action: "sua").path).status == .forbidden)

            let council = Browser(app)
            try await council.login("hoidong")
            try #expect(await council.get(SiteURL.producers.path).status == .forbidden)
            try #expect(await council.get(SiteURL.producer(id: kySon.id!.uuidString).path).status == .forbidden)
        }
    }

    @Test("Đăng ký công khai: chưa duyệt thì không đăng nhập được; xã duyệt thì đăng nhập được")
    func publicSignUpNeedsApproval() async throws {
        try await withTestApp { app in
            let visitor = Browser(app)
            let page = try await visitor.get(SiteURL.producerSignUp.path)
            #expect(page.status == .ok)
            var form = Self.newProducer
            form["accountUsername"] = "nemchua.dangky"
            form["accountPassword"] = "mat-khau-rieng-2026"
            let noToken = try await visitor.post(SiteURL.producerSignUp.path, form, csrf: false)
            #expect(noToken.status == .forbidden)
            let sent = try await visitor.post(SiteURL.producerSignUp.path, form)
            #expect(sent.status == .seeOther)
            let producer = try await Self.producer("0202409130", on: app.db)
            #expect(producer.producerStatus == .pending)

            let early = try await Browser(app).login("nemchua.dangky", password: "mat-khau-rieng-2026")
            #expect(early.status == .unauthorized)
            #expect(early.body.string.contains("Tên đăng nhập hoặc mật khẩu không đúng."))

            let officer = Browser(app)
            try await officer.login("vietkhe")
            let list = try await officer.get(SiteURL.producers.path).body.string
            #expect(list.contains("Đăng ký chờ duyệt (1)"))
            let other = Browser(app)
            try await other.login("ankhanh")
            try await other.get(SiteURL.producers.path)
            try #expect(await other.post(SiteURL.producerAction(id: producer.id!.uuidString, action: "duyet").path, [:]).status == .forbidden)
            try await officer.get(SiteURL.producer(id: producer.id!.uuidString).path)
            let approved = try await officer.post(SiteURL.producerAction(id: producer.id!.uuidString, action: "duyet").path, [:])
            #expect(approved.status == .seeOther)
            let login = try await Browser(app).login("nemchua.dangky", password: "mat-khau-rieng-2026")
            #expect(login.status == .seeOther)
            #expect(login.location == SiteURL.dashboard.path)
            try #expect(await AuditEntry.query(on: app.db).filter(\.$action == "producer.approve").count() == 1)
            try #expect(await AuditEntry.query(on: app.db).filter(\.$action == "producer.sign-up").count() == 1)
        }
    }

    @Test("Từ chối đăng ký phải có lý do; tài khoản vẫn không đăng nhập được")
    func rejectionNeedsReason() async throws {
        try await withTestApp { app in
            let visitor = Browser(app)
            try await visitor.get(SiteURL.producerSignUp.path)
            var form = Self.newProducer
            form["accountUsername"] = "nemchua.tuchoi"
            form["accountPassword"] = "mat-khau-rieng-2026"
            try await visitor.post(SiteURL.producerSignUp.path, form)
            let producer = try await Self.producer("0202409130", on: app.db)
            let officer = Browser(app)
            try await officer.login("vietkhe")
            try await officer.get(SiteURL.producer(id: producer.id!.uuidString).path)
            let empty = try await officer.post(SiteURL.producerAction(id: producer.id!.uuidString, action: "tu-choi").path, ["reason": " "])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("Vui lòng ghi lý do từ chối"))
            let rejected = try await officer.post(SiteURL.producerAction(id: producer.id!.uuidString, action: "tu-choi").path,
                                                  ["reason": "Giấy đăng ký kinh doanh không khớp tên chủ thể."])
            #expect(rejected.status == .seeOther)
            try #expect(await Self.producer("0202409130", on: app.db).producerStatus == .rejected)
            try #expect(await Browser(app).login("nemchua.tuchoi", password: "mat-khau-rieng-2026").status == .unauthorized)
        }
    }

    @Test("Hai yêu cầu cùng qua bước kiểm tra (bấm đúp, gửi lại): cơ sở dữ liệu vẫn chỉ giữ một chủ thể")
    func uniqueTaxCodeHoldsUnderARace() async throws {
        try await withTestApp { app in
            let form = Self.newProducer
            let input = ProducerService.Input(name: form["name"], legalForm: form["legalForm"], taxCode: form["taxCode"],
                                              representativeName: form["representativeName"], address: form["address"],
                                              communeCode: form["communeCode"])
            guard case .success(let checked) = try await ProducerService.check(input, existingID: nil, on: app.db) else {
                Issue.record("the form should pass its checks")
                return
            }
            try await ProducerService.create(input, checked, status: .active, account: nil, accountIsActive: true, actor: nil, on: app, database: app.db)
            do {
                _ = try await ProducerService.create(input, checked, status: .active, account: nil, accountIsActive: true, actor: nil, on: app, database: app.db)
                Issue.record("a second producer with the same tax code was stored")
            } catch let error as any DatabaseError {
                #expect(error.isConstraintFailure)
            }
            try #expect(await ProducerRecord.query(on: app.db).filter(\.$taxCode == "0202409130").count() == 1)
            try #expect(await AuditEntry.query(on: app.db).filter(\.$recordID == "0202409130").count() == 1, "the failed one left no audit entry")
        }
    }
}
