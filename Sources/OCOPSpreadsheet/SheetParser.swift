import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One worksheet part: the values of `<sheetData>`, placed by their references.
///
/// Writers skip empty cells and rows ("A1, C1" leaves B1 empty; row 5 may follow row 2), and some
/// omit the references altogether, in which case a cell follows the previous one. Only non-empty
/// values are kept while parsing, so a sheet with a million formatted but empty cells costs nothing.
final class SheetParser: XMLPartParser {
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>
    private let date1904: Bool

    private var values: [(row: Int, column: Int, cell: Cell)] = []
    private var currentRow: Int?
    private var lastRow = -1
    private var nextColumn = 0

    // The cell being read.
    private var cellPosition: (row: Int, column: Int)?
    private var cellType: String?
    private var cellStyle = 0
    private var value: String?
    private var buffer = ""
    private var inValue = false
    private var inline: RichText?

    init(sharedStrings: [String], dateStyles: Set<Int>, date1904: Bool) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.date1904 = date1904
    }

    /// The grid: row i is spreadsheet row i + 1; trailing empty cells and rows are not included.
    var rows: [[Cell]] {
        guard let lastUsed = values.map(\.row).max() else { return [] }
        var rows = [[Cell]](repeating: [], count: lastUsed + 1)
        for (row, column, cell) in values {
            if rows[row].count <= column { rows[row] += [Cell](repeating: .empty, count: column + 1 - rows[row].count) }
            rows[row][column] = cell
        }
        return rows
    }

    override func start(_ name: Substring, attributes: [String: String], parser: XMLParser) {
        switch name {
        case "row":
            let row = attributes["r"].flatMap { Int($0) }.map { $0 - 1 } ?? lastRow + 1
            guard row >= 0, row < CellReference.maxRows else { return fail(parser, "số dòng «\(attributes["r"] ?? "")» không hợp lệ") }
            currentRow = row
            nextColumn = 0
        case "c":
            guard let row = currentRow else { return }
            var position = (row: row, column: nextColumn)
            if let reference = attributes["r"] {
                guard let parsed = CellReference.parse(reference) else { return fail(parser, "địa chỉ ô «\(reference)» không hợp lệ") }
                position = (parsed.row ?? row, parsed.column)
            }
            guard position.column < CellReference.maxColumns else { return fail(parser, "quá nhiều cột") }
            cellPosition = position
            cellType = attributes["t"]
            cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
            value = nil
            inline = nil
        case "v" where cellPosition != nil:
            inValue = true
            buffer = ""
        case "is" where cellPosition != nil:
            inline = RichText()
        case let other:
            inline?.start(other)
        }
    }

    override func end(_ name: Substring, parser: XMLParser) {
        switch name {
        case "v" where inValue:
            value = buffer
            inValue = false
        case "c":
            guard let position = cellPosition else { return }
            let cell = makeCell(parser)
            if cell != .empty { values.append((position.row, position.column, cell)) }
            nextColumn = position.column + 1
            lastRow = max(lastRow, position.row)
            cellPosition = nil
        case "row":
            if let currentRow { lastRow = max(lastRow, currentRow) }
            currentRow = nil
        case let other:
            inline?.end(other)
        }
    }

    override func text(_ string: String) {
        if inValue { buffer += string } else { inline?.characters(string) }
    }

    /// The value of the finished cell according to its type (`t`): shared string, inline string,
    /// boolean, formula text, error, or number (possibly a date, by its style).
    private func makeCell(_ parser: XMLParser) -> Cell {
        let raw = value?.trimmingCharacters(in: .whitespacesAndNewlines)
        let cell: Cell
        switch cellType {
        case "s":
            guard let raw, let index = Int(raw), sharedStrings.indices.contains(index) else {
                fail(parser, "ô tham chiếu tới chuỗi dùng chung «\(raw ?? "")» không tồn tại")
                return .empty
            }
            cell = .text(sharedStrings[index])
        case "inlineStr":
            cell = .text(inline?.value ?? value ?? "")
        case "b":
            switch raw?.lowercased() {
            case "1", "true": cell = .boolean(true)
            case "0", "false": cell = .boolean(false)
            default: cell = .text(value ?? "")
            }
        case "str", "e", "d":
            cell = .text(XMLText.decodeOfficeEscapes(value ?? ""))
        default:
            guard let raw, !raw.isEmpty else { return .empty }
            guard let number = Double(raw), number.isFinite else { return .text(raw) }
            if dateStyles.contains(cellStyle), let day = ExcelDate.isoDay(serial: number, date1904: date1904) {
                cell = .text(day)
            } else {
                cell = .number(number)
            }
        }
        if case .text(let text) = cell, text.isEmpty { return .empty }
        return cell
    }
}
