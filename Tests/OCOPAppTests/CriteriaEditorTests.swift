import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

@Suite("Soạn phiếu trong bản nháp")
struct CriteriaEditorTests {
    static let rice = "che-bien-tu-gao-ngu-coc"

    /// The draft copy of the shipped 1048 set, made on first use.
    func draft(_ app: Application) async throws -> (CriteriaSetRecord, CriteriaSet) {
        if let record = try await CriteriaSetRecord.query(on: app.db).filter(\.$code == "QD1048-2019")
            .filter(\.$status == CriteriaSetStatus.draft.rawValue).first() {
            return (record, try CriteriaStore.load(record))
        }
        return try await draftCopy(app, code: "QD1048-2019")
    }

    /// The grid as the page posts it, after `change` edits the rows.
    func form(_ grid: SheetGrid, _ change: (inout [[String]]) -> Void = { _ in }) -> [String: String] {
        var rows = grid.rows
        change(&rows)
        // A copy revises a published text: every save carries its reason.
        var fields = ["rows": String(rows.count), "hanh-dong": "luu", "ly-do": "Thử sửa trong kiểm thử"]
        for (r, row) in rows.enumerated() {
            for (c, value) in row.enumerated() { fields["r\(r)c\(c)"] = value }
        }
        return fields
    }

    func pointsColumn(_ grid: SheetGrid) -> Int { grid.headers.firstIndex(of: "Điểm")! }

    /// A national officer with one grid of the 148 draft open, as the editor page shows it.
    func open148(_ app: Application, _ target: SheetGrid.Target) async throws -> (CriteriaSetRecord, SheetGrid, String, Browser) {
        let (record, _) = try await draftCopy(app, code: "QD148-2023")
        let grid = SheetGrid(set: try CriteriaStore.load(record), target: target)
        let url = SiteURL.criteriaEditor(id: record.id!.uuidString, target: target.segment).path
        let browser = Browser(app)
        try await browser.login("trunguong")
        try #expect(await browser.get(url).status == .ok)
        return (record, grid, url, browser)
    }

    @Test("Biểu mẫu thiếu số dòng (gửi rỗng, bị cắt) bị từ chối 400, phiếu không bị xóa trắng")
    func formWithoutRowCountSavesNothing() async throws {
        try await withTestApp { app in
            let (record, _) = try await draft(app)
            let before = record.document
            let url = SiteURL.criteriaEditor(id: record.id!.uuidString, target: Self.rice).path
            let browser = Browser(app)
            try await browser.login("trunguong")
            try await browser.get(url)
            #expect(try await browser.post(url, [:]).status == .badRequest)
            #expect(try await browser.post(url + "/kiem-tra", [:]).status == .badRequest)
            #expect(try await CriteriaSetRecord.find(record.id, on: app.db)?.document == before)
        }
    }

    @Test("Sửa điểm một phương án: lưu bản nháp, trình kiểm tra báo phần không khớp, có nhật ký")
    func editSavesAndValidates() async throws {
        try await withTestApp { app in
            let (record, set) = try await draft(app)
            let grid = SheetGrid(set: set, target: .productSet(Self.rice))
            let url = SiteURL.criteriaEditor(id: record.id!.uuidString, target: Self.rice).path
            let browser = Browser(app)
            try await browser.login("trunguong")
            let page = try await browser.get(url)
            #expect(page.status == .ok)
            #expect(page.body.string.contains(#"value="A.1.1""#))
            let column = pointsColumn(grid)
            let changed = try await browser.post(url, form(grid) { rows in rows[2][column] = "9" })
            #expect(changed.status == .ok)
            #expect(changed.body.string.contains("Đã lưu bản nháp"))
            #expect(changed.body.string.contains("Phần A"))
            let (_, stored) = try await draft(app)
            #expect(stored != set)
            #expect(stored.productSet(code: Self.rice)!.sheet.criteria.flatMap(\.allOptions).contains { $0.points == Points(9) })
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "criteria.update")
                .filter(\.$recordID == "\(record.code) v\(record.version)").count() == 1)
        }
    }

    @Test("Ô không đọc được: báo dòng và lý do, không lưu gì")
    func unreadableCellSavesNothing() async throws {
        try await withTestApp { app in
            let (record, set) = try await draft(app)
            let grid = SheetGrid(set: set, target: .productSet(Self.rice))
            let url = SiteURL.criteriaEditor(id: record.id!.uuidString, target: Self.rice).path
            let browser = Browser(app)
            try await browser.login("trunguong")
            try await browser.get(url)
            let response = try await browser.post(url, form(grid) { rows in rows[3][pointsColumn(grid)] = "ba" })
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Dòng 4"))
            #expect(response.body.string.contains("«ba»"))
            #expect(response.body.string.contains(#"value="ba""#), "what was typed is kept")
            let (_, stored) = try await draft(app)
            #expect(stored == set)
            let check = try await browser.post(url + "/kiem-tra", form(grid))
            #expect(check.status == .ok)
            #expect(!check.body.string.contains("<html"))
        }
    }

    @Test("Cán bộ xã không soạn được; bộ đã ban hành không sửa được")
    func editorIsGuarded() async throws {
        try await withTestApp { app in
            let (record, set) = try await draft(app)
            let url = SiteURL.criteriaEditor(id: record.id!.uuidString, target: Self.rice).path
            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await commune.get(url).status == .forbidden)
            var published = set
            published.id = "DA-BAN-HANH"
            published.status = .published
            let locked = try await CriteriaStore.insert(published, actor: nil, action: "criteria.import", on: app.db)
            let national = Browser(app)
            try await national.login("trunguong")
            let response = try await national.get(SiteURL.criteriaEditor(id: locked.id!.uuidString, target: Self.rice).path)
            #expect(response.status == .conflict)
            #expect(response.body.string.contains("Hãy sao chép thành bản nháp mới"))
        }
    }

    @Test("Thông tin chung: ngày sai bị từ chối với dòng; đổi tên thì lưu")
    func setPropertiesGrid() async throws {
        try await withTestApp { app in
            let (record, grid, url, browser) = try await open148(app, .setProperties)
            let nameRow = try #require(grid.rows.firstIndex { $0.first == "Tên bộ tiêu chí" })
            let dateRow = try #require(grid.rows.firstIndex { $0.first == "Hiệu lực từ ngày" })
            let bad = try await browser.post(url, form(grid) { rows in rows[dateRow][1] = "32/13/2026" })
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Dòng \(dateRow + 1)"))
            let renamed = try await browser.post(url, form(grid) { rows in rows[nameRow][1] = "Bộ tiêu chí 148 (bản Hải Phòng thử)" })
            #expect(renamed.status == .ok)
            let stored = try CriteriaStore.load(try #require(try await CriteriaSetRecord.find(record.id, on: app.db)))
            #expect(stored.name == "Bộ tiêu chí 148 (bản Hải Phòng thử)")
        }
    }

    @Test("Phân loại: thêm một bộ sản phẩm; trình kiểm tra báo bộ mới chưa có tiêu chí")
    func classificationGridAddsProductSet() async throws {
        try await withTestApp { app in
            let (record, grid, url, browser) = try await open148(app, .classification)
            let template = try #require(grid.rows.first { $0[0] == "I" })
            let response = try await browser.post(url, form(grid) { rows in
                var row = template
                row[4] = "I.2.a"
                row[5] = "Gạo, ngũ cốc, hạt"
                rows.append(row)
            })
            #expect(response.status == .ok)
            let stored = try CriteriaStore.load(try #require(try await CriteriaSetRecord.find(record.id, on: app.db)))
            #expect(stored.productSet(code: "I.2.a")?.name == "Gạo, ngũ cốc, hạt")
            #expect(response.body.string.contains("I.2.a"))
        }
    }
}
