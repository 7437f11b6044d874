import OCOPCore

/// Lưới soạn bộ tiêu chí: a part of the criteria tables cut out for editing in the browser and put
/// back in place for reading, so the grid and the Excel workbook share one reader and one layout.
/// The grid's columns are the table's headers, so every column of the workbook (the schema 2 ones
/// included: star minimums, parent criteria, printed maxima and points) is a column here too, and
/// what a grid does not show (other product sets, the other sheets, such as the elimination rules
/// and ministries of «Phân loại» when a product set's sheet is edited) is kept as it was.
struct SheetGrid {
    /// What a grid edits.
    enum Target: Equatable {
        /// «Bộ tiêu chí»: code, version, dates, parts and their maxima, star bands, gates, bonuses.
        case setProperties
        /// «Phân loại»: groups, sub-groups and product sets.
        case classification
        /// The «Tiêu chí» rows of one product set (one row per option); its code column is fixed.
        case productSet(String)

        static let setPropertiesSegment = "_thong-tin"
        static let classificationSegment = "_phan-loai"

        init(segment: String) {
            switch segment {
            case Self.setPropertiesSegment: self = .setProperties
            case Self.classificationSegment: self = .classification
            default: self = .productSet(segment)
            }
        }

        var segment: String {
            switch self {
            case .setProperties: Self.setPropertiesSegment
            case .classification: Self.classificationSegment
            case .productSet(let code): code
            }
        }

        var sheetName: String {
            switch self {
            case .setProperties: CriteriaSetTables.setSheetName
            case .classification: CriteriaSetTables.classificationSheetName
            case .productSet: CriteriaSetTables.criteriaSheetName
            }
        }

        /// The product set whose code column is fixed, if any.
        var productSetCode: String? {
            if case .productSet(let code) = self { return code }
            return nil
        }
    }

    let target: Target
    let headers: [String]
    let rows: [[String]]

    init(set: CriteriaSet, target: Target) {
        let sheetRows = CriteriaSetTables.make(from: set).sheet(named: target.sheetName)?.rows ?? []
        self.target = target
        if let code = target.productSetCode {
            headers = Array(sheetRows.first?.dropFirst() ?? [])
            rows = sheetRows.dropFirst().filter { $0.first == code }.map { Array($0.dropFirst()) }
        } else {
            headers = sheetRows.first ?? []
            rows = Array(sheetRows.dropFirst())
        }
    }

    init(target: Target, headers: [String], rows: [[String]]) {
        self.target = target
        self.headers = headers
        self.rows = rows
    }

    /// Rows from a posted grid (`r<row>c<column>` fields); blank rows are dropped. A multi-line cell
    /// (a text area, see `CriteriaEditorView`) arrives with the browser's CRLF line ends, put back to
    /// "\n" so that a cell printed as "4" and "1" reads as it was written.
    static func rows(from fields: [String: String], rowCount: Int, columnCount: Int) -> [[String]] {
        (0..<min(rowCount, 2000)).map { row in
            (0..<columnCount).map { column in
                (fields["r\(row)c\(column)"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
                    .replacingOccurrences(of: "\r", with: "\n").trimmingCharacters(in: .whitespaces)
            }
        }.filter { row in row.contains { !$0.isEmpty } }
    }

    enum Reading {
        case set(CriteriaSet)
        /// Problems with the grid's own row numbers where they concern the grid.
        case problems([String])
    }

    /// The whole set with the grid's rows put back in place of the ones it was cut from.
    func apply(to set: CriteriaSet) -> Reading {
        var tables = CriteriaSetTables.make(from: set)
        guard let index = tables.sheets.firstIndex(where: { $0.name == target.sheetName }) else {
            return .problems(["Không tìm thấy bảng «\(target.sheetName)»."])
        }
        var sheetRows = tables.sheets[index].rows
        let header = sheetRows.first ?? headers
        let first: Int
        if let code = target.productSetCode {
            first = sheetRows.indices.dropFirst().first { sheetRows[$0].first == code } ?? sheetRows.count
            sheetRows.removeAll { $0.first == code }
            sheetRows.insert(contentsOf: rows.map { [code] + $0 }, at: min(first, sheetRows.count))
        } else {
            first = 1
            sheetRows = [header] + rows
        }
        tables.sheets[index].rows = sheetRows
        do {
            return .set(try tables.criteriaSet())
        } catch {
            return .problems(error.problems.map { problem in
                if problem.sheet == target.sheetName, let row = problem.row, row - first >= 1, row - first <= rows.count {
                    return "Dòng \(row - first): \(problem.reason)"
                }
                return problem.message
            })
        }
    }

    /// What the validator says: of one product set then of the whole set, or of everything.
    func defects(of set: CriteriaSet) -> [String] {
        let report = CriteriaSetValidator.validate(set)
        guard let code = target.productSetCode else { return report.defects.map(\.message) }
        return (report.defects(inProductSet: code) + report.setDefects).map(\.message)
    }
}
