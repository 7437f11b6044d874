import Fluent
import Foundation
import OCOPCore
import Testing
import VaporTesting
@testable import OCOPApp

/// The producer's place is picked from lists, province then commune (issue 12): nobody types 11503.
@Suite("Chọn tỉnh rồi xã")
struct CommunePickerTests {
    static func options(of select: String, in html: String) throws -> [String] {
        let start = try #require(html.range(of: #"<select id="\#(select)""#))
        let end = try #require(html.range(of: "</select>", range: start.upperBound..<html.endIndex))
        let block = String(html[start.upperBound..<end.lowerBound])
        // Plot writes an empty value as a bare `value`.
        return block.components(separatedBy: "<option value").dropFirst()
            .map { $0.hasPrefix("=\"") ? String($0.dropFirst(2).prefix { $0 != "\"" }) : "" }
    }

    @Test("Trang đăng ký: danh sách 34 tỉnh, chưa có xã cho đến khi chọn tỉnh; không còn ô gõ mã xã")
    func signUpOffersProvincesFirst() async throws {
        try await withTestApp { app in
            let page = try await Browser(app).get(SiteURL.producerSignUp.path)
            #expect(page.status == .ok)
            let html = page.body.string
            let provinces = try Self.options(of: "f-provinceCode", in: html)
            #expect(provinces.count == 35, "the prompt and the 34 provinces")
            #expect(provinces.contains(DemoData.haiPhong))
            #expect(try Self.options(of: "f-communeCode", in: html) == [""])
            #expect(html.contains(#"<option value selected>— Chọn tỉnh, thành phố trước —</option>"#))
            #expect(html.contains(#"data-communes="/don-vi/xa-phuong""#))
            #expect(!html.contains(#"<input type="text" name="communeCode""#))
        }
    }

    @Test("Danh sách xã của một tỉnh (JSON) theo thứ tự chữ cái; tỉnh không có thì danh sách rỗng")
    func communeListOfAProvince() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            let response = try await browser.get(SiteURL.communeOptions.path + "?tinh=" + DemoData.haiPhong)
            #expect(response.status == .ok)
            let list = try JSONDecoder().decode([UnitsController.CommuneOption].self, from: Data(response.body.readableBytesView))
            let vietKhe = try #require(list.first { $0.code == DemoData.vietKhe })
            #expect(vietKhe.name == "Xã Việt Khê")
            let units = try await AdminUnit.query(on: app.db).filter(\.$provinceCode == DemoData.haiPhong).filter(\.$level == .commune).all()
            #expect(list.count == units.count)
            let names = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
            let keys = list.map { SearchFolding.fold(names[$0.code] ?? "") }
            #expect(keys == keys.sorted(), "by the name without diacritics")
            let unknown = try await browser.get(SiteURL.communeOptions.path + "?tinh=99")
            #expect(unknown.status == .ok && unknown.body.string == "[]")
        }
    }

    @Test("Chọn tỉnh mà chưa chọn xã: trang hiện các xã của tỉnh, báo cần chọn xã, giữ những gì đã gõ")
    func provinceWithoutCommuneComesBackWithItsCommunes() async throws {
        try await withTestApp { app in
            let visitor = Browser(app)
            try await visitor.get(SiteURL.producerSignUp.path)
            let form = ["name": "HTX Rau sạch Thử", "legalForm": "householdBusiness", "taxCode": "0202409130",
                        "representativeName": "Nguyễn Văn Thử", "address": "Thôn 1", "provinceCode": DemoData.haiPhong, "communeCode": "",
                        "accountUsername": "rau.thu", "accountPassword": "mat-khau-thu-2026"]
            let response = try await visitor.post(SiteURL.producerSignUp.path, form)
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains(#"<p class="error" id="f-communeCode-error">Vui lòng chọn xã, phường nơi chủ thể đăng ký.</p>"#))
            #expect(html.contains(#"<option value="\#(DemoData.haiPhong)" selected>"#))
            #expect(try Self.options(of: "f-communeCode", in: html).contains(DemoData.vietKhe))
            #expect(html.contains(#"value="HTX Rau sạch Thử""#))
            try #expect(await ProducerRecord.query(on: app.db).filter(\.$taxCode == "0202409130").count() == 0)

            var chosen = form
            chosen["communeCode"] = DemoData.vietKhe
            let sent = try await visitor.post(SiteURL.producerSignUp.path, chosen)
            #expect(sent.status == .seeOther)
            let producer = try #require(try await ProducerRecord.query(on: app.db).filter(\.$taxCode == "0202409130").first())
            #expect(producer.communeCode == DemoData.vietKhe)
        }
    }

    @Test("Cán bộ xã thêm chủ thể: tỉnh và xã của mình đã được chọn, chỉ tỉnh của mình")
    func communeOfficerStartsAtOwnCommune() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("vietkhe")
            let html = try await browser.get(SiteURL.newProducer.path).body.string
            #expect(try Self.options(of: "f-provinceCode", in: html) == ["", DemoData.haiPhong])
            #expect(html.contains(#"<option value="\#(DemoData.vietKhe)" selected>"#))
        }
    }
}
