import OCOPCore

/// Lưới soạn phiếu: one product set's rows of the «Tiêu chí» table, cut out of the full tables for
/// editing and put back in place for reading, so the grid and the Excel workbook share one reader.
struct SheetGrid {
    let productSetCode: String
    /// Header of the «Tiêu chí» table without its first column (the product set code).
    let headers: [String]
    let rows: [[String]]

    init(set: CriteriaSet, productSetCode: String) {
        let sheet = CriteriaSetTables.make(from: set).sheet(named: CriteriaSetTables.criteriaSheetName)
        self.productSetCode = productSetCode
        headers = Array(sheet?.rows.first?.dropFirst() ?? [])
        rows = (sheet?.rows.dropFirst() ?? []).filter { $0.first == productSetCode }.map { Array($0.dropFirst()) }
    }

    init(productSetCode: String, headers: [String], rows: [[String]]) {
        self.productSetCode = productSetCode
        self.headers = headers
        self.rows = rows
    }

    /// Rows from a posted grid (`r<row>c<column>` fields); blank rows are dropped.
    static func rows(from fields: [String: String], rowCount: Int, columnCount: Int) -> [[String]] {
        (0..<min(rowCount, 2000)).map { row in
            (0..<columnCount).map { column in fields["r\(row)c\(column)"]?.trimmingCharacters(in: .whitespaces) ?? "" }
        }.filter { row in row.contains { !$0.isEmpty } }
    }

    enum Reading {
        case set(CriteriaSet)
        /// Problems with the grid's own row numbers where they concern the grid.
        case problems([String])
    }

    /// The whole set with this product set's rows replaced by `rows`.
    func apply(to set: CriteriaSet) -> Reading {
        var tables = CriteriaSetTables.make(from: set)
        guard let index = tables.sheets.firstIndex(where: { $0.name == CriteriaSetTables.criteriaSheetName }) else {
            return .problems(["Không tìm thấy bảng «\(CriteriaSetTables.criteriaSheetName)»."])
        }
        var sheetRows = tables.sheets[index].rows
        let first = sheetRows.indices.dropFirst().first { sheetRows[$0].first == productSetCode } ?? sheetRows.count
        sheetRows.removeAll { $0.first == productSetCode }
        sheetRows.insert(contentsOf: rows.map { [productSetCode] + $0 }, at: min(first, sheetRows.count))
        tables.sheets[index].rows = sheetRows
        do {
            return .set(try tables.criteriaSet())
        } catch {
            return .problems(error.problems.map { problem in
                if problem.sheet == CriteriaSetTables.criteriaSheetName, let row = problem.row, row - first >= 1, row - first <= rows.count {
                    return "Dòng \(row - first): \(problem.reason)"
                }
                return problem.message
            })
        }
    }

    /// What the validator says of this product set, then of the whole set.
    static func defects(of set: CriteriaSet, productSetCode: String) -> [String] {
        let report = CriteriaSetValidator.validate(set)
        return (report.defects(inProductSet: productSetCode) + report.setDefects).map(\.message)
    }
}
