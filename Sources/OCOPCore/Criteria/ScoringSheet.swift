/// Phiếu đánh giá: the scoring sheet of one product set, Part → section → criterion → option.
public struct ScoringSheet: Sendable, Codable, Equatable, Hashable {
    public var parts: [SheetPart]

    public init(parts: [SheetPart] = []) { self.parts = parts }

    /// Every criterion in sheet order (the order evaluators fill it and knock-outs cut it).
    public var criteria: [Criterion] { parts.flatMap { $0.sections.flatMap(\.criteria) } }

    public func criterion(code: String) -> Criterion? { criteria.first { $0.code == code } }

    enum CodingKeys: String, CodingKey { case parts }
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

    public var criteria: [Criterion] { sections.flatMap(\.criteria) }

    /// Sum of the criteria maxima, the figure the declared maximum must match.
    public var criteriaMaximum: Points { criteria.reduce(.zero) { $0 + $1.maxPoints } }

    enum CodingKeys: String, CodingKey { case code, name, maxPoints, sections }
}

/// Mục: a numbered heading that groups criteria ("1. TỔ CHỨC SẢN XUẤT").
public struct SheetSection: Sendable, Codable, Equatable, Hashable {
    public var title: String
    public var criteria: [Criterion]

    public init(title: String, criteria: [Criterion]) {
        self.title = title
        self.criteria = criteria
    }

    enum CodingKeys: String, CodingKey { case title, criteria }
}
