import Foundation
import OCOPCore
import Vapor

/// Xuất danh sách hồ sơ: the queue's rows as the lists provinces keep in Excel today (one row per
/// dossier, the columns of the page plus the product set); the file itself is `ListExport`'s.
package enum DossierQueueExport {
    static let header = ["STT", "Sản phẩm", "Bộ sản phẩm", "Chủ thể", "Xã/phường", "Đợt đăng ký", "Loại hồ sơ", "Trạng thái",
                         "Ngày nộp", "Hạn xử lý của xã"]

    static func table(_ rows: [DossierQueueModel.Row]) -> [[String]] {
        [header] + rows.enumerated().map { index, row in
            [String(index + 1), row.product, row.productSet, row.producer, row.commune, row.round, row.kind, row.state,
             row.submittedAt == "—" ? "" : row.submittedAt, row.deadline?.label ?? ""]
        }
    }

    static func response(_ rows: [DossierQueueModel.Row], format: ListExport.Format, day: CalendarDay) throws -> Response {
        try ListExport.response(table(rows), sheetName: "Hồ sơ", fileStem: "danh-sach-ho-so", format: format, day: day)
    }
}
