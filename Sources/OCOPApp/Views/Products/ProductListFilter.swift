import Fluent
import Foundation
import OCOPCore
import Vapor

/// Tìm và lọc sản phẩm: words of the product's or producer's name with or without diacritics, the
/// province, the commune, the product set, and the order. One filter narrows the page and the
/// export.
struct ProductListFilter: Sendable, Equatable {
    typealias Sort = ListSort

    var text = ""
    var province = ""
    var commune = ""
    /// A product set's name (codes differ between criteria sets).
    var productSet = ""
    var sort: Sort = .name

    init() {}

    init(_ req: Request) {
        let value = { (name: String) in DossierText.trimmed((try? req.query.get(String.self, at: name)) ?? "") }
        text = value("q")
        province = value("tinh")
        commune = value("xa")
        productSet = value("bo")
        sort = Sort(rawValue: value("sap-xep")) ?? .name
    }

    var words: [String] { SearchFolding.fold(text).split(separator: " ").map(String.init) }

    var narrows: Bool { !words.isEmpty || !province.isEmpty || !commune.isEmpty || !productSet.isEmpty }

    @discardableResult
    func narrow(_ query: QueryBuilder<ProductRecord>) -> QueryBuilder<ProductRecord> {
        for word in words { query.filter(\.$searchKey ~~ word) }
        if !province.isEmpty { query.filter(\.$provinceCode == province) }
        if !commune.isEmpty { query.filter(\.$communeCode == commune) }
        if !productSet.isEmpty { query.filter(\.$productSetName == productSet) }
        return query
    }

    /// The folded name orders a Vietnamese list; the id last, so pages never overlap.
    @discardableResult
    func sorted(_ query: QueryBuilder<ProductRecord>) -> QueryBuilder<ProductRecord> {
        switch sort {
        case .name: query.sort(\.$searchKey)
        case .commune: query.sort(\.$communeCode).sort(\.$searchKey)
        case .newest: query.sort(\.$createdAt, .descending)
        }
        return query.sort(\.$id)
    }

    func queryString() -> String {
        ListQuery.string([("q", text), ("tinh", province), ("xa", commune), ("bo", productSet), ("sap-xep", sort == .name ? "" : sort.rawValue)])
    }
}
