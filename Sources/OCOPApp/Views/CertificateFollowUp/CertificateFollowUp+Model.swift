import Foundation
import OCOPCore

/// Theo dõi giấy chứng nhận: one of the four lists of a unit's certificates, with the counts of all
/// four for the tabs.
struct CertificateFollowUpModel {
    var filter: CertificateFollowUpFilter
    var today: CalendarDay
    var counts: [CertificateFollowUpList: Int]
    var rows: [CertificateFollowUp.Row]
    var page = 1
    var pageCount = 1
    var total = 0
    var units = ScopeUnitChoices()
    /// The whole list on one page, for printing.
    var printing = false
    /// A representative's own certificates: no unit filters, "của tôi" in the title.
    var ownOnly = false
    /// The reader may revoke (a province's or a national officer): rows can be chosen.
    var mayRevoke = false

    static let exportHeader = ["STT", "Sản phẩm", "Chủ thể", "Xã, phường", "Tỉnh, thành phố", "Hạng sao", "Quyết định công nhận",
                               "Ngày quyết định", "Hiệu lực đến hết ngày", "Nộp hồ sơ đánh giá lại từ ngày", "Đến ngày", "Tình trạng",
                               "Số ngày đến hết hạn"]

    static func exportRow(_ index: Int, _ row: CertificateFollowUp.Row) -> [String] {
        [String(index), row.product, row.producer, row.commune, row.province, "\(row.star.rawValue) sao", row.decisionNumber,
         row.decisionDay.vietnamese, row.lastValidDay.vietnamese, row.window.opensOn.vietnamese, row.window.closesOn.vietnamese,
         row.state.title, String(row.daysToExpiry)]
    }
}
