import Fluent
import Foundation
import OCOPCore
import Testing
import VaporTesting
@testable import OCOPApp

@Suite("Sản phẩm")
struct ProductsTests {
    @Test("Đại diện chủ thể thêm sản phẩm với bộ sản phẩm; có nhật ký; sai thì giữ giá trị")
    func representativeAddsProduct() async throws {
        try await withTestApp { app in
            let kySon = try await ProducersTests.producer(DemoData.chutheTaxCode, on: app.db)
            let browser = Browser(app)
            try await browser.login("chuthe")
            let path = SiteURL.newProduct(producerID: kySon.id!.uuidString).path
            let page = try await browser.get(path)
            #expect(page.status == .ok)
            #expect(page.body.string.contains(#"<option value="QD148-2023|I.2.b">"#))
            let bad = try await browser.post(path, ["name": "Mật ong hoa nhãn Kỳ Sơn", "productSet": "", "trademarkStatus": "none",
                                                    "description": "Mật ong hoa nhãn"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Vui lòng chọn bộ sản phẩm theo bộ tiêu chí."))
            #expect(bad.body.string.contains(#"value="Mật ong hoa nhãn Kỳ Sơn""#))
            #expect(bad.body.string.contains(">Mật ong hoa nhãn</textarea>"))
            let created = try await browser.post(path, ["name": "Mật ong hoa nhãn Kỳ Sơn", "productSet": "QD148-2023|I.2.b",
                                                        "trademarkStatus": "applied", "rawMaterialArea": "120 đàn ong"])
            #expect(created.status == .seeOther)
            let product = try #require(try await ProductRecord.query(on: app.db).filter(\.$name == "Mật ong hoa nhãn Kỳ Sơn").first())
            #expect(product.criteriaSetCode == "QD148-2023" && product.productSetCode == "I.2.b")
            #expect(product.productSetName == "Mật ong, mật khác và nông sản thực phẩm khác")
            #expect(product.communeCode == DemoData.vietKhe && product.trademark == .applied)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "product.create")
                .filter(\.$recordID == "\(DemoData.chutheTaxCode)/Mật ong hoa nhãn Kỳ Sơn").first())
            #expect(entry.actorName.contains("chuthe"))
            let detail = try await browser.get(try #require(created.location)).body.string
            #expect(detail.contains("Sản phẩm chưa được công nhận sản phẩm OCOP."))
        }
    }

    @Test("Sản phẩm mẫu: 3★ đến hạn đánh giá lại – một trong thời hạn, một đã hết hạn, một chưa đến hạn nộp")
    func demoRecognitionsAreDueForReEvaluation() async throws {
        try await withTestApp { app in
            let today = CalendarDay.inVietnam(Date())
            let product = try #require(try await ProductRecord.query(on: app.db).filter(\.$name == "Mật ong An Sơn").first())
            let browser = Browser(app)
            try await browser.login("vietkhe")
            let html = try await browser.get(SiteURL.product(id: product.id!.uuidString).path).body.string
            #expect(html.contains("4521/QĐ-UBND"))
            #expect(html.contains("Đã hết hạn"))
            #expect(html.contains("Đã quá thời hạn nộp hồ sơ đánh giá lại"))
            #expect(html.contains("I.2.b · Mật ong, mật khác và nông sản thực phẩm khác"))
            // Dated from the seeding day; a month end may move the expiry by up to three days.
            for (name, days, phase) in [("Mật ong An Sơn", -40, ReEvaluationFilingPhase.late), ("Rượu nếp men lá Kỳ Sơn", 150, .onTime),
                                        ("Na bở An Sơn", 200, .tooEarly)] {
                let record = try #require(try await ProductRecord.query(on: app.db).filter(\.$name == name).with(\.$recognitions).first())
                let recognition = try #require(record.recognitions.first?.recognition)
                #expect(recognition.star == .three)
                #expect(abs(recognition.expiryDay.days(to: today.adding(days: days))) <= 3, "\(name)")
                #expect(ReEvaluationWindow(recognition).phase(on: today) == phase, "\(name)")
            }
        }
    }

    @Test("Bảng điều khiển đếm chủ thể và sản phẩm thật")
    func dashboardsCount() async throws {
        try await withTestApp { app in
            let officer = Browser(app)
            try await officer.login("vietkhe")
            let commune = try await officer.get(SiteURL.dashboard.path).body.string
            #expect(commune.contains(#"<span class="stat-value">3</span><a href="/chu-the" class="stat-label">Chủ thể của xã</a>"#))
            #expect(commune.contains(#"<span class="stat-value">4</span><a href="/san-pham" class="stat-label">Sản phẩm của xã</a>"#))
            let representative = Browser(app)
            try await representative.login("chuthe")
            let mine = try await representative.get(SiteURL.dashboard.path).body.string
            #expect(mine.contains(#"<span class="stat-value">2</span><a href="/san-pham" class="stat-label">Sản phẩm của chủ thể</a>"#))
            #expect(mine.contains("Hợp tác xã Nông nghiệp Kỳ Sơn"))
            #expect(mine.contains("Sản phẩm của tôi"))
        }
    }
}

enum CalendarDayProbe {
    static let endOfNovember2026 = CalendarDay(year: 2026, month: 11, day: 30)!
}
