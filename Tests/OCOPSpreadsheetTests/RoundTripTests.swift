import Foundation
import Testing
@testable import OCOPSpreadsheet

@Suite("Ghi rồi đọc lại bảng tính")
struct RoundTripTests {
    static func roundTrip(_ sheets: [Worksheet]) throws -> [Worksheet] {
        try XLSXReader.read(try XLSXWriter.data(sheets))
    }

    /// Vietnamese text, codes that look like numbers, numbers, booleans, gaps and whitespace; also the
    /// content of `ThirdPartyFiles.libreOffice`.
    static let sample = [
        Worksheet(name: "Tiêu chí", rows: [
            [.text("Mã tiêu chí"), .text("Nội dung"), .text("Điểm"), .text("Loại")],
            [.text("A.1.1"), .text("Nguồn nguyên liệu: ≥ 50% tại địa phương"), .number(3), .boolean(true)],
            [.text("01"), .text("Tổ chức sản xuất <HTX> & \"liên kết\" 'chuỗi'"), .number(2.5)],
            [.text("0012"), .empty, .number(-0.25), .empty, .text("sau ô trống")],
            [],
            [.empty, .text("  khoảng trắng  "), .number(1e-5)],
            [.text("1e3"), .text("2.50"), .number(123_456_789_012.75)],
            [.text("Dòng 1\nDòng 2\tcó tab"), .text("ơ ư ă đ Ế ữ 😀 中文")],
        ]),
        Worksheet(name: "Phân loại", rows: [[.text("Mã nhóm")], [.text("I")]]),
        Worksheet(name: "Trống"),
    ]

    @Test func sampleComesBack() throws {
        #expect(try Self.roundTrip(Self.sample) == Self.sample)
    }

    @Test func vietnameseNumbersGapsAndSpecialCharactersComeBack() throws {
        let sheet = Worksheet(name: "Tiêu chí", rows: [
            [.text("Mã tiêu chí"), .text("Nội dung"), .text("Điểm")],
            [.text("A.1.1"), .text("Nguồn nguyên liệu: ≥ 50% tại địa phương"), .number(3)],
            [.text("01"), .text("Tổ chức sản xuất <HTX> & \"liên kết\" 'chuỗi'"), .number(2.5)],
            [.text("0012"), .empty, .number(-0.25), .empty, .text("sau ô trống")],
            [],
            [.empty, .text("  khoảng trắng đầu và cuối  "), .number(1e-5)],
            [.text("1e3"), .text("2.50"), .number(123_456_789_012.75), .boolean(true), .boolean(false)],
            [.text("Dòng 1\nDòng 2\r\nDòng 3\tcó tab"), .text("Ðặc biệt: ơ ư ă đ Ế ữ 😀 中文")],
        ])
        let read = try Self.roundTrip([sheet])
        #expect(read == [sheet.normalized()])
        #expect(read[0].string(row: 2, column: 0) == "01")
        #expect(read[0][5, 1] == .text("  khoảng trắng đầu và cuối  "))
        #expect(read[0].string(row: 5, column: 1) == "khoảng trắng đầu và cuối")
    }

    @Test func controlCharactersAndOfficeEscapesSurvive() throws {
        let tricky = "bell\u{07} vt\u{0B} nul-less _x0041_ _x005F_ _xZZZZ_ \u{FFFE}"
        let sheet = Worksheet(name: "A", rows: [[.text(tricky)]])
        #expect(try Self.roundTrip([sheet]) == [sheet])
    }

    @Test func sheetOrderAndNamesAreKept() throws {
        let sheets = ["Bộ tiêu chí", "Phân loại", "Tiêu chí", "Hướng dẫn", "Z & <ký tự>"].map {
            Worksheet(name: $0, rows: [[.text($0)]])
        }
        #expect(try Self.roundTrip(sheets) == sheets)
    }

    @Test func emptySheetsAndEmptyTextAreNormalized() throws {
        let sheets = [Worksheet(name: "Trống"), Worksheet(name: "Rỗng", rows: [[.text(""), .empty], [], [.empty]])]
        #expect(try Self.roundTrip(sheets) == [Worksheet(name: "Trống"), Worksheet(name: "Rỗng")])
    }

    @Test func sameSheetsGiveTheSameBytes() throws {
        let sheet = Worksheet(name: "A", rows: [[.text("x"), .number(1)]])
        #expect(try XLSXWriter.data([sheet]) == XLSXWriter.data([sheet]))
    }

    @Test func stringTablesKeepTextAndTurnCanonicalNumbersIntoNumbers() throws {
        let sheet = Worksheet(name: "S", strings: [["Mã", "Điểm"], ["01", "3"], ["A.1", "2.5"], ["x", "2.50"], ["", "ba"]],
                              numericColumns: [1])
        #expect(sheet.rows[1] == [.text("01"), .number(3)])
        #expect(sheet.rows[2] == [.text("A.1"), .number(2.5)])
        #expect(sheet.rows[3] == [.text("x"), .text("2.50")])
        #expect(sheet.rows[4] == [.empty, .text("ba")])
        let read = try Self.roundTrip([sheet])
        #expect(read[0].stringRows == [["Mã", "Điểm"], ["01", "3"], ["A.1", "2.5"], ["x", "2.50"], ["", "ba"]])
    }

    @Test func randomSheetsRoundTrip() throws {
        var rng = SeededGenerator(seed: 0x0C0B_2026)
        let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyÀẢÃÁẠ0123456789 .,;:-_&<>\"'\n\t\r/\\ẾỆỮ😀x_x00")
        for _ in 0..<100 {
            let rows: [[Cell]] = (0..<Int.random(in: 0...8, using: &rng)).map { _ in
                (0..<Int.random(in: 0...6, using: &rng)).map { _ in
                    switch Int.random(in: 0..<4, using: &rng) {
                    case 0: return .empty
                    case 1: return .number(Double(Int.random(in: -10_000...10_000, using: &rng)) / 100)
                    case 2: return .boolean(Bool.random(using: &rng))
                    default: return .text(String((0..<Int.random(in: 1...12, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }))
                    }
                }
            }
            let sheet = Worksheet(name: "Ngẫu nhiên", rows: rows)
            #expect(try Self.roundTrip([sheet]) == [sheet.normalized()])
        }
    }

    @Test func writerRefusesWhatExcelWould() {
        #expect(throws: XLSXError.noSheets) { try XLSXWriter.data([]) }
        #expect(throws: XLSXError.invalidSheetName("a/b", reason: "tên trang không được chứa ký tự «/»")) {
            try XLSXWriter.data([Worksheet(name: "a/b")])
        }
        #expect(throws: XLSXError.self) { try XLSXWriter.data([Worksheet(name: String(repeating: "x", count: 32))]) }
        #expect(throws: XLSXError.duplicateSheetName("tiêu chí")) {
            try XLSXWriter.data([Worksheet(name: "Tiêu chí"), Worksheet(name: "tiêu chí")])
        }
        #expect(throws: XLSXError.invalidNumber(sheet: "A", reference: "B2")) {
            try XLSXWriter.data([Worksheet(name: "A", rows: [[], [.empty, .number(.nan)]])])
        }
        #expect(throws: XLSXError.cellTooLong(sheet: "A", reference: "A1")) {
            try XLSXWriter.data([Worksheet(name: "A", rows: [[.text(String(repeating: "x", count: 32_768))]])])
        }
        #expect(Worksheet.nameProblem(String(repeating: "ệ", count: 31)) == nil)
    }

    @Test func writtenSheetHasFrozenHeaderTextColumnsAndWidths() throws {
        let xml = SheetXML.worksheet(Worksheet(name: "A", rows: [[.text("Mã"), .text("Điểm")], [.text("01"), .number(3)]]), isFirst: true)
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<col min="1" max="1" width="6" style="2" customWidth="1"/>"#))
        #expect(xml.contains(#"<col min="2" max="2" width="6" style="3" customWidth="1"/>"#))
        #expect(xml.contains(#"<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Mã</t></is></c>"#))
        #expect(xml.contains(#"<c r="B2" s="3"><v>3</v></c>"#))
    }
}
