/// Where a record sits in the administrative tree after 01/07/2025 (two-level local government:
/// province → commune). `nil` codes mean "the whole country" or "the whole province".
public struct UnitLocation: Hashable, Sendable, Codable {
    public var provinceCode: String?
    public var communeCode: String?

    public init(provinceCode: String?, communeCode: String? = nil) {
        self.provinceCode = provinceCode
        self.communeCode = communeCode
    }

    public static let nation = UnitLocation(provinceCode: nil, communeCode: nil)
    public static func province(_ code: String) -> UnitLocation { .init(provinceCode: code) }
    public static func commune(_ code: String, inProvince province: String) -> UnitLocation {
        .init(provinceCode: province, communeCode: code)
    }

    /// True when `other` lies inside (or is) this location.
    public func contains(_ other: UnitLocation) -> Bool {
        if let provinceCode, other.provinceCode != provinceCode { return false }
        if let communeCode, other.communeCode != communeCode { return false }
        return true
    }
}
