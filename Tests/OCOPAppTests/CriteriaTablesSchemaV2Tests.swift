import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore
import OCOPSpreadsheet

/// The 26/2026 set through the two ways of editing a set as tables: the Excel workbook (XLSX written
/// and read by OCOPSpreadsheet) and the browser grid. Nothing of schema 2 may be lost on the way.
@Suite("Bộ tiêu chí 26/2026 qua Excel và lưới soạn")
struct CriteriaTablesSchemaV2Tests {
    /// The shipped 26/2026 set as imported, typos included.
    static let law26: CriteriaSet = {
        let folder = ResourceFiles.root.appendingPathComponent("reference")
        return try! Law26Importer.importSet(criteria: folder.appendingPathComponent("qd26-2026.json"),
                                            classification: folder.appendingPathComponent("classification-qd26-2026.json")).criteriaSet
    }()

    /// What an officer would do first: the criterion printed without options becomes yes/no.
    static let law26YesNo: CriteriaSet = {
        var set = law26
        for g in set.groups.indices {
            for s in set.groups[g].subGroups.indices {
                for p in set.groups[g].subGroups[s].productSets.indices {
                    for part in set.groups[g].subGroups[s].productSets[p].sheet.parts.indices {
                        for section in set.groups[g].subGroups[s].productSets[p].sheet.parts[part].sections.indices {
                            for c in set.groups[g].subGroups[s].productSets[p].sheet.parts[part].sections[section].criteria.indices {
                                let criterion = set.groups[g].subGroups[s].productSets[p].sheet.parts[part].sections[section].criteria[c]
                                guard criterion.allOptions.isEmpty, criterion.subCriteria.isEmpty, let max = criterion.declaredMaxPoints else { continue }
                                set.groups[g].subGroups[s].productSets[p].sheet.parts[part].sections[section].criteria[c] =
                                    YesNo.criterion(code: criterion.code, text: criterion.text, maximum: max, note: criterion.note)
                            }
                        }
                    }
                }
            }
        }
        set.version = 2
        return set
    }()

    /// The product set whose section maximum is printed on two lines ("4" and "1").
    static var twoLineSection: ProductSet {
        law26.productSets.first { $0.sheet.parts.contains { $0.sections.contains { $0.sourceMaxPointsRaw?.contains("\n") == true } } }!
    }

    /// The grid as a browser posts it: multi-line cells come from text areas with CRLF line ends.
    static func form(_ grid: SheetGrid) -> [String: String] {
        var fields = ["rows": String(grid.rows.count), "hanh-dong": "luu"]
        for (r, row) in grid.rows.enumerated() {
            for (c, value) in row.enumerated() { fields["r\(r)c\(c)"] = value.replacingOccurrences(of: "\n", with: "\r\n") }
        }
        return fields
    }

    @Test("Xuất Excel rồi đọc lại bộ 26/2026: giống hệt, trình kiểm tra báo đúng các lỗi như trước", arguments: [0, 1])
    func workbookRoundTrip(variant: Int) throws {
        let set = variant == 0 ? Self.law26 : Self.law26YesNo
        let read = try CriteriaWorkbook.read(try CriteriaWorkbook.data(set))
        #expect(read == set)
        #expect(CriteriaSetValidator.validate(read) == CriteriaSetValidator.validate(set))
        #expect(!CriteriaSetValidator.validate(read).defects.isEmpty, "the typos are still reported")
    }

    /// Every grid of the 26/2026 set, saved unchanged as a browser posts it, gives back the same set.
    @Test("Lưu lại lưới của mọi phiếu 26/2026 không làm mất gì")
    func everyGridKeepsEverything() {
        let set = Self.law26YesNo
        let targets: [SheetGrid.Target] = [.setProperties, .classification] + set.productSets.map { .productSet($0.code) }
        for target in targets {
            let grid = SheetGrid(set: set, target: target)
            let posted = SheetGrid(target: target, headers: grid.headers,
                                   rows: SheetGrid.rows(from: Self.form(grid), rowCount: grid.rows.count, columnCount: grid.headers.count))
            guard case .set(let saved) = posted.apply(to: set) else {
                Issue.record("\(target): the unchanged grid was refused")
                continue
            }
            #expect(saved == set, "\(target)")
        }
        let grid = SheetGrid(set: set, target: .productSet(Self.twoLineSection.code))
        for header in ["Mức tối thiểu cho hạng sao", "Tiêu chí cha", "Điểm in trên văn bản", "Điểm tối đa của mục in trên văn bản", "Có/Không"] {
            #expect(grid.headers.contains(header), "\(header)")
        }
        #expect(SheetGrid(set: set, target: .classification).headers.suffix(2) == ["Cơ quan chủ trì", "Điều kiện loại hồ sơ"])
    }

    @Test("Soạn phiếu 26/2026 trên trình duyệt: ô hai dòng hiện bằng ô nhiều dòng; lưu lại giữ nguyên bộ tiêu chí")
    func savingA26GridOverHTTPKeepsEverything() async throws {
        try await withTestApp { app in
            var set = Self.law26
            set.id = "QD26-2026-LUOI"
            let record = try await CriteriaStore.insert(set, actor: nil, action: "criteria.import", on: app.db)
            let productSet = Self.twoLineSection
            let url = SiteURL.criteriaEditor(id: record.id!.uuidString, target: productSet.code).path
            let browser = Browser(app)
            try await browser.login("trunguong")
            let page = try await browser.get(url)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Mức tối thiểu cho hạng sao"))
            #expect(page.body.string.contains("4\n1</textarea>"), "a two-line cell is a text area")
            let grid = SheetGrid(set: set, target: .productSet(productSet.code))
            let saved = try await browser.post(url, Self.form(grid))
            #expect(saved.status == .ok)
            #expect(saved.body.string.contains("Đã lưu bản nháp"))
            let stored = try CriteriaStore.load(try #require(try await CriteriaSetRecord.find(record.id, on: app.db)))
            #expect(stored == set)

            // The classification grid carries the ministries and the elimination rules.
            let classification = SheetGrid(set: set, target: .classification)
            let classificationURL = SiteURL.criteriaEditor(id: record.id!.uuidString, target: SheetGrid.Target.classificationSegment).path
            try await browser.get(classificationURL)
            #expect(try await browser.post(classificationURL, Self.form(classification)).status == .ok)
            let again = try CriteriaStore.load(try #require(try await CriteriaSetRecord.find(record.id, on: app.db)))
            #expect(again == set)
            #expect(again.productSets.allSatisfy { $0.responsibleAuthority != nil })
            #expect(again.productSets.contains { !$0.sheet.eliminationRules.isEmpty })
        }
    }
}
