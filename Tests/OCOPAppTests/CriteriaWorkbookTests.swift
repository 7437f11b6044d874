import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore
import OCOPSpreadsheet

@Suite("Bộ tiêu chí dạng Excel")
struct CriteriaWorkbookTests {
    func browserAsNational(_ app: Application) async throws -> Browser {
        let browser = Browser(app)
        try await browser.login("trunguong")
        try await browser.get(SiteURL.criteriaImport.path)
        return browser
    }

    @Test("Xuất Excel rồi đọc lại được đúng bộ tiêu chí; nhập lại phiên bản mới thành bản nháp giống hệt", arguments: ["QD1048-2019", "QD148-2023"])
    func workbookRoundTrip(code: String) async throws {
        try await withTestApp { app in
            let record = try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$code == code).first())
            let set = try CriteriaStore.load(record)
            let browser = try await browserAsNational(app)
            let exported = try await browser.get(SiteURL.criteriaAction(id: record.id!.uuidString, action: "xlsx").path)
            #expect(exported.status == .ok)
            #expect(exported.headers.first(name: .contentType) == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let data = Data(buffer: exported.body)
            #expect(try CriteriaWorkbook.read(data) == set)

            let same = try await browser.upload(SiteURL.criteriaImport.path, filename: "\(code).xlsx", data: data)
            #expect(same.status == .unprocessableEntity, "same code and version")
            var next = set
            next.version = 7
            next.status = .draft
            let created = try await browser.upload(SiteURL.criteriaImport.path, filename: "\(code)-v7.xlsx", data: try CriteriaWorkbook.data(next))
            #expect(created.status == .seeOther)
            let stored = try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$code == code).filter(\.$version == 7).first())
            #expect(try CriteriaStore.load(stored) == next)
        }
    }

    @Test("Bảng tính điền sai: báo trang, dòng và lý do; không thay đổi gì")
    func badWorkbookIsRefusedWithRows() async throws {
        try await withTestApp { app in
            let record = try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$code == "QD1048-2019").first())
            var set = try CriteriaStore.load(record)
            set.version = 9
            var sheets = try XLSXReader.read(try CriteriaWorkbook.data(set))
            let criteria = try #require(sheets.firstIndex { $0.name == CriteriaSetTables.criteriaSheetName })
            let pointsColumn = try #require(sheets[criteria].rows[0].firstIndex { $0.string == "Điểm" })
            sheets[criteria].rows[13][pointsColumn] = .text("ba")
            let before = try await CriteriaSetRecord.query(on: app.db).count()
            let browser = try await browserAsNational(app)
            let response = try await browser.upload(SiteURL.criteriaImport.path, filename: "sai.xlsx", data: try XLSXWriter.data(sheets))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("dòng 14"))
            #expect(response.body.string.contains("«ba»"))
            #expect(try await CriteriaSetRecord.query(on: app.db).count() == before)
        }
    }

    @Test("Tệp đổi đuôi thành .xlsx nhưng không phải bảng tính bị từ chối")
    func fakeWorkbookIsRefused() async throws {
        try await withTestApp { app in
            let browser = try await browserAsNational(app)
            let fake = Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 200))
            let response = try await browser.upload(SiteURL.criteriaImport.path, filename: "gia.xlsx", data: fake)
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("không phải bảng tính Excel"))
        }
    }
}
