import Foundation

/// Ghi bảng tính: writes worksheets as a minimal .xlsx package that Excel, LibreOffice and openpyxl open.
///
/// The first row of every sheet is treated as its header: bold, shaded, frozen while scrolling.
/// Text is written as inline strings, so a code such as "01" or "A.1.1" stays text; columns holding no
/// numbers are formatted as Text ("@"), so what an officer types there later ("01", "3/5") is not
/// turned into a number or a date by Excel. Column widths follow the content, capped so that long
/// criteria wrap instead of running off screen. The output depends only on the input (fixed dates in the
/// ZIP), so the same sheets always give the same bytes.
public enum XLSXWriter {
    public static func data(_ sheets: [Worksheet]) throws(XLSXError) -> Data {
        try check(sheets)
        var parts: [(path: String, content: String)] = [
            ("[Content_Types].xml", SpreadsheetParts.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", SpreadsheetParts.packageRelationships),
            ("xl/workbook.xml", SpreadsheetParts.workbook(sheetNames: sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", SpreadsheetParts.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", SpreadsheetParts.styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", SheetXML.worksheet(sheet, isFirst: index == 0)))
        }
        return try ZipWriter.archive(parts.map { ($0.path, Data($0.content.utf8)) })
    }

    /// Refuses what Excel would refuse or silently damage, before anything is written.
    static func check(_ sheets: [Worksheet]) throws(XLSXError) {
        guard !sheets.isEmpty else { throw .noSheets }
        var seen = Set<String>()
        for sheet in sheets {
            if let reason = Worksheet.nameProblem(sheet.name) { throw .invalidSheetName(sheet.name, reason: reason) }
            guard seen.insert(sheet.name.lowercased()).inserted else { throw .duplicateSheetName(sheet.name) }
            guard sheet.rows.count <= CellReference.maxRows,
                  sheet.rows.allSatisfy({ $0.count <= CellReference.maxColumns }) else { throw .sheetTooBig(sheet: sheet.name) }
            for (r, row) in sheet.rows.enumerated() {
                for (c, cell) in row.enumerated() {
                    switch cell {
                    case .text(let text) where text.utf16.count > 32_767:
                        throw .cellTooLong(sheet: sheet.name, reference: CellReference.name(row: r, column: c))
                    case .number(let number) where !number.isFinite:
                        throw .invalidNumber(sheet: sheet.name, reference: CellReference.name(row: r, column: c))
                    default:
                        continue
                    }
                }
            }
        }
    }
}
