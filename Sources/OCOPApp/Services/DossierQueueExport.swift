import Foundation
import OCOPCore
import OCOPSpreadsheet
import Vapor

/// Xuất danh sách hồ sơ: the queue's rows as the lists provinces keep in Excel today (one row per
/// dossier, the columns of the page plus the product set), or as CSV for other tools.
package enum DossierQueueExport {
    package enum Format: String, CaseIterable, Sendable {
        case xlsx, csv
    }

    /// A national officer's unfiltered export stays a file Excel opens comfortably.
    static let maxRows = 20_000

    static let header = ["STT", "Sản phẩm", "Bộ sản phẩm", "Chủ thể", "Xã/phường", "Đợt đăng ký", "Loại hồ sơ", "Trạng thái",
                         "Ngày nộp", "Hạn xử lý của xã"]

    static func table(_ rows: [DossierQueueModel.Row]) -> [[String]] {
        [header] + rows.enumerated().map { index, row in
            [String(index + 1), row.product, row.productSet, row.producer, row.commune, row.round, row.kind, row.state,
             row.submittedAt == "—" ? "" : row.submittedAt, row.deadline?.label ?? ""]
        }
    }

    static func response(_ rows: [DossierQueueModel.Row], format: Format, day: CalendarDay) throws -> Response {
        let name = "danh-sach-ho-so-\(day.iso).\(format.rawValue)"
        let response: Response
        switch format {
        case .xlsx:
            let sheet = Worksheet(name: "Hồ sơ", strings: table(rows), numericColumns: [0])
            response = Response(status: .ok, body: .init(data: try XLSXWriter.data([sheet])))
            response.headers.replaceOrAdd(name: .contentType, value: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case .csv:
            response = Response(status: .ok, body: .init(string: csv(table(rows))))
            response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        }
        response.headers.contentDisposition = .init(.attachment, filename: name)
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
