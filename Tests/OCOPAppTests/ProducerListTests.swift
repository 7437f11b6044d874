import Fluent
import Foundation
import OCOPSpreadsheet
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 12, "every long list: search, filters, sort, Excel export": the producers of a scope.
@Suite("Danh sách chủ thể: tìm không dấu, lọc theo xã và trạng thái, sắp xếp, xuất Excel/CSV trong phạm vi")
struct ProducerListTests {
    /// The names in the list table, in order.
    func listed(_ html: String) -> [String] {
        guard let start = html.range(of: #"id="producer-list""#) else { return [] }
        let table = html[start.upperBound...].prefix { _ in true }
        let end = table.range(of: "</table>").map { table[..<$0.lowerBound] } ?? table
        return end.components(separatedBy: #"<td><a href="/chu-the/"#).dropFirst().compactMap { cell in
            cell.split(separator: ">", maxSplits: 1).last.flatMap { $0.split(separator: "<").first }.map(String.init)
        }
    }

    @Test("Cán bộ tỉnh lọc theo xã, trạng thái, tìm không dấu; xuất đúng những gì lọc được; tỉnh khác không có")
    func provinceFiltersAndExports() async throws {
        try await withTestApp { app in
            _ = try await ForeignUnitRecords.make(app)
            let province = Browser(app)
            try await province.login("haiphong")
            let all = try await province.get(SiteURL.producers.path)
            #expect(all.status == .ok)
            #expect(all.body.string.contains(#"<select id="f-xa" name="xa">"#))
            let inProvince = try await ProducerRecord.query(on: app.db).filter(\.$provinceCode == DemoData.haiPhong).all()
            let inVietKhe = inProvince.filter { $0.communeCode == DemoData.vietKhe }
            #expect(!inVietKhe.isEmpty && inVietKhe.count < inProvince.count)

            let byCommune = try await province.get(SiteURL.producers.path + "?xa=\(DemoData.vietKhe)")
            #expect(Set(listed(byCommune.body.string)) == Set(inVietKhe.map(\.name)))
            #expect(byCommune.body.string.contains(#"<option value="\#(DemoData.vietKhe)" selected>"#))
            let active = try await province.get(SiteURL.producers.path + "?trang-thai=active")
            #expect(listed(active.body.string).count == inProvince.filter { $0.producerStatus == .active }.count)
            let named = try #require(inVietKhe.first)
            let typed = SearchFolding.fold(named.name).split(separator: " ").prefix(3).joined(separator: " ")
            let found = try await province.get(SiteURL.producers.path + "?q=" + typed.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(listed(found.body.string).contains(named.name))

            let workbook = try await province.get(SiteURL.producerExport(format: .xlsx).path + "?xa=\(DemoData.vietKhe)")
            #expect(workbook.status == .ok)
            #expect(workbook.headers.first(name: .contentDisposition)?.contains("danh-sach-chu-the-") == true)
            let rows = try #require(try XLSXReader.read(Data(buffer: workbook.body)).first).stringRows
            #expect(rows.first == ProducerListModel.exportHeader)
            #expect(Set(rows.dropFirst().map { $0[1] }) == Set(inVietKhe.map(\.name)))
            let row = try #require(rows.first { $0[1] == named.name })
            #expect(row[3] == named.taxCode && row[5] == named.address)
            let products = try await ProductRecord.query(on: app.db).filter(\.$producer.$id == named.id!).count()
            #expect(row[10] == String(products))

            let everything = try XLSXReader.read(Data(buffer: try await province.get(SiteURL.producerExport(format: .xlsx).path).body))
            let names = try #require(everything.first).stringRows.dropFirst().map { $0[1] }
            #expect(names.count == inProvince.count)
            #expect(!names.contains(ForeignUnitRecords.producerName))
            let csv = try await province.get(SiteURL.producerExport(format: .csv).path + "?q=khong-co-chu-the-nay")
            #expect(csv.body.string == "\u{FEFF}" + ProducerListModel.exportHeader.joined(separator: ",") + "\r\n")
        }
    }

    @Test("Cán bộ xã: không có ô chọn xã, chỉ chủ thể của xã mình; thành viên hội đồng không xem được")
    func communeSeesOwnOnly() async throws {
        try await withTestApp { app in
            let commune = Browser(app)
            try await commune.login("vietkhe")
            let page = try await commune.get(SiteURL.producers.path)
            #expect(page.status == .ok)
            #expect(!page.body.string.contains(#"name="xa""#))
            let own = try await ProducerRecord.query(on: app.db).filter(\.$communeCode == DemoData.vietKhe).all()
            let sorted = try await commune.get(SiteURL.producers.path + "?sap-xep=moi")
            #expect(Set(listed(sorted.body.string)) == Set(own.map(\.name)))
            let rows = try #require(try XLSXReader.read(Data(buffer: try await commune.get(SiteURL.producerExport(format: .xlsx).path).body)).first)
            #expect(rows.stringRows.count == own.count + 1)
            let member = Browser(app)
            try await member.login("hoidong")
            #expect(try await member.get(SiteURL.producerExport(format: .csv).path).status == .forbidden)
        }
    }
}
