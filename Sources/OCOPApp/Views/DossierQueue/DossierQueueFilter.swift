import Fluent
import Foundation
import OCOPCore
import Vapor

/// Bộ lọc hàng hồ sơ: what the queue's search form asks — words of the product's or producer's name
/// typed with or without diacritics, the province, commune, registration round, kind, product set and
/// state — and the order of the list. One filter narrows the page, the counts of the state tabs and
/// the export, so what an officer exports is exactly what they see.
struct DossierQueueFilter: Sendable, Equatable {
    enum Sort: String, CaseIterable, Sendable {
        /// By commune, then round, newest first: how the province receives forwarded dossiers.
        case commune = "xa"
        /// Oldest submission first: the order in which the working-day limits run out.
        case oldestSubmitted = "nop-som"
        case newestSubmitted = "nop-moi"
        case product = "san-pham"

        var title: String {
            switch self {
            case .commune: "Theo xã/phường, đợt đăng ký"
            case .oldestSubmitted: "Nộp sớm nhất trước"
            case .newestSubmitted: "Nộp mới nhất trước"
            case .product: "Theo tên sản phẩm (A–Z)"
            }
        }
    }

    var text = ""
    var state: DossierState?
    /// The province's decision, as tabs beside the states ("Đã công nhận", "Không đạt").
    var outcome: DossierOutcome.Kind?
    var province = ""
    var commune = ""
    /// A registration round's id.
    var round = ""
    var kind: DossierKind?
    /// A product set's name (`ProductRecord.productSetName`): codes differ between criteria sets.
    var productSet = ""
    var sort: Sort = .commune

    init(state: DossierState? = nil, outcome: DossierOutcome.Kind? = nil) {
        self.state = state
        self.outcome = outcome
    }

    init(_ req: Request) {
        let value = { (name: String) in DossierText.trimmed((try? req.query.get(String.self, at: name)) ?? "") }
        text = value("q")
        state = DossierState(rawValue: value("trang-thai"))
        outcome = DossierOutcome.Kind(rawValue: value("ket-qua"))
        province = value("tinh")
        commune = value("xa")
        round = UUID(uuidString: value("dot")) == nil ? "" : value("dot")
        kind = DossierKind(rawValue: value("loai"))
        productSet = value("bo")
        sort = Sort(rawValue: value("sap-xep")) ?? .commune
    }

    /// The words searched for, folded as the stored search keys are.
    var words: [String] { SearchFolding.fold(text).split(separator: " ").map(String.init) }

    /// Something other than the state narrows the list.
    var narrowsBeyondState: Bool {
        !words.isEmpty || !province.isEmpty || !commune.isEmpty || !round.isEmpty || kind != nil || !productSet.isEmpty
    }

    /// Adds the filter's conditions (the state and the result too unless `ignoringState`) to a dossier query.
    /// Products and producers are joined only when the search or the product set needs them.
    @discardableResult
    func narrow(_ query: QueryBuilder<DossierRecord>, ignoringState: Bool = false) -> QueryBuilder<DossierRecord> {
        if !ignoringState { narrowToTab(query) }
        if !province.isEmpty { query.filter(\.$provinceCode == province) }
        if !commune.isEmpty { query.filter(\.$communeCode == commune) }
        if let round = UUID(uuidString: round) { query.filter(\.$round.$id == round) }
        if let kind { query.filter(\.$dossierKind == kind) }
        if needsProduct { query.join(ProductRecord.self, on: \DossierRecord.$product.$id == \ProductRecord.$id) }
        if !productSet.isEmpty { query.filter(ProductRecord.self, \.$productSetName == productSet) }
        if !words.isEmpty {
            query.join(ProducerRecord.self, on: \DossierRecord.$producer.$id == \ProducerRecord.$id)
            for word in words {
                query.group(.or) { either in
                    either.filter(ProductRecord.self, \.$searchKey ~~ word).filter(ProducerRecord.self, \.$searchKey ~~ word)
                }
            }
        }
        return query
    }

    /// Adds the chosen tab's condition only: the state, or the result.
    @discardableResult
    func narrowToTab(_ query: QueryBuilder<DossierRecord>) -> QueryBuilder<DossierRecord> {
        if let state { query.filter(\.$state == state) }
        if let outcome { query.filter(outcome.condition) }
        return query
    }

    /// Orders a query already narrowed by `narrow`; the id last, so pages never overlap.
    @discardableResult
    func sorted(_ query: QueryBuilder<DossierRecord>) -> QueryBuilder<DossierRecord> {
        switch sort {
        case .commune: query.sort(\.$communeCode).sort(\.$round.$id).sort(\.$createdAt, .descending)
        case .oldestSubmitted: query.sort(\.$submittedAt).sort(\.$createdAt)
        case .newestSubmitted: query.sort(\.$submittedAt, .descending).sort(\.$createdAt, .descending)
        case .product:
            if !needsProduct { query.join(ProductRecord.self, on: \DossierRecord.$product.$id == \ProductRecord.$id) }
            // The folded name: "Mật ong" before "Miến dong", as in a Vietnamese list (the bytes would not).
            query.sort(ProductRecord.self, \.$searchKey)
        }
        return query.sort(\.$id)
    }

    private var needsProduct: Bool { !productSet.isEmpty || !words.isEmpty }

    /// The filter as a query string, for the pager and the export links; a tab passes its own
    /// state or result (`tab:`), which replaces both.
    func queryString(tab: (state: DossierState?, outcome: DossierOutcome.Kind?)? = nil) -> String {
        let chosen = tab ?? (state, outcome)
        let pairs: [(String, String)] = [
            ("q", text), ("trang-thai", chosen.state?.rawValue ?? ""), ("ket-qua", chosen.outcome?.rawValue ?? ""), ("tinh", province), ("xa", commune), ("dot", round),
            ("loai", kind?.rawValue ?? ""), ("bo", productSet), ("sap-xep", sort == .commune ? "" : sort.rawValue),
        ]
        return ListQuery.string(pairs)
    }
}
