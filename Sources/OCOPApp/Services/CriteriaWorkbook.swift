import Foundation
import OCOPCore
import OCOPSpreadsheet

/// Bộ tiêu chí dạng Excel: the set as a workbook a province fills in Excel or LibreOffice (one row
/// per option), and back. The layout is `CriteriaSetTables`'; this only moves it in and out of XLSX.
enum CriteriaWorkbook {
    static func data(_ set: CriteriaSet) throws -> Data {
        let tables = CriteriaSetTables.make(from: set)
        return try XLSXWriter.data(tables.sheets.map { Worksheet(name: $0.name, strings: $0.rows, numericColumns: $0.numericColumns) })
    }

    /// Reads a workbook; refuses it with every problem found (sheet, row, reason), changing nothing.
    static func read(_ data: Data) throws -> CriteriaSet {
        let worksheets: [Worksheet]
        do {
            worksheets = try XLSXReader.read(data)
        } catch {
            throw CriteriaFiles.Unreadable(reasons: [error.description])
        }
        do {
            return try CriteriaSetTables(sheets: worksheets.map { .init(name: $0.name, rows: $0.stringRows) }).criteriaSet()
        } catch {
            throw CriteriaFiles.Unreadable(reasons: error.problems.map(\.description))
        }
    }
}
