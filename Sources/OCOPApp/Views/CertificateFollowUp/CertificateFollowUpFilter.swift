import Fluent
import Foundation
import OCOPCore
import Vapor

/// Lọc danh sách theo dõi giấy chứng nhận: which of the four lists, words of the product's name, the
/// province, the commune, the star, and the order. One filter narrows the page, the print and the
/// export.
struct CertificateFollowUpFilter: Sendable, Equatable {
    enum Sort: String, CaseIterable, Sendable {
        case expiry = "han"
        case name = "ten"
        case commune = "xa"

        var title: String {
            switch self {
            case .expiry: "Hết hạn sớm trước"
            case .name: "Theo tên sản phẩm (A–Z)"
            case .commune: "Theo xã/phường"
            }
        }
    }

    var list: CertificateFollowUpList = .windowOpen
    var text = ""
    var province = ""
    var commune = ""
    /// "3", "4", "5" or empty.
    var star = ""
    var sort: Sort = .expiry

    init() {}

    init(_ req: Request) {
        let value = { (name: String) in DossierText.trimmed((try? req.query.get(String.self, at: name)) ?? "") }
        list = CertificateFollowUpList(rawValue: value("loai")) ?? .windowOpen
        text = value("q")
        province = value("tinh")
        commune = value("xa")
        star = Star(rawValue: Int(value("sao")) ?? 0).map { String($0.rawValue) } ?? ""
        sort = Sort(rawValue: value("sap-xep")) ?? .expiry
    }

    var words: [String] { SearchFolding.fold(text).split(separator: " ").map(String.init) }

    var narrows: Bool { !words.isEmpty || !province.isEmpty || !commune.isEmpty || !star.isEmpty }

    /// Narrows a recognitions query joined with its product.
    @discardableResult
    func narrow(_ query: QueryBuilder<RecognitionRecord>) -> QueryBuilder<RecognitionRecord> {
        for word in words { query.filter(ProductRecord.self, \.$searchKey ~~ word) }
        if !province.isEmpty { query.filter(ProductRecord.self, \.$provinceCode == province) }
        if !commune.isEmpty { query.filter(ProductRecord.self, \.$communeCode == commune) }
        if let star = Int(star) { query.filter(\.$star == star) }
        return query
    }

    /// The id last, so pages never overlap.
    @discardableResult
    func sorted(_ query: QueryBuilder<RecognitionRecord>) -> QueryBuilder<RecognitionRecord> {
        switch sort {
        case .expiry: query.sort(\.$expiryDate)
        case .name: query.sort(ProductRecord.self, \.$searchKey)
        case .commune: query.sort(ProductRecord.self, \.$communeCode).sort(\.$expiryDate)
        }
        return query.sort(\.$id)
    }

    /// The query string without the list, for the tabs; `queryString` adds it.
    func narrowingQuery() -> String {
        ListQuery.string([("q", text), ("tinh", province), ("xa", commune), ("sao", star), ("sap-xep", sort == .expiry ? "" : sort.rawValue)])
    }

    func queryString() -> String {
        ListQuery.string([("loai", list.rawValue)]) + { $0.isEmpty ? "" : "&" + $0 }(narrowingQuery())
    }
}
