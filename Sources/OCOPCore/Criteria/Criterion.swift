/// Tiêu chí: one line of a scoring sheet, on which the evaluator picks exactly one option.
///
/// A criterion either lists its options directly, or offers alternative cases
/// ("chọn một trong các trường hợp"): the evaluator first picks the case that fits the product,
/// then one option within it. Exactly one of `options` and `alternatives` is non-empty in a
/// valid sheet; the validator reports any other shape rather than the type forbidding it, so that
/// a defective imported sheet can still be loaded, shown and corrected.
public struct Criterion: Sendable, Codable, Equatable, Hashable {
    /// Mã tiêu chí, unique within a sheet, e.g. "A.1.1".
    public var code: String
    /// Nội dung tiêu chí.
    public var text: String
    /// Ghi chú: guidance printed under the criterion.
    public var note: String?
    /// Hồ sơ minh chứng: the evidence the council expects in the dossier.
    public var evidence: String?
    /// Phương án chấm, when the criterion has no alternative cases.
    public var options: [ScoringOption]
    /// Các trường hợp, when the evaluator must first choose one case.
    public var alternatives: [AlternativeCase]
    /// Điều kiện áp dụng: when set, the criterion is scored only if another criterion got one of the listed answers.
    public var appliesWhen: ApplicabilityRule?
    /// Tiêu chí bắt buộc (*): when set, failing it caps the product below the star it gates.
    public var mandatory: MandatoryRule?

    public init(
        code: String, text: String, note: String? = nil, evidence: String? = nil,
        options: [ScoringOption] = [], alternatives: [AlternativeCase] = [],
        appliesWhen: ApplicabilityRule? = nil, mandatory: MandatoryRule? = nil
    ) {
        self.code = code
        self.text = text
        self.note = note
        self.evidence = evidence
        self.options = options
        self.alternatives = alternatives
        self.appliesWhen = appliesWhen
        self.mandatory = mandatory
    }

    /// Every option the evaluator could end on, across cases, in sheet order.
    public var allOptions: [ScoringOption] {
        alternatives.isEmpty ? options : options + alternatives.flatMap(\.options)
    }

    /// Điểm tối đa: the best option; for alternative cases, the best over all cases (only one case is scored).
    public var maxPoints: Points {
        allOptions.map(\.points).max() ?? .zero
    }

    /// Tiêu chí loại: true when some option eliminates the product.
    public var isKnockOut: Bool { allOptions.contains(where: \.isKnockOut) }

    /// The option with this id, wherever it sits.
    public func option(id: String) -> ScoringOption? { allOptions.first { $0.id == id } }

    enum CodingKeys: String, CodingKey {
        case code, text, note, evidence, options, alternatives, appliesWhen, mandatory
    }

    /// Missing arrays decode as empty so that hand-keyed JSON stays short.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        note = try c.decodeIfPresent(String.self, forKey: .note)
        evidence = try c.decodeIfPresent(String.self, forKey: .evidence)
        options = try c.decodeIfPresent([ScoringOption].self, forKey: .options) ?? []
        alternatives = try c.decodeIfPresent([AlternativeCase].self, forKey: .alternatives) ?? []
        appliesWhen = try c.decodeIfPresent(ApplicabilityRule.self, forKey: .appliesWhen)
        mandatory = try c.decodeIfPresent(MandatoryRule.self, forKey: .mandatory)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(evidence, forKey: .evidence)
        if !options.isEmpty || alternatives.isEmpty { try c.encode(options, forKey: .options) }
        if !alternatives.isEmpty { try c.encode(alternatives, forKey: .alternatives) }
        try c.encodeIfPresent(appliesWhen, forKey: .appliesWhen)
        try c.encodeIfPresent(mandatory, forKey: .mandatory)
    }
}

/// Phương án chấm điểm: one answer to a criterion and the points it earns.
public struct ScoringOption: Sendable, Codable, Equatable, Hashable {
    /// Unique within its criterion (across all its cases), so that an answer names an option alone.
    public var id: String
    public var text: String
    public var points: Points
    /// Phương án loại: choosing it stops the evaluation (later criteria are not scored) and the product
    /// is not recognised, e.g. "Có tạp chất, không chấp nhận được".
    public var isKnockOut: Bool

    public init(id: String, text: String, points: Points, isKnockOut: Bool = false) {
        self.id = id
        self.text = text
        self.points = points
        self.isKnockOut = isKnockOut
    }

    enum CodingKeys: String, CodingKey { case id, text, points, isKnockOut = "knockOut" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        points = try c.decode(Points.self, forKey: .points)
        isKnockOut = try c.decodeIfPresent(Bool.self, forKey: .isKnockOut) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode(points, forKey: .points)
        if isKnockOut { try c.encode(true, forKey: .isKnockOut) }
    }
}

/// Trường hợp: one of the alternative cases of a criterion; only the chosen case is scored.
public struct AlternativeCase: Sendable, Codable, Equatable, Hashable {
    /// Unique within its criterion.
    public var id: String
    public var text: String
    public var options: [ScoringOption]

    public init(id: String, text: String, options: [ScoringOption]) {
        self.id = id
        self.text = text
        self.options = options
    }

    enum CodingKeys: String, CodingKey { case id, text, options }
}

/// Điều kiện áp dụng: "chỉ áp dụng khi tiêu chí X được chấm phương án Y", e.g. the presentation of
/// a product story is scored only when there is a story. The referenced criterion must come earlier
/// in the sheet, so the engine can decide applicability in one pass and rules can never form a cycle.
public struct ApplicabilityRule: Sendable, Codable, Equatable, Hashable {
    public var criterionCode: String
    /// The answers of `criterionCode` under which this criterion applies.
    public var optionIDs: [String]

    public init(criterionCode: String, optionIDs: [String]) {
        self.criterionCode = criterionCode
        self.optionIDs = optionIDs
    }

    enum CodingKeys: String, CodingKey { case criterionCode = "criterion", optionIDs = "options" }
}

/// Tiêu chí bắt buộc (*): a criterion the product must meet to be recognised at `gatesStar` or above.
///
/// Met means: the chosen option is one of `requiredOptionIDs`, or, when that list is empty, the
/// criterion scores more than 0. Failing it caps the star at the one below `gatesStar`
/// (Đồng Tháp revoked six products whose mandatory criteria had not been met).
public struct MandatoryRule: Sendable, Codable, Equatable, Hashable {
    public var gatesStar: Star
    public var requiredOptionIDs: [String]

    public init(gatesStar: Star, requiredOptionIDs: [String] = []) {
        self.gatesStar = gatesStar
        self.requiredOptionIDs = requiredOptionIDs
    }

    enum CodingKeys: String, CodingKey { case gatesStar = "gatesStar", requiredOptionIDs = "oneOf" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        gatesStar = try c.decode(Star.self, forKey: .gatesStar)
        requiredOptionIDs = try c.decodeIfPresent([String].self, forKey: .requiredOptionIDs) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(gatesStar, forKey: .gatesStar)
        if !requiredOptionIDs.isEmpty { try c.encode(requiredOptionIDs, forKey: .requiredOptionIDs) }
    }
}
