/// Nhóm sản phẩm: a product group (148 has six: Thực phẩm, Đồ uống, ...).
public struct ProductGroup: Sendable, Codable, Equatable, Hashable {
    /// "I" ... "VI" under 148.
    public var code: String
    public var name: String
    public var subGroups: [ProductSubGroup]

    public init(code: String, name: String, subGroups: [ProductSubGroup] = []) {
        self.code = code
        self.name = name
        self.subGroups = subGroups
    }

    enum CodingKeys: String, CodingKey { case code, name, subGroups }
}

/// Phân nhóm: a sub-group of a product group ("I.1").
public struct ProductSubGroup: Sendable, Codable, Equatable, Hashable {
    public var code: String
    public var name: String
    public var productSets: [ProductSet]

    public init(code: String, name: String, productSets: [ProductSet] = []) {
        self.code = code
        self.name = name
        self.productSets = productSets
    }

    enum CodingKeys: String, CodingKey { case code, name, productSets }
}

/// Bộ sản phẩm: the finest class ("I.1.a Rau, củ, quả, hạt tươi"); each has its own scoring sheet.
public struct ProductSet: Sendable, Codable, Equatable, Hashable {
    /// Unique within the criteria set; dossiers refer to their product set by this code.
    public var code: String
    public var name: String
    public var sheet: ScoringSheet
    /// Cơ quan chủ trì quản lý (26/2026 Phụ lục I): the ministry responsible for the product set,
    /// e.g. "Bộ Công Thương"; nil when the set does not say.
    public var responsibleAuthority: String?

    public init(code: String, name: String, sheet: ScoringSheet = ScoringSheet(), responsibleAuthority: String? = nil) {
        self.code = code
        self.name = name
        self.sheet = sheet
        self.responsibleAuthority = responsibleAuthority
    }

    enum CodingKeys: String, CodingKey { case code, name, sheet, responsibleAuthority }
}
