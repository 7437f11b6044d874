import Foundation
import OCOPCore

/// Hồ sơ cần xử lý: the dossiers in the person's scope, by state, with the counts of each state and
/// the bulk step the state allows (the commune forwards assessed dossiers with one letter; the
/// province receives forwarded dossiers into an evaluation round).
struct DossierQueueModel {
    struct Tab {
        /// Nil (and no outcome): every state.
        let state: DossierState?
        var outcome: DossierOutcome.Kind? = nil
        let count: Int
        /// The state waits for a step of this person's role.
        let awaitsViewer: Bool

        var title: String { outcome?.title ?? state?.title ?? "Tất cả" }
        var id: String { "tab-" + (outcome?.rawValue ?? state?.rawValue ?? "all") }
    }

    struct Row {
        let id: String
        /// `DossierPick.value`, the checkbox's value.
        let pick: String
        let product: String
        let producer: String
        let commune: String
        let round: String
        let kind: String
        let productSet: String
        let state: String
        let submittedAt: String
        /// The commune's 15-working-day limit while it runs (`CommuneDeadlines`), nil otherwise.
        var deadline: Deadline? = nil
    }

    /// "Còn 3 ngày làm việc (hạn 14/05/2026)", flagged when near or passed.
    struct Deadline {
        let label: String
        let isUrgent: Bool
        let isOverdue: Bool
    }

    enum Bulk {
        /// "Lập công văn chuyển tỉnh" for the commune officer on assessed dossiers.
        case forward
        /// "Tiếp nhận vào đợt đánh giá" for the provincial officer on forwarded dossiers.
        case accept(rounds: [(value: String, label: String)])
        /// "Đã nhận đủ 05 sản phẩm mẫu" for the commune officer on submitted dossiers (26/2026):
        /// the samples of a day's dossiers arrive together.
        case recordSamples
    }

    var tabs: [Tab] = []
    var filter: DossierQueueFilter
    var options = DossierQueueOptions()
    var rows: [Row] = []
    /// How many dossiers the filter finds, on every page.
    var found = 0
    var page = 1
    var pageCount = 1
    /// Products the person may open a dossier for (representatives only).
    var products: [(id: String, name: String)] = []
    var bulk: Bulk?
    var errors: [String] = []
    var selected: Set<String> = []
    var selectedRound = ""
    /// The day typed on the samples' form (dd/mm/yyyy), kept when it is refused; today at first.
    var samplesDay = CalendarDay.inVietnam(Date()).vietnamese
}
