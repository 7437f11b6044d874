import Foundation
import OCOPCore

/// Kế hoạch kiểm tra, printed, with the state of each of its inspections on screen.
struct InspectionPlanModel {
    struct Row {
        let inspection: InspectionRecord
        let product: String
        let producer: String
        let address: String
        let commune: String
        /// "4 sao, số 812/QĐ-UBND".
        let certificate: String
    }

    let plan: InspectionPlanRecord
    /// Nil for the ministry's plan.
    let provinceName: String?
    let rows: [Row]

    var recordedCount: Int { rows.filter { $0.inspection.status == .recorded }.count }
    var parentAgency: String { provinceName.map { "ỦY BAN NHÂN DÂN \($0.uppercased())" } ?? "" }
    var place: String { provinceName.map(UnitNames.shortName) ?? "Hà Nội" }
    var subject: String {
        plan.kind == .periodic ? "Kiểm tra, giám sát sản phẩm OCOP sau công nhận" : "Kiểm tra đột xuất sản phẩm OCOP sau công nhận"
    }
}

/// A plan in the list of inspections: its number, period and progress.
struct InspectionPlanListRow {
    let plan: InspectionPlanRecord
    let total: Int
    let recorded: Int
}
