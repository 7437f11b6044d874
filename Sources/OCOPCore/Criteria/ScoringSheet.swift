/// Phiếu đánh giá: the scoring sheet of one product set, Part → section → criterion → option.
public struct ScoringSheet: Sendable, Codable, Equatable, Hashable {
    public var parts: [SheetPart]
    /// Điều kiện loại hồ sơ ("Hồ sơ bị loại khi …", 26/2026): rules in words, checked by an officer at
    /// intake before any scoring, so they are text and never scored.
    public var eliminationRules: [String]

    public init(parts: [SheetPart] = [], eliminationRules: [String] = []) {
        self.parts = parts
        self.eliminationRules = eliminationRules
    }

    /// Every criterion the evaluator answers, in sheet order (the order evaluators fill it and
    /// knock-outs cut it): a criterion made of sub-criteria appears as its sub-criteria.
    public var criteria: [Criterion] { parts.flatMap(\.criteria) }

    public func criterion(code: String) -> Criterion? { criteria.first { $0.code == code } }

    enum CodingKeys: String, CodingKey { case parts, eliminationRules }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        parts = try c.decode([SheetPart].self, forKey: .parts)
        eliminationRules = try c.decodeIfPresent([String].self, forKey: .eliminationRules) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(parts, forKey: .parts)
        if !eliminationRules.isEmpty { try c.encode(eliminationRules, forKey: .eliminationRules) }
    }
}

/// Phần: one of the three parts of a sheet (A: sản phẩm và sức mạnh cộng đồng; B: khả năng tiếp thị;
/// C: chất lượng sản phẩm), with the maximum the sheet declares for it.
public struct SheetPart: Sendable, Codable, Equatable, Hashable {
    /// "A", "B" or "C": must match a part declared by the criteria set.
    public var code: String
    public var name: String
    /// Điểm tối đa khai báo: must equal both the set's maximum for this part and the sum of its criteria maxima.
    public var maxPoints: Points
    public var sections: [SheetSection]

    public init(code: String, name: String, maxPoints: Points, sections: [SheetSection]) {
        self.code = code
        self.name = name
        self.maxPoints = maxPoints
        self.sections = sections
    }

    /// The criteria answered in this part (sub-criteria in place of the criterion they add up to).
    public var criteria: [Criterion] { sections.flatMap(\.scoredCriteria) }

    /// Sum of the criteria maxima, the figure the declared maximum must match.
    public var criteriaMaximum: Points { criteria.reduce(.zero) { $0 + $1.maxPoints } }

    enum CodingKeys: String, CodingKey { case code, name, maxPoints, sections }
}

/// Mục: a numbered heading that groups criteria ("1. TỔ CHỨC SẢN XUẤT").
public struct SheetSection: Sendable, Codable, Equatable, Hashable {
    public var title: String
    /// The criteria as printed: a criterion with sub-criteria is one entry here.
    public var criteria: [Criterion]
    /// Điểm tối đa của mục as printed (26/2026 prints one per section); nil when the source has none.
    public var maxPoints: Points?
    /// The section's points cell as printed when it was not one clear number (26/2026 "Hoa" §9 reads
    /// "4" and "1"); the validator refuses the sheet until an officer settles it.
    public var sourceMaxPointsRaw: String?

    public init(title: String, criteria: [Criterion], maxPoints: Points? = nil, sourceMaxPointsRaw: String? = nil) {
        self.title = title
        self.criteria = criteria
        self.maxPoints = maxPoints
        self.sourceMaxPointsRaw = sourceMaxPointsRaw
    }

    /// The title as a page prints it: the copy of 1048 runs the number into the words
    /// ("1.TỔ CHỨC SẢN XUẤT"); a space after the number reads "1. TỔ CHỨC SẢN XUẤT" (issue 12). The
    /// stored title stays as the source printed it.
    public var displayTitle: String {
        guard let number = title.range(of: #"^\d+(\.\d+)*\.(?=[^\s\d])"#, options: .regularExpression) else { return title }
        return title[number] + " " + title[number.upperBound...]
    }

    /// The criteria answered in this section, sub-criteria in place of their sum.
    public var scoredCriteria: [Criterion] { criteria.flatMap(\.leaves) }

    /// Sum of the criteria maxima, the figure a printed section maximum must match.
    public var criteriaMaximum: Points { criteria.reduce(.zero) { $0 + $1.maxPoints } }

    enum CodingKeys: String, CodingKey { case title, criteria, maxPoints, sourceMaxPointsRaw }
}
