import Fluent
import OCOPCore

/// The place of a producer as two lists, the province then its communes, so nobody has to know a
/// commune code such as 11503 (issue 12). Without JavaScript the commune list follows the chosen
/// province when the form comes back (the commune is then asked for); app.js fills it at once from
/// `SiteURL.communeOptions`.
struct CommuneChoices {
    typealias Choice = (value: String, label: String)

    var provinces: [Choice]
    /// The chosen province: the commune's own when a valid commune was chosen, else what was picked.
    var provinceCode: String
    var communes: [Choice]

    /// `onlyProvince` narrows the provinces to one (a provincial officer registers producers of their own province).
    static func load(provinceCode: String?, communeCode: String?, onlyProvince: String? = nil,
                     on db: any Database) async throws -> CommuneChoices {
        var provinceQuery = AdminUnit.query(on: db).filter(\.$level == .province)
        if let onlyProvince { provinceQuery = provinceQuery.filter(\.$id == onlyProvince) }
        let provinces = sorted(try await provinceQuery.all())
        var chosen = ProducerService.trimmed(provinceCode)
        let code = ProducerService.trimmed(communeCode)
        if !code.isEmpty, let commune = try await AdminUnit.find(code, on: db), commune.level == .commune {
            chosen = commune.provinceCode
        }
        if let onlyProvince { chosen = onlyProvince }
        guard provinces.contains(where: { $0.value == chosen }) else {
            return CommuneChoices(provinces: provinces, provinceCode: "", communes: [])
        }
        return CommuneChoices(provinces: provinces, provinceCode: chosen, communes: try await communes(of: chosen, on: db))
    }

    static func communes(of provinceCode: String, on db: any Database) async throws -> [Choice] {
        sorted(try await AdminUnit.query(on: db).filter(\.$provinceCode == provinceCode).filter(\.$level == .commune).all())
    }

    /// In alphabetical order without diacritics (a byte order would put «Ân Thi» after «Yên Mỹ»), the
    /// name itself breaking ties. A commune's stored name starts with its kind, so the list reads
    /// đặc khu, then phường, then xã, each in alphabetical order.
    private static func sorted(_ units: [AdminUnit]) -> [Choice] {
        units.map { (key: SearchFolding.fold($0.name), unit: $0) }
            .sorted { ($0.key, $0.unit.name) < ($1.key, $1.unit.name) }
            .map { ($0.unit.id ?? "", $0.unit.nameWithType) }
    }
}
