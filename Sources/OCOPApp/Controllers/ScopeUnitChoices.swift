import Fluent
import Foundation
import OCOPCore

/// The province and commune choices of a list's filter, drawn from the reader's scope: a national
/// officer picks the province, a provincial officer the commune (a hundred of them); a choice that
/// could only ever give one answer (a commune officer's own commune) is not offered. The dossier
/// queue, the producers and the products share it.
struct ScopeUnitChoices {
    typealias Choice = (value: String, label: String)

    var provinces: [Choice] = []
    var communes: [Choice] = []
    /// The province whose communes are offered: the one chosen, or the officer's only one.
    var province: String?

    static func load(scope: ReadScope, chosenProvince: String, on db: Database) async throws -> ScopeUnitChoices {
        var choices = ScopeUnitChoices()
        guard scope.reachesUnits else { return choices }
        let scopeProvinces = Set(scope.locations.compactMap(\.provinceCode))
        let wholeProvinces = Set(scope.locations.filter { $0.communeCode == nil }.compactMap(\.provinceCode))
        if scope.everything || scopeProvinces.count > 1 {
            let query = AdminUnit.query(on: db).filter(\.$level == .province).sort(\.$name)
            if !scope.everything { query.filter(\.$id ~~ scopeProvinces) }
            choices.provinces = try await query.all().map { ($0.id!, $0.nameWithType) }
        }
        let province = chosenProvince.isEmpty ? (wholeProvinces.count == 1 ? wholeProvinces.first : nil) : chosenProvince
        choices.province = province
        if let province, scope.everything || wholeProvinces.contains(province) {
            // Ordered as a Vietnamese list is (đặc khu, phường, xã, each A–Z without diacritics), not by bytes.
            choices.communes = try await AdminUnit.query(on: db).filter(\.$level == .commune).filter(\.$provinceCode == province)
                .all().map { ($0.id!, $0.nameWithType) }.sorted { SearchFolding.fold($0.1) < SearchFolding.fold($1.1) }
        }
        return choices
    }

    /// The product set names of the scope's products, A–Z, for a filter's «Bộ sản phẩm».
    static func productSetNames(scope: ReadScope, on db: Database) async throws -> [String] {
        try await ScopedList.narrow(ProductRecord.query(on: db), to: scope).unique().sort(\.$productSetName).all(\.$productSetName)
    }
}
