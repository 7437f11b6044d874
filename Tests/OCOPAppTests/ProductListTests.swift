import Fluent
import Foundation
import OCOPSpreadsheet
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 12, "every long list: search, filters, sort, Excel export": the products of a scope.
@Suite("Danh sách sản phẩm: tìm không dấu, lọc theo xã và bộ sản phẩm, xuất Excel/CSV trong phạm vi")
struct ProductListTests {
    func listed(_ html: String) -> [String] {
        guard let start = html.range(of: #"id="product-list""#) else { return [] }
        let table = html[start.upperBound...]
        let body = table.range(of: "</table>").map { table[..<$0.lowerBound] } ?? table
        return body.components(separatedBy: #"<td><a href="/san-pham/"#).dropFirst().compactMap { cell in
            cell.split(separator: ">", maxSplits: 1).last.flatMap { $0.split(separator: "<").first }.map(String.init)
        }
    }

    @Test("Cán bộ tỉnh lọc theo xã và bộ sản phẩm; xuất đúng những gì lọc được, không sản phẩm của tỉnh khác")
    func provinceFiltersAndExports() async throws {
        try await withTestApp { app in
            _ = try await ForeignUnitRecords.make(app)
            let province = Browser(app)
            try await province.login("haiphong")
            let inProvince = try await ProductRecord.query(on: app.db).filter(\.$provinceCode == DemoData.haiPhong).all()
            let inVietKhe = inProvince.filter { $0.communeCode == DemoData.vietKhe }
            #expect(!inVietKhe.isEmpty && inVietKhe.count < inProvince.count)

            let byCommune = try await province.get(SiteURL.products.path + "?xa=\(DemoData.vietKhe)")
            #expect(byCommune.status == .ok)
            #expect(Set(listed(byCommune.body.string)) == Set(inVietKhe.map(\.name)))
            let set = try #require(inProvince.first).productSetName
            let bySet = try await province.get(SiteURL.products.path + "?bo=" + set.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(Set(listed(bySet.body.string)) == Set(inProvince.filter { $0.productSetName == set }.map(\.name)))

            let workbook = try await province.get(SiteURL.productExport(format: .xlsx).path + "?xa=\(DemoData.vietKhe)")
            #expect(workbook.status == .ok)
            #expect(workbook.headers.first(name: .contentDisposition)?.contains("danh-sach-san-pham-") == true)
            let rows = try #require(try XLSXReader.read(Data(buffer: workbook.body)).first).stringRows
            #expect(rows.first == ProductListModel.exportHeader)
            #expect(Set(rows.dropFirst().map { $0[1] }) == Set(inVietKhe.map(\.name)))
            #expect(rows.dropFirst().allSatisfy { $0[3] == "Xã Việt Khê" })

            let everything = try XLSXReader.read(Data(buffer: try await province.get(SiteURL.productExport(format: .xlsx).path).body))
            let names = try #require(everything.first).stringRows.dropFirst().map { $0[1] }
            #expect(names.count == inProvince.count)
            #expect(Set(names).isDisjoint(with: ForeignUnitRecords.productNames))
            let csv = try await province.get(SiteURL.productExport(format: .csv).path + "?q=khong-co-san-pham-nay")
            #expect(csv.body.string == "\u{FEFF}" + ProductListModel.exportHeader.joined(separator: ",") + "\r\n")
        }
    }

    @Test("Chủ thể: chỉ sản phẩm của mình, không có ô lọc đơn vị; thành viên hội đồng không xuất được")
    func producerSeesOwn() async throws {
        try await withTestApp { app in
            let producer = Browser(app)
            try await producer.login("chuthe")
            let page = try await producer.get(SiteURL.products.path)
            #expect(page.status == .ok)
            #expect(!page.body.string.contains(#"name="xa""#) && !page.body.string.contains(#"name="tinh""#))
            let account = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "chuthe").with(\.$assignments).first())
            let producerID = try #require(UUID(uuidString: account.assignments.compactMap(\.grant).first { $0.role == .producerRepresentative }?.subjectID ?? ""))
            let own = try await ProductRecord.query(on: app.db).filter(\.$producer.$id == producerID).all()
            let rows = try #require(try XLSXReader.read(Data(buffer: try await producer.get(SiteURL.productExport(format: .xlsx).path).body)).first)
            #expect(Set(rows.stringRows.dropFirst().map { $0[1] }) == Set(own.map(\.name)))
            let member = Browser(app)
            try await member.login("hoidong")
            #expect(try await member.get(SiteURL.productExport(format: .csv).path).status == .forbidden)
        }
    }
}
