import Foundation

/// Ô bảng tính: the value of one cell, as far as this project needs it.
///
/// Formulas, styles and comments are not kept: a province fills criteria in by hand and the
/// application reads values only. Dates typed into a date-formatted cell are read as text
/// "yyyy-MM-dd" (see `XLSXReader`), so no date case is needed.
public enum Cell: Sendable, Equatable, Hashable {
    case text(String)
    case number(Double)
    case boolean(Bool)
    case empty

    /// The value as the user reads it, without surrounding whitespace: numbers as `Cell.format`
    /// writes them ("3", "2.5"), booleans "TRUE"/"FALSE", an empty cell "".
    public var string: String {
        switch self {
        case .text(let text): text.trimmingCharacters(in: .whitespacesAndNewlines)
        case .number(let number): Cell.format(number)
        case .boolean(let value): value ? "TRUE" : "FALSE"
        case .empty: ""
        }
    }

    /// True for an empty cell and for text that is only whitespace.
    public var isBlank: Bool { string.isEmpty }

    /// A number the way a spreadsheet shows it in General format: at most 15 significant digits
    /// (Excel's precision), no trailing zeros, "." as decimal separator. 3.0 → "3",
    /// 0.1 + 0.2 → "0.3", 2.5 → "2.5". Without the 15-digit cut, a value Excel computed would show
    /// binary noise ("0.30000000000000004") that no officer typed.
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return number.isNaN ? "NaN" : (number < 0 ? "-Infinity" : "Infinity") }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        var text = String(format: "%.15g", number)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
