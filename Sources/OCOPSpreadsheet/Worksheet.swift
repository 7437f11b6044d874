/// Trang bảng tính: a named grid of cell values, row by row, the first row usually a header.
///
/// `rows[0]` is spreadsheet row 1 and `rows[i][0]` is column A, so a position maps straight to what
/// the user sees in Excel ("dòng 14" is `rows[13]`). Rows may have different lengths; a missing cell
/// is empty.
public struct Worksheet: Sendable, Equatable, Hashable {
    public var name: String
    public var rows: [[Cell]]

    public init(name: String, rows: [[Cell]] = []) {
        self.name = name
        self.rows = rows
    }

    /// A sheet from plain strings, for code that speaks tables of text (the criteria-set tables).
    ///
    /// A blank string becomes an empty cell. In `numericColumns` (0-based), a string that is a
    /// number in the exact form `Cell.format` writes ("3", "2.5", "-1") becomes a number cell, so that
    /// Excel computes with it; anything else stays text. "01", "2.50" or "1e3" therefore stay text
    /// and come back unchanged.
    public init(name: String, strings: [[String]], numericColumns: Set<Int> = []) {
        self.name = name
        self.rows = strings.map { row in
            row.enumerated().map { column, value in
                if value.isEmpty { return .empty }
                if numericColumns.contains(column), let number = Double(value), number.isFinite,
                   Cell.format(number) == value {
                    return .number(number)
                }
                return .text(value)
            }
        }
    }

    /// The cell at a 0-based position, empty outside the grid.
    public subscript(row: Int, column: Int) -> Cell {
        guard rows.indices.contains(row), rows[row].indices.contains(column) else { return .empty }
        return rows[row][column]
    }

    /// The cell at a 0-based position as trimmed text (see `Cell.string`), "" outside the grid.
    public func string(row: Int, column: Int) -> String { self[row, column].string }

    /// Every row as trimmed text, row and column positions unchanged.
    public var stringRows: [[String]] { rows.map { $0.map(\.string) } }

    /// The sheet as a reader returns it: empty text is an empty cell, and trailing empty cells
    /// and rows are dropped. Writing then reading a sheet gives back its normalized form.
    public func normalized() -> Worksheet {
        var rows = self.rows.map { row in
            var row = row.map { cell -> Cell in
                if case .text(let text) = cell, text.isEmpty { return .empty }
                return cell
            }
            while row.last == .empty { row.removeLast() }
            return row
        }
        while rows.last?.isEmpty == true { rows.removeLast() }
        return Worksheet(name: name, rows: rows)
    }

    /// Why Excel would refuse `name` as a sheet name, in Vietnamese, or nil when it is acceptable:
    /// 1–31 characters, none of `[ ] : * ? / \`, not starting or ending with an apostrophe, not
    /// "History" (reserved by Excel).
    public static func nameProblem(_ name: String) -> String? {
        if name.isEmpty { return "tên trang không được để trống" }
        if name.utf16.count > 31 { return "tên trang dài quá 31 ký tự" }
        if let bad = name.first(where: { "[]:*?/\\".contains($0) }) { return "tên trang không được chứa ký tự «\(bad)»" }
        if name.hasPrefix("'") || name.hasSuffix("'") { return "tên trang không được bắt đầu hay kết thúc bằng dấu nháy đơn" }
        if name.lowercased() == "history" { return "tên trang «History» được Excel dành riêng" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 }) { return "tên trang không được chứa ký tự điều khiển" }
        return nil
    }
}
