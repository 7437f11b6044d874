import Foundation
import PropertyBased
import Testing
@testable import OCOPCore

/// The tables (Excel workbook and browser grid) carry schema 2 without loss: star minimums,
/// sub-criteria, yes/no criteria, printed maxima, points printed wrongly, elimination rules and the
/// responsible ministry, while a workbook written before those columns still reads.
@Suite("Bảng bộ tiêu chí mang đủ lược đồ 2 (26/2026)")
struct CriteriaSetTableSchemaV2Tests {
    typealias Tables = CriteriaSetTables

    /// Exports, imports, and says where the result first differs, so that a failure explains itself.
    static func expectRoundTrip(_ set: CriteriaSet, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let read = try Tables.make(from: set).criteriaSet()
        #expect(read == set, "\(StructuralDiff.first(set, read) ?? "(no difference found by reflection)")",
                sourceLocation: sourceLocation)
        // The validator reads every schema 2 field: the same defects, in the same order, word for word.
        #expect(CriteriaSetValidator.validate(read) == CriteriaSetValidator.validate(set), sourceLocation: sourceLocation)
    }

    // MARK: Round trips of the shipped sets

    /// The 26/2026 set exactly as imported: its defects (options without points, "13", "11", a section
    /// maximum printed as "4" and "1", a criterion printed without options) come back as they were.
    @Test func law26AsImportedComesBackIdentical() throws {
        let set = Law26Fixtures.set
        #expect(set.productSets.contains { $0.sheet.criteria.contains { $0.allOptions.contains { $0.sourcePointsRaw == "" } } })
        #expect(!CriteriaSetValidator.validate(set).defects.isEmpty, "the shipped copy carries its typos")
        try Self.expectRoundTrip(set)
    }

    @Test func law26CorrectedComesBackIdentical() throws {
        #expect(Law26Fixtures.corrected.productSets.contains { $0.sheet.criteria.contains(where: \.isYesNo) })
        try Self.expectRoundTrip(Law26Fixtures.corrected)
    }

    @Test func legacy1048ComesBackIdentical() throws {
        try Self.expectRoundTrip(Fixtures.legacy1048.criteriaSet)
    }

    @Test func framework148ComesBackIdentical() throws {
        try Self.expectRoundTrip(.framework148())
    }

    /// Every schema 2 shape, also those the shipped data lacks: nested sub-criteria, a sub-criterion
    /// with cases and rules, several elimination rules, a yes/no criterion with options of its own,
    /// points printed wrongly but already corrected, empty printed cells.
    @Test func everySchema2ShapeComesBackIdentical() throws {
        var set = Fixtures.demoSet
        var sheet = Fixtures.demoSheet
        sheet.eliminationRules = ["Hồ sơ bị loại khi: giả mạo hồ sơ", "Hồ sơ bị loại khi: không đủ điều kiện"]
        sheet.parts[0].sections[0].maxPoints = 12
        sheet.parts[0].sections[0].sourceMaxPointsRaw = "4\n1"
        sheet.parts[1].sections[0].sourceMaxPointsRaw = ""
        sheet.parts[0].sections[0].criteria[0].options[1].minForStar = .four
        sheet.parts[0].sections[0].criteria[0].options[2].minForStar = .five
        sheet.parts[0].sections[0].criteria[0].options[0].sourcePointsRaw = ""
        sheet.parts[0].sections[0].criteria[0].options[1].sourcePointsRaw = "13"
        sheet.parts[0].sections[0].criteria[0].options[2].sourcePointsRaw = "1,5"  // corrected points kept beside the print
        sheet.parts[0].sections[0].criteria[0].declaredMaxPoints = 3
        var inner = Fixtures.criterion("C.6.1.1.1", [0, 1])
        inner.mandatory = MandatoryRule(gatesStar: .three)
        var middle = Criterion(code: "C.6.1.1", text: "Tạp chất", declaredMaxPoints: 2, subCriteria: [inner, Fixtures.criterion("C.6.1.1.2", [0, 1])])
        middle.note = "Ghi chú của tiêu chí con"
        var cased = Criterion(code: "C.6.1.2", text: "Màu sắc", alternatives: [
            AlternativeCase(id: "a", text: "Trường hợp a", options: [Fixtures.option("a.1", 0), Fixtures.option("a.2", 2)]),
        ])
        cased.appliesWhen = ApplicabilityRule(criterionCode: "C.6.1.1.1", optionIDs: ["2"])
        let heading = Criterion(code: "C.6.1", text: "Ngoại hình", declaredMaxPoints: 4, subCriteria: [middle, cased])
        sheet.parts[2].sections.append(SheetSection(title: "6. CẢM QUAN", criteria: [
            heading, YesNo.criterion(code: "C.6.2", text: "Ghi nhãn song ngữ", maximum: 1, note: "Có/không"),
            Criterion(code: "C.6.3", text: "Có/không nhưng có phương án riêng", options: [Fixtures.option("1", 0), Fixtures.option("2", 2)],
                      declaredMaxPoints: 2, isYesNo: true),
            Criterion(code: "C.6.4", text: "Có/không, thiếu điểm tối đa", options: YesNo.options(maximum: 0), isYesNo: true),
            Criterion(code: "C.6.5", text: "In không có phương án", declaredMaxPoints: 1),
        ], maxPoints: 9))
        set.groups[0].subGroups[0].productSets[0].sheet = sheet
        set.groups[0].subGroups[0].productSets[0].responsibleAuthority = "Bộ Nông nghiệp và Môi trường"
        set.groups[0].subGroups[0].productSets.append(ProductSet(code: "khac", name: "Bộ khác", sheet: ScoringSheet(eliminationRules: ["Chỉ một điều kiện"])))
        try Self.expectRoundTrip(set)

        // What a spreadsheet gives back (whitespace around values, trailing blanks dropped) reads the same.
        var tables = Tables.make(from: set)
        for s in tables.sheets.indices {
            tables.sheets[s].rows = tables.sheets[s].rows.map { row in
                var row = row.map { " \($0) " }
                while row.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { row.removeLast() }
                return row
            }
        }
        let read = try tables.criteriaSet()
        #expect(read == set, "\(StructuralDiff.first(set, read) ?? "")")
    }

    /// Random sets given every schema 2 feature at random places: star marks, printed maxima (right or
    /// wrong), points printed wrongly, headings over neighbouring criteria, yes/no criteria, elimination
    /// rules and ministries. Always identical after the tables, with the same defects.
    @Test func randomSchema2SetsRoundTrip() async {
        await propertyCheck(count: 150, input: Gen.uint64()) { seed in
            var rng = SplitMix64(seed: seed)
            var set = RandomMinimums.mark(RandomSets.criteriaSet(seed: seed, defectRate: 0), rng: &rng)
            for g in set.groups.indices {
                for s in set.groups[g].subGroups.indices {
                    for p in set.groups[g].subGroups[s].productSets.indices {
                        Self.sprinkle(&set.groups[g].subGroups[s].productSets[p], rng: &rng)
                    }
                }
            }
            do throws(CriteriaTableError) {
                let read = try Tables.make(from: set).criteriaSet()
                #expect(read == set, "\(StructuralDiff.first(set, read) ?? "")")
                #expect(CriteriaSetValidator.validate(read) == CriteriaSetValidator.validate(set))
            } catch {
                Issue.record("refused: \(error)")
            }
        }
    }

    static func sprinkle(_ productSet: inout ProductSet, rng: inout SplitMix64) {
        let words = ["Hồ sơ bị loại khi: giả mạo hồ sơ", "Không đủ điều kiện", "Sản phẩm vi phạm"]
        productSet.sheet.eliminationRules = (0..<Int.random(in: 0...3, using: &rng)).map { words[$0] }
        if Bool.random(using: &rng) { productSet.responsibleAuthority = "Bộ Công Thương" }
        for p in productSet.sheet.parts.indices {
            for s in productSet.sheet.parts[p].sections.indices {
                var section = productSet.sheet.parts[p].sections[s]
                if Bool.random(using: &rng) { section.maxPoints = Bool.random(using: &rng) ? section.criteriaMaximum : Points(7) }
                if Int.random(in: 0..<4, using: &rng) == 0 { section.sourceMaxPointsRaw = ["4\n1", "", "?"].randomElement(using: &rng)! }
                for c in section.criteria.indices {
                    if Bool.random(using: &rng) { section.criteria[c].declaredMaxPoints = section.criteria[c].maxPoints }
                    for o in section.criteria[c].options.indices where Int.random(in: 0..<8, using: &rng) == 0 {
                        section.criteria[c].options[o].sourcePointsRaw = ["", "13", "1/2"].randomElement(using: &rng)!
                        if Bool.random(using: &rng) { section.criteria[c].options[o].points = .zero }
                    }
                    if Int.random(in: 0..<8, using: &rng) == 0 {
                        let max = Points(Int.random(in: 0...3, using: &rng))
                        section.criteria[c] = YesNo.criterion(code: section.criteria[c].code, text: section.criteria[c].text, maximum: max)
                    }
                }
                // A heading over the first two criteria (codes made unique under it), sometimes nested.
                if section.criteria.count >= 2, Bool.random(using: &rng) {
                    var subs = Array(section.criteria.prefix(2))
                    let code = subs[0].code + "H"
                    for i in subs.indices { subs[i].code = "\(code).\(i + 1)"; subs[i].appliesWhen = nil }
                    if Bool.random(using: &rng) {
                        subs[1] = Criterion(code: subs[1].code, text: "Tiêu chí con có con", subCriteria: [Self.renamed(subs[1], "\(subs[1].code).1")])
                    }
                    section.criteria.replaceSubrange(0..<2, with: [Criterion(code: code, text: "Tiêu chí cha", subCriteria: subs)])
                }
                productSet.sheet.parts[p].sections[s] = section
            }
        }
    }

    static func renamed(_ criterion: Criterion, _ code: String) -> Criterion {
        var copy = criterion
        copy.code = code
        return copy
    }

    // MARK: Old workbooks

    /// A workbook written before schema 2 has none of the new columns: it reads exactly as before.
    @Test func schema1WorkbookWithoutTheNewColumnsStillImports() throws {
        let set = Fixtures.legacy1048.criteriaSet
        let newCriteriaHeaders = Set([CriteriaColumn.sectionMax, .sectionMaxPrinted, .parent, .criterionMax, .yesNo, .pointsPrinted, .minForStar]
            .map(\.header))
        let newClassificationHeaders = Set([ClassificationColumn.authority, .eliminationRule].map(\.header))
        var tables = Tables.make(from: set)
        for s in tables.sheets.indices {
            let dropped: Set<String> = switch tables.sheets[s].name {
            case Tables.criteriaSheetName: newCriteriaHeaders
            case Tables.classificationSheetName: newClassificationHeaders
            default: []
            }
            let keep = tables.sheets[s].rows[0].indices.filter { !dropped.contains(tables.sheets[s].rows[0][$0]) }
            tables.sheets[s].rows = tables.sheets[s].rows.map { row in keep.map { row[$0] } }
        }
        #expect(tables.sheets.first { $0.name == Tables.criteriaSheetName }?.rows[0].count == 20, "the schema 1 layout")
        #expect(tables.sheets.first { $0.name == Tables.classificationSheetName }?.rows[0].count == 6)
        let read = try tables.criteriaSet()
        #expect(read == set, "\(StructuralDiff.first(set, read) ?? "")")
    }

    /// The exact header row of the schema 1 workbook, typed by hand, with a 148-style sheet.
    @Test func schema1HeaderRowTypedByHandReads() throws {
        let tables = Tables(sheets: [
            .init(name: "Bộ tiêu chí", rows: [
                ["Thuộc tính", "Giá trị", "Giá trị 2", "Giá trị 3", "Giải thích"],
                ["Mã bộ tiêu chí", "CU"], ["Phiên bản", "1"], ["Tên bộ tiêu chí", "Bộ cũ"], ["Phần", "A", "Phần A", "100"],
            ]),
            .init(name: "Phân loại", rows: [
                ["Mã nhóm", "Tên nhóm", "Mã phân nhóm", "Tên phân nhóm", "Mã bộ sản phẩm", "Tên bộ sản phẩm"],
                ["I", "Thực phẩm", "I.1", "Rau", "I.1.a", "Rau tươi"],
            ]),
            .init(name: "Tiêu chí", rows: [
                ["Mã bộ sản phẩm", "Phần", "Tên phần", "Điểm tối đa của phần", "Mục", "Tên mục", "Mã tiêu chí", "Nội dung tiêu chí",
                 "Mã trường hợp", "Trường hợp", "Mã phương án", "Phương án", "Điểm", "Phương án loại", "Bắt buộc từ hạng",
                 "Phương án đạt yêu cầu bắt buộc", "Chỉ áp dụng khi tiêu chí", "Chỉ áp dụng khi chọn phương án", "Ghi chú", "Hồ sơ minh chứng"],
                ["I.1.a", "A", "Phần A", "100", "1", "Mục 1", "A.1", "Nguồn gốc", "", "", "1", "Không", "0", "", "", "", "", "", "", ""],
                ["I.1.a", "A", "", "", "1", "", "A.1", "", "", "", "2", "Có", "100", "", "3", "2", "", "", "", ""],
            ]),
        ])
        let set = try tables.criteriaSet()
        let productSet = try #require(set.productSet(code: "I.1.a"))
        #expect(productSet.responsibleAuthority == nil)
        #expect(productSet.sheet == ScoringSheet(parts: [SheetPart(code: "A", name: "Phần A", maxPoints: 100, sections: [
            SheetSection(title: "Mục 1", criteria: [Criterion(code: "A.1", text: "Nguồn gốc",
                options: [Fixtures.option("1", 0, "Không"), Fixtures.option("2", 100, "Có")],
                mandatory: MandatoryRule(gatesStar: .three, requiredOptionIDs: ["2"]))]),
        ])]))
    }

    // MARK: What the officer sees

    @Test func theNewColumnsAreInVietnameseNextToWhatTheyQualify() {
        let tables = Tables.make(from: Fixtures.demoSet)
        #expect(tables.sheets.map(\.name) == ["Bộ tiêu chí", "Phân loại", "Tiêu chí", "Hướng dẫn"])
        #expect(tables.sheets[1].rows[0] == ["Mã nhóm", "Tên nhóm", "Mã phân nhóm", "Tên phân nhóm", "Mã bộ sản phẩm", "Tên bộ sản phẩm",
                                             "Cơ quan chủ trì", "Điều kiện loại hồ sơ"])
        // The «Tiêu chí» header row itself is pinned by CriteriaSetTableTests.sheetsAndHeadersAreInVietnamese.
        // The guide explains every column of «Tiêu chí» and the new ones of «Phân loại».
        let guide = tables.sheets[3].rows
        for column in CriteriaColumn.allCases {
            #expect(guide.contains { $0[0] == Tables.criteriaSheetName && $0[1] == column.header }, "\(column.header)")
        }
        for column in [ClassificationColumn.authority, .eliminationRule] {
            #expect(guide.contains { $0[0] == Tables.classificationSheetName && $0[1] == column.header }, "\(column.header)")
        }
    }

    /// The 26/2026 rows say what the printed sheet says, in the cells an officer reads.
    @Test func law26RowsShowMarksParentsAndPrints() throws {
        let tables = Tables.make(from: Law26Fixtures.corrected)
        let rows = tables.sheets[2].rows
        func cell(_ row: [String], _ column: CriteriaColumn) -> String { row[column.rawValue] }
        #expect(rows.contains { ["3", "4", "5"].contains(cell($0, .minForStar)) })
        #expect(rows.contains { cell($0, .pointsPrinted) == "13" && cell($0, .points).isEmpty })
        #expect(rows.contains { cell($0, .pointsPrinted) == TableText.printedBlank })
        #expect(rows.contains { cell($0, .sectionMaxPrinted) == "4\n1" })
        #expect(rows.contains { !cell($0, .parent).isEmpty })
        let yesNo = try #require(rows.first { cell($0, .yesNo) == "x" })
        #expect(cell(yesNo, .optionID).isEmpty && !cell(yesNo, .criterionMax).isEmpty, "a yes/no criterion is its flag and maximum")
        // Every sub-criterion's parent is written on a row of its own just before it.
        for (index, row) in rows.enumerated().dropFirst() where !cell(row, .parent).isEmpty {
            let above = rows[..<index].last { cell($0, .criterion) == cell(row, .parent) }
            #expect(above != nil, "row \(index + 1)")
        }
        let classification = tables.sheets[1].rows
        #expect(classification.dropFirst().allSatisfy { !$0[ClassificationColumn.authority.rawValue].isEmpty || $0[4].isEmpty })
        #expect(classification.contains { $0[ClassificationColumn.eliminationRule.rawValue].hasPrefix("Hồ sơ bị loại khi") })
    }

    // MARK: Refusals

    @Test func aSubCriterionWithoutItsParentAboveIsRefused() throws {
        var tables = Tables.make(from: Law26Fixtures.corrected)
        let rows = tables.sheets[2].rows
        let row = try #require(rows.indices.dropFirst().first { !rows[$0][CriteriaColumn.parent.rawValue].isEmpty })
        let parent = rows[row][CriteriaColumn.parent.rawValue], code = rows[row][CriteriaColumn.criterion.rawValue]
        tables.sheets[2].rows[row][CriteriaColumn.parent.rawValue] = "Z.9"
        do throws(CriteriaTableError) {
            _ = try tables.criteriaSet()
            Issue.record("a sub-criterion whose parent is not above it was read")
        } catch {
            #expect(error.problems.first?.description ==
                "Trang «Tiêu chí», dòng \(row + 1): «Tiêu chí cha» của tiêu chí \(code) là «Z.9», nhưng ngay phía trên trong mục không có tiêu chí này: tiêu chí cha cần một dòng riêng (ghi mã Z.9 ở cột «Mã tiêu chí») đứng trước các tiêu chí con của nó")
        }
        tables.sheets[2].rows[row][CriteriaColumn.parent.rawValue] = code
        #expect(CriteriaSetTableTests.problems(tables).first == "Trang «Tiêu chí», dòng \(row + 1): tiêu chí \(code) không thể là «Tiêu chí cha» của chính nó")
        #expect(!parent.isEmpty)
    }

    @Test func unreadableSchema2CellsNameTheRow() {
        var tables = Tables.make(from: Law26Fixtures.corrected)
        let rows = tables.sheets[2].rows
        let marked = rows.indices.dropFirst().first { !rows[$0][CriteriaColumn.minForStar.rawValue].isEmpty }!
        let maximum = rows.indices.dropFirst().first { !rows[$0][CriteriaColumn.criterionMax.rawValue].isEmpty }!
        tables.sheets[2].rows[marked][CriteriaColumn.minForStar.rawValue] = "6"
        tables.sheets[2].rows[maximum][CriteriaColumn.criterionMax.rawValue] = "ba"
        let problems = CriteriaSetTableTests.problems(tables)
        #expect(problems.contains("Trang «Tiêu chí», dòng \(marked + 1): cột «Mức tối thiểu cho hạng sao» phải là hạng sao từ 1 đến 5, đang là «6»"))
        #expect(problems.contains("Trang «Tiêu chí», dòng \(maximum + 1): cột «Điểm tối đa của tiêu chí» phải là số, đang là «ba»"))
    }

    /// A second rule right below its product set is one more rule; the same code further down is a duplicate.
    @Test func eliminationRulesContinueOnlyRightBelow() throws {
        var tables = Tables.make(from: Fixtures.demoSet)
        tables.sheets[1].rows[1][ClassificationColumn.eliminationRule.rawValue] = "Điều kiện 1"
        tables.sheets[1].rows.append(["I", "", "I.1", "", "demo", "", "", "Điều kiện 2"])
        #expect(try tables.criteriaSet().productSet(code: "demo")?.sheet.eliminationRules == ["Điều kiện 1", "Điều kiện 2"])
        tables.sheets[1].rows.append(["I", "", "I.1", "", "khac", "Bộ khác", "", ""])
        tables.sheets[1].rows.append(["I", "", "I.1", "", "demo", "", "", "Điều kiện 3"])
        #expect(CriteriaSetTableTests.problems(tables) == ["Trang «Phân loại», dòng 5: mã bộ sản phẩm «demo» đã có ở dòng 2"])
    }
}

/// The first place two values differ, found by reflection ("groups[0].subGroups[1]…points: 2 ≠ 0"),
/// so that a failed round trip names the field instead of printing two whole criteria sets.
enum StructuralDiff {
    static func first(_ expected: Any, _ actual: Any, path: String = "set") -> String? {
        let a = Array(Mirror(reflecting: expected).children), b = Array(Mirror(reflecting: actual).children)
        func shown(_ value: Any) -> String { String(String(reflecting: value).prefix(300)) }
        if a.isEmpty || b.isEmpty {
            return shown(expected) == shown(actual) && a.isEmpty == b.isEmpty ? nil : "\(path): expected \(shown(expected)), got \(shown(actual))"
        }
        for (index, (x, y)) in zip(a, b).enumerated() {
            // Different enum cases (or optionals) label their payload differently.
            guard x.label == y.label else { return "\(path): expected \(shown(expected)), got \(shown(actual))" }
            if let found = first(x.value, y.value, path: path + (x.label.map { ".\($0)" } ?? "[\(index)]")) { return found }
        }
        return a.count == b.count ? nil : "\(path): expected \(a.count) elements, got \(b.count)"
    }
}
