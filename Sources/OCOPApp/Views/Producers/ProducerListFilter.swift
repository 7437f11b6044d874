import Fluent
import Foundation
import OCOPCore
import Vapor

/// Tìm và lọc chủ thể: words of the name, tax code or representative typed with or without
/// diacritics, the province, the commune, the state of the sign-up, and the order. One filter
/// narrows the page and the export, so what an officer exports is what they see.
struct ProducerListFilter: Sendable, Equatable {
    typealias Sort = ListSort

    var text = ""
    var province = ""
    var commune = ""
    var status: ProducerStatus?
    var sort: Sort = .name

    init() {}

    init(_ req: Request) {
        let value = { (name: String) in DossierText.trimmed((try? req.query.get(String.self, at: name)) ?? "") }
        text = value("q")
        province = value("tinh")
        commune = value("xa")
        status = ProducerStatus(rawValue: value("trang-thai"))
        sort = Sort(rawValue: value("sap-xep")) ?? .name
    }

    var words: [String] { SearchFolding.fold(text).split(separator: " ").map(String.init) }

    var narrows: Bool { !words.isEmpty || !province.isEmpty || !commune.isEmpty || status != nil }

    @discardableResult
    func narrow(_ query: QueryBuilder<ProducerRecord>) -> QueryBuilder<ProducerRecord> {
        for word in words { query.filter(\.$searchKey ~~ word) }
        if !province.isEmpty { query.filter(\.$provinceCode == province) }
        if !commune.isEmpty { query.filter(\.$communeCode == commune) }
        if let status { query.filter(\.$producerStatus == status) }
        return query
    }

    /// The folded name orders "Đặng" among the D's, as a Vietnamese list does; the id last, so
    /// pages never overlap.
    @discardableResult
    func sorted(_ query: QueryBuilder<ProducerRecord>) -> QueryBuilder<ProducerRecord> {
        switch sort {
        case .name: query.sort(\.$searchKey)
        case .commune: query.sort(\.$communeCode).sort(\.$searchKey)
        case .newest: query.sort(\.$createdAt, .descending)
        }
        return query.sort(\.$id)
    }

    func queryString() -> String {
        ListQuery.string([("q", text), ("tinh", province), ("xa", commune), ("trang-thai", status?.rawValue ?? ""),
                          ("sap-xep", sort == .name ? "" : sort.rawValue)])
    }
}
