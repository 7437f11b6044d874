import Foundation
import Testing
@testable import OCOPSpreadsheet

/// Workbooks built from literal XML in the shapes Excel and LibreOffice write: shared strings with
/// rich text, skipped cells and rows, sheet files named out of tab order, dates, booleans, formulas.
@Suite("Đọc bảng tính do Excel/LibreOffice tạo")
struct HandMadeWorkbookTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let head = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    static func package(_ parts: [String: String]) throws -> Data {
        try ZipWriter.archive(parts.sorted { $0.key < $1.key }.map { ($0.key, Data($0.value.utf8)) })
    }

    static let excelParts: [String: String] = [
        "[Content_Types].xml": head + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#,
        "_rels/.rels": head + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        "xl/workbook.xml": head + #"<workbook xmlns="\#(main)" xmlns:r="\#(rel)"><workbookPr defaultThemeVersion="166925"/><sheets><sheet name="Tiêu chí" sheetId="2" r:id="rId3"/><sheet name="Phân loại" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        "xl/_rels/workbook.xml.rels": head + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="\#(rel)/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId4" Type="\#(rel)/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId5" Type="\#(rel)/styles" Target="styles.xml"/></Relationships>"#,
        "xl/sharedStrings.xml": head + #"<sst xmlns="\#(main)" count="6" uniqueCount="6"><si><t>Mã tiêu chí</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Phần </t></r><r><t>A</t></r></si><si><t>01</t></si><si><t>Thực phẩm &amp; đồ uống</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si><si><t>Dòng 1_x000D_</t></si><si><t/></si></sst>"#,
        "xl/styles.xml": head + #"<styleSheet xmlns="\#(main)"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="49" applyNumberFormat="1"/></cellXfs></styleSheet>"#,
        // "Phân loại": rows 1 and 3 only; A1, C1 (B1 skipped); a text-formatted number stays a number.
        "xl/worksheets/sheet1.xml": head + #"<worksheet xmlns="\#(main)"><dimension ref="A1:C3"/><sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row><row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" s="3"><v>7</v></c><c r="C3" t="s"><v>5</v></c></row><row r="4"><c r="A4" s="3"/><c r="B4" s="2"/></row></sheetData></worksheet>"#,
        // "Tiêu chí": a prefixed namespace, cells without references, booleans, formulas, errors and dates.
        "xl/worksheets/sheet2.xml": head + #"<x:worksheet xmlns:x="\#(main)"><x:sheetData><x:row><x:c t="s"><x:v>3</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row><x:row r="2"><x:c r="B2" t="str"><x:f>A1&amp;"!"</x:f><x:v>Mã!</x:v></x:c><x:c r="D2" t="e"><x:v>#N/A</x:v></x:c><x:c r="E2" s="1"><x:v>44981</x:v></x:c><x:c r="F2" s="2"><x:v>45000</x:v></x:c><x:c r="G2"><x:v>0.30000000000000004</x:v></x:c><x:c r="H2" t="s"><x:v>4</x:v></x:c><x:c r="I2" t="inlineStr"><x:is><x:r><x:t>chữ </x:t></x:r><x:r><x:t>đậm</x:t></x:r></x:is></x:c></x:row></x:sheetData></x:worksheet>"#,
    ]

    @Test func readsExcelStyleWorkbook() throws {
        let sheets = try XLSXReader.read(try Self.package(Self.excelParts))
        #expect(sheets.map(\.name) == ["Tiêu chí", "Phân loại"])
        #expect(sheets[1].rows == [
            [.text("Mã tiêu chí"), .empty, .text("Phần A")],
            [],
            [.text("01"), .number(7)],
        ])
        #expect(sheets[0].rows == [
            [.text("Thực phẩm & đồ uống"), .boolean(true), .boolean(false)],
            [.empty, .text("Mã!"), .empty, .text("#N/A"), .text("2023-02-24"), .text("2023-03-15"),
             .number(0.30000000000000004), .text("Dòng 1\r"), .text("chữ đậm")],
        ])
        #expect(sheets[0].stringRows[1][6] == "0.3")
        #expect(sheets[0].stringRows[0] == ["Thực phẩm & đồ uống", "TRUE", "FALSE"])
    }

    /// LibreOffice's shape: prefixed relationships, extra row attributes, no package relationships.
    @Test func readsWorkbookWithoutPackageRelationships() throws {
        var parts = Self.excelParts
        parts["_rels/.rels"] = nil
        let sheets = try XLSXReader.read(try Self.package(parts))
        #expect(sheets.count == 2)
    }

    @Test func readsOurOwnFilesWithSharedStringsRewritten() throws {
        // What a round trip through Excel produces: same values, stored as shared strings.
        var parts = Self.excelParts
        parts["xl/worksheets/sheet2.xml"] = Self.head + #"<worksheet xmlns="\#(Self.main)"><sheetData><row r="1" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"><c r="A1" s="0" t="s"><v>2</v></c><c r="B1" s="0" t="n"><v>2.5</v></c></row></sheetData></worksheet>"#
        let sheets = try XLSXReader.read(try Self.package(parts))
        #expect(sheets[0].rows == [[.text("01"), .number(2.5)]])
    }

    @Test func datesFromThe1904SystemAndFormatDetection() {
        #expect(ExcelDate.isoDay(serial: 44981, date1904: false) == "2023-02-24")
        #expect(ExcelDate.isoDay(serial: 1, date1904: false) == "1900-01-01")
        #expect(ExcelDate.isoDay(serial: 61, date1904: false) == "1900-03-01")
        #expect(ExcelDate.isoDay(serial: 60, date1904: false) == nil)
        #expect(ExcelDate.isoDay(serial: 0, date1904: true) == "1904-01-01")
        #expect(ExcelDate.isoDay(serial: 44981.5, date1904: false) == nil)
        #expect(ExcelDate.isDateFormat(id: 0, code: "dd/mm/yyyy"))
        #expect(ExcelDate.isDateFormat(id: 165, code: "[$-42A]d mmmm yyyy"))
        #expect(!ExcelDate.isDateFormat(id: 166, code: #"0.00" đ""#))
        #expect(!ExcelDate.isDateFormat(id: 167, code: "General"))
        #expect(!ExcelDate.isDateFormat(id: 20, code: nil))
    }

    @Test func cellReferences() {
        #expect(CellReference.columnName(0) == "A")
        #expect(CellReference.columnName(27) == "AB")
        #expect(CellReference.columnName(16_383) == "XFD")
        #expect(CellReference.parse("$AB$12")! == (11, 27))
        #expect(CellReference.parse("C")! == (nil, 2))
        #expect(CellReference.parse("XFE1") == nil)
        #expect(CellReference.parse("A0") == nil)
        #expect(CellReference.parse("1A") == nil)
        #expect(CellReference.parse("A99999999") == nil)
    }
}

@Suite("Đọc tệp do LibreOffice và openpyxl lưu")
struct ThirdPartyFileTests {
    @Test func libreOfficeResaveReadsTheSameValues() throws {
        #expect(try XLSXReader.read(ThirdPartyFiles.libreOffice) == RoundTripTests.sample)
    }

    @Test func openpyxlFileIsRead() throws {
        let sheets = try XLSXReader.read(ThirdPartyFiles.openpyxl)
        #expect(sheets.map(\.name) == ["Phân loại", "Tiêu chí"])
        #expect(sheets[0].rows == [[], [.empty, .text("Thực phẩm")]])
        #expect(sheets[1].rows == [
            ["Mã", "Nội dung", "Điểm", "Ngày", "Loại"].map(Cell.text),
            [.text("01"), .text("Phần A & <B>"), .number(2.5), .text("2023-02-24"), .boolean(true)],
            [], [],
            [.text("sau dòng trống"), .empty, .number(7)],
        ])
    }
}
