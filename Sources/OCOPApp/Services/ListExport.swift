import Foundation
import OCOPCore
import OCOPSpreadsheet
import Vapor

/// Xuất danh sách: a list's rows as the workbooks provinces keep in Excel today, or as CSV for other
/// tools. Every long list (dossiers, producers, products) exports what its filter finds, all
/// pages, within the reader's scope.
package enum ListExport {
    package enum Format: String, CaseIterable, Sendable {
        case xlsx, csv
    }

    /// A national officer's unfiltered export stays a file Excel opens comfortably.
    static let maxRows = 20_000

    /// `table` is the header row then the rows; column 0 (STT) is written as numbers.
    static func response(_ table: [[String]], sheetName: String, fileStem: String, format: Format, day: CalendarDay) throws -> Response {
        let response: Response
        switch format {
        case .xlsx:
            let sheet = Worksheet(name: sheetName, strings: table, numericColumns: [0])
            response = Response(status: .ok, body: .init(data: try XLSXWriter.data([sheet])))
            response.headers.replaceOrAdd(name: .contentType, value: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case .csv:
            response = Response(status: .ok, body: .init(string: csv(table)))
            response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        }
        response.headers.contentDisposition = .init(.attachment, filename: "\(fileStem)-\(day.iso).\(format.rawValue)")
        return response
    }

    /// RFC 4180 with a byte-order mark, so Excel reads the Vietnamese letters as UTF-8. A cell that
    /// a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe: a
    /// product named "=HYPERLINK(…)" must stay text on the officer's machine.
    static func csv(_ table: [[String]]) -> String {
        "\u{FEFF}" + table.map { $0.map(csvCell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func csvCell(_ value: String) -> String {
        var text = value
        // Scalars, not Characters: "\r\n" is one Character in Swift and would hide a lone "\n".
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
