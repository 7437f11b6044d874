import Foundation
import Testing
@testable import OCOPSpreadsheet

@Suite("Từ chối tệp không hợp lệ")
struct RefusalTests {
    typealias Parts = HandMadeWorkbookTests

    @Test func garbageIsNotAWorkbook() {
        for data in [Data(), Data("xin chào".utf8), Data(repeating: 0, count: 1000), Data("PK\u{03}\u{04}not really a zip file at all".utf8)] {
            #expect(throws: XLSXError.notXLSX) { try XLSXReader.read(data) }
        }
        #expect(XLSXError.notXLSX.description == "Tệp không phải bảng tính Excel (.xlsx) hợp lệ.")
    }

    @Test func randomBytesNeverCrash() {
        var rng = SeededGenerator(seed: 0x0C0B_2026)
        let valid = try! XLSXWriter.data([Worksheet(name: "A", rows: [[.text("x"), .number(1)]])])
        for _ in 0..<1000 {
            var bytes = [UInt8](valid)
            for _ in 0..<Int.random(in: 1...20, using: &rng) {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            _ = try? XLSXReader.read(Data(bytes))
        }
        for length in stride(from: 0, to: valid.count, by: 7) {
            _ = try? XLSXReader.read(valid.prefix(length))
        }
    }

    /// A deflate stream cut short inside an otherwise valid package: refused, without waiting for more.
    @Test func truncatedCompressedPartIsRefused() throws {
        var parts = Parts.excelParts
        parts["xl/sharedStrings.xml"] = String(repeating: "<si><t>Tiêu chí</t></si>", count: 2000)
        let data = try Parts.package(parts)
        let bytes = ByteReader(data: data)
        let entry = try ZipDirectory.entries(bytes).first { $0.name == "xl/sharedStrings.xml" }!
        let start = ZipDirectory.dataStart(of: entry, in: bytes)!
        var damaged = [UInt8](data)
        for offset in (start + 20)..<(start + Int(entry.compressedSize)) { damaged[offset] = 0 }
        #expect(throws: XLSXError.damaged(part: "xl/sharedStrings.xml", reason: "dữ liệu nén bị hỏng")) {
            try XLSXReader.read(Data(damaged))
        }
    }

    @Test func oldExcelAndEncryptedFilesAreNamed() {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512))
        #expect(throws: XLSXError.legacyOrEncrypted) { try XLSXReader.read(ole) }
    }

    @Test func openDocumentIsNamed() throws {
        let ods = try ZipWriter.archive([("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8)),
                                         ("content.xml", Data("<office:document-content/>".utf8))])
        #expect(throws: XLSXError.openDocument) { try XLSXReader.read(ods) }
    }

    @Test func zipWithoutWorkbookOrSheetsIsRefused() throws {
        let docx = try ZipWriter.archive([("word/document.xml", Data("<w:document/>".utf8))])
        #expect(throws: XLSXError.notXLSX) { try XLSXReader.read(docx) }
        var parts = Parts.excelParts
        parts["xl/workbook.xml"] = Parts.head + #"<workbook xmlns="\#(Parts.main)"><sheets/></workbook>"#
        #expect(throws: XLSXError.notXLSX) { try XLSXReader.read(try Parts.package(parts)) }
    }

    @Test func zipBombIsStoppedAtTheLimit() throws {
        var parts = Parts.excelParts
        parts["xl/sharedStrings.xml"] = String(repeating: " ", count: 3_000_000)
        let data = try Parts.package(parts)
        #expect(data.count < 100_000)
        let limits = XLSXReader.Limits(maxPartBytes: 1_048_576, maxTotalBytes: 10_485_760)
        #expect(throws: XLSXError.tooLarge(part: "xl/sharedStrings.xml", limitBytes: 1_048_576)) {
            try XLSXReader.read(data, limits: limits)
        }
        let total = XLSXReader.Limits(maxPartBytes: 10_485_760, maxTotalBytes: 2_000_000)
        #expect(throws: XLSXError.self) { try XLSXReader.read(data, limits: total) }
    }

    @Test func entityDeclarationsAreRefused() throws {
        var parts = Parts.excelParts
        parts["xl/sharedStrings.xml"] = Parts.head + #"<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><sst xmlns="\#(Parts.main)"><si><t>&b;</t></si></sst>"#
        #expect(throws: XLSXError.damaged(part: "xl/sharedStrings.xml", reason: "có khai báo DOCTYPE/ENTITY không được phép")) {
            try XLSXReader.read(try Parts.package(parts))
        }
    }

    @Test func brokenPartsNameThePart() throws {
        var parts = Parts.excelParts
        parts["xl/worksheets/sheet1.xml"] = Parts.head + "<worksheet><sheetData><row><c>"
        #expect(throws: XLSXError.self) { try XLSXReader.read(try Parts.package(parts)) }
        let broken = try Parts.package(parts)
        do throws(XLSXError) {
            _ = try XLSXReader.read(broken)
        } catch {
            guard case .damaged(let part, _) = error else { Issue.record("\(error)"); return }
            #expect(part == "xl/worksheets/sheet1.xml")
        }

        parts = Parts.excelParts
        parts["xl/worksheets/sheet1.xml"] = Parts.head + #"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>"#
        #expect(throws: XLSXError.damaged(part: "xl/worksheets/sheet1.xml", reason: "ô tham chiếu tới chuỗi dùng chung «99» không tồn tại")) {
            try XLSXReader.read(try Parts.package(parts))
        }

        parts = Parts.excelParts
        parts["xl/worksheets/sheet2.xml"] = nil
        #expect(throws: XLSXError.damaged(part: "xl/worksheets/sheet2.xml", reason: "thiếu phần này")) {
            try XLSXReader.read(try Parts.package(parts))
        }

        parts = Parts.excelParts
        parts["xl/worksheets/sheet1.xml"] = Parts.head + #"<worksheet><sheetData><row r="1"><c r="A1048577"><v>1</v></c></row></sheetData></worksheet>"#
        #expect(throws: XLSXError.damaged(part: "xl/worksheets/sheet1.xml", reason: "địa chỉ ô «A1048577» không hợp lệ")) {
            try XLSXReader.read(try Parts.package(parts))
        }
    }
}
