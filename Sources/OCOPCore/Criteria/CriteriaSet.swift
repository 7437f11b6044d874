/// Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP: a versioned criteria set, national or provincial,
/// with its validity period, part maxima, star bands, gates, bonuses and classification tree.
///
/// A dossier is scored with the set in force for its evaluation round and keeps it forever, so a set
/// is identified by `id` + `version` and is never edited once published (see `CriteriaSetLifecycle`).
/// Every rule that the legal texts fix (maxima, bands, gates, bonuses) lives here as data, so that a
/// province's variant or a new decision is a new set, not a code change.
public struct CriteriaSet: Sendable, Codable, Equatable, Hashable {
    /// Mã bộ tiêu chí, e.g. "QD148-2023" or "QD1048-2019".
    public var id: String
    /// Phiên bản: increases with every published revision of the same `id`.
    public var version: Int
    public var name: String
    /// Căn cứ pháp lý: the instrument(s) that issue the set.
    public var legalBasis: String
    public var scope: CriteriaScope
    /// Ngày bắt đầu hiệu lực; nil while unknown (a draft).
    public var effectiveFrom: CalendarDay?
    /// Ngày hết hiệu lực (inclusive); nil while in force without end.
    public var effectiveTo: CalendarDay?
    public var status: CriteriaSetStatus
    /// Điểm tối đa từng phần, in sheet order (148: A 40, B 25, C 35). Must sum to 100.
    public var partMaxima: [PartMaximum]
    /// Khung phân hạng sao: must cover 0–100 without gap or overlap.
    public var starBands: [StarBand]
    /// Hạng tối thiểu được công nhận: 3★ nationally.
    public var recognitionThreshold: Star
    /// Điều kiện theo hạng, e.g. a registered trademark for 4★ and above.
    public var factGates: [FactGate]
    /// Điểm cộng theo đặc điểm chủ thể.
    public var bonusRules: [BonusRule]
    /// Nhóm → phân nhóm → bộ sản phẩm, each product set with its sheet.
    public var groups: [ProductGroup]

    public init(
        id: String, version: Int, name: String, legalBasis: String, scope: CriteriaScope = .national,
        effectiveFrom: CalendarDay? = nil, effectiveTo: CalendarDay? = nil, status: CriteriaSetStatus = .draft,
        partMaxima: [PartMaximum], starBands: [StarBand] = StarBand.national, recognitionThreshold: Star = .three,
        factGates: [FactGate] = [], bonusRules: [BonusRule] = [], groups: [ProductGroup] = []
    ) {
        self.id = id
        self.version = version
        self.name = name
        self.legalBasis = legalBasis
        self.scope = scope
        self.effectiveFrom = effectiveFrom
        self.effectiveTo = effectiveTo
        self.status = status
        self.partMaxima = partMaxima
        self.starBands = starBands
        self.recognitionThreshold = recognitionThreshold
        self.factGates = factGates
        self.bonusRules = bonusRules
        self.groups = groups
    }

    /// Tổng điểm tối đa: the sum of the part maxima, the cap for totals with bonuses.
    public var maxTotal: Points { partMaxima.reduce(.zero) { $0 + $1.maxPoints } }

    /// Every product set, in tree order.
    public var productSets: [ProductSet] { groups.flatMap { $0.subGroups.flatMap(\.productSets) } }

    public func productSet(code: String) -> ProductSet? { productSets.first { $0.code == code } }

    /// The set's maximum for a part code, nil when the set does not declare that part.
    public func partMaximum(_ part: String) -> Points? { partMaxima.first { $0.part == part }?.maxPoints }

    /// True when the set is in force on `day` (both ends inclusive; open ends always match).
    /// A set transcribed from an unofficial copy (148's) says so in its name, and the places that show
    /// only its code add the words, so nobody takes it for the signed text.
    public var isUnofficialCopy: Bool { name.contains("không chính thức") }

    public func isInForce(on day: CalendarDay) -> Bool {
        if let from = effectiveFrom, day < from { return false }
        if let to = effectiveTo, to < day { return false }
        return true
    }

    enum CodingKeys: String, CodingKey {
        case id, version, name, legalBasis, scope, effectiveFrom, effectiveTo, status, partMaxima,
             starBands, recognitionThreshold, factGates, bonusRules, groups
    }
}

/// Phạm vi áp dụng: national (a Prime Minister's decision) or one province's own variant.
public enum CriteriaScope: Sendable, Equatable, Hashable, Codable {
    case national
    /// `code`: the province's official code (e.g. "31" for Hải Phòng).
    case province(code: String)

    enum CodingKeys: String, CodingKey { case kind, provinceCode }

    /// JSON: `{"kind": "national"}` or `{"kind": "province", "provinceCode": "31"}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .kind) {
        case "national": self = .national
        case "province": self = .province(code: try c.decode(String.self, forKey: .provinceCode))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "Phạm vi không hợp lệ: \(other)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .national: try c.encode("national", forKey: .kind)
        case .province(let code):
            try c.encode("province", forKey: .kind)
            try c.encode(code, forKey: .provinceCode)
        }
    }
}

/// Trạng thái bộ tiêu chí: dự thảo → đã kiểm tra → đã ban hành → hết hiệu lực.
public enum CriteriaSetStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case draft, validated, published, retired

    public var vietnamese: String {
        switch self {
        case .draft: "dự thảo"
        case .validated: "đã kiểm tra"
        case .published: "đã ban hành"
        case .retired: "hết hiệu lực"
        }
    }
}

/// Điểm tối đa của một phần, declared by the set.
public struct PartMaximum: Sendable, Codable, Equatable, Hashable {
    public var part: String
    public var name: String
    public var maxPoints: Points

    public init(part: String, name: String, maxPoints: Points) {
        self.part = part
        self.name = name
        self.maxPoints = maxPoints
    }

    enum CodingKeys: String, CodingKey { case part, name, maxPoints }
}
