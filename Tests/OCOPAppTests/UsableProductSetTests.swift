import Fluent
import Foundation
import OCOPCore
import Testing
import VaporTesting
@testable import OCOPApp

/// A product set whose sheet cannot be scored is never offered (issue 12: the demo's «Rượu nếp cẩm
/// Kỳ Sơn» sat on such a sheet and its dossier stopped at the council).
@Suite("Bộ sản phẩm chấm được")
struct UsableProductSetTests {
    @Test("Bộ đang có lỗi không có trong danh sách chọn; gửi thẳng thì bị từ chối với lý do, không tạo sản phẩm")
    func defectiveSetIsNotOffered() async throws {
        try await withTestApp { app in
            let entries = try await ProductSetCatalog.entries(on: app.db)
            let defective = try #require(entries.first { !$0.isUsable }, "the shipped 1048 data has sheets that do not add up")
            let usable = try #require(entries.first { $0.isUsable && $0.inForce })
            let kySon = try await ProducersTests.producer(DemoData.chutheTaxCode, on: app.db)
            let browser = Browser(app)
            try await browser.login("chuthe")
            let path = SiteURL.newProduct(producerID: kySon.id!.uuidString).path
            let page = try await browser.get(path).body.string
            #expect(page.contains(#"<option value="\#(usable.value)">"#))
            #expect(!page.contains(#"value="\#(defective.value)""#))

            let refused = try await browser.post(path, ["name": "Sản phẩm thử bộ lỗi", "productSet": defective.value, "trademarkStatus": "none"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("đang có lỗi nên chưa chấm điểm được"))
            #expect(refused.body.string.contains(#"value="Sản phẩm thử bộ lỗi""#))
            try #expect(await ProductRecord.query(on: app.db).filter(\.$name == "Sản phẩm thử bộ lỗi").count() == 0)
        }
    }

    @Test("Mọi sản phẩm mẫu nằm trên bộ chấm được")
    func demoProductsAreScorable() async throws {
        try await withTestApp { app in
            let usable = Set(try await ProductSetCatalog.entries(on: app.db).filter(\.isUsable).map(\.value))
            let products = try await ProductRecord.query(on: app.db).all()
            #expect(!products.isEmpty)
            for product in products {
                #expect(usable.contains("\(product.criteriaSetCode)|\(product.productSetCode)"), "\(product.name): \(product.productSetCode)")
            }
        }
    }

    @Test("Bộ sản phẩm in bằng lời: mã theo luật (148, 26/2026) kèm tên; 1048 chỉ tên, không in mã nội bộ")
    func productSetLabels() {
        let law = ProductRecord()
        law.productSetCode = "I.3.c"
        law.productSetName = "Rượu, cồn"
        #expect(law.productSetLabel() == "I.3.c · Rượu, cồn")
        #expect(law.productSetLabel(separator: " ") == "I.3.c Rượu, cồn")
        let legacy = ProductRecord()
        legacy.productSetCode = "che-tuoi-che-bien"
        legacy.productSetName = "Chè tươi, chế biến"
        #expect(legacy.productSetLabel() == "Chè tươi, chế biến")
    }
}
