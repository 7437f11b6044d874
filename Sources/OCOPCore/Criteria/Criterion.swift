/// Tiêu chí: one line of a scoring sheet, on which the evaluator picks exactly one option.
///
/// A criterion either lists its options directly, or offers alternative cases
/// ("chọn một trong các trường hợp"): the evaluator first picks the case that fits the product,
/// then one option within it, or (schema 2) is the sum of sub-criteria, each answered and added
/// (tea "6.1 Ngoại hình" = 6.1.1 + 6.1.2). Exactly one of `options`, `alternatives` and
/// `subCriteria` is non-empty in a valid sheet; the validator reports any other shape rather than
/// the type forbidding it, so that a defective imported sheet can still be loaded, shown and corrected.
/// A yes/no criterion (`isYesNo`, printed without options) carries the two options 0 and its maximum.
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
    /// Điểm tối đa in trên phiếu: the maximum the text prints, kept so that the validator can compare
    /// it with what the options (or sub-criteria) actually reach; nil when the source prints none.
    public var declaredMaxPoints: Points?
    /// Tiêu chí con: when non-empty, this criterion is a heading whose points are the sum of these,
    /// each answered on its own. Not the same as `alternatives` (choose one case).
    public var subCriteria: [Criterion]
    /// Tiêu chí có/không: printed without options, scored 0 or its maximum (26/2026 "Ghi nhãn … song ngữ").
    /// Its `options` are the two of `YesNo.options(maximum:)`; the file stores only the flag and the maximum.
    public var isYesNo: Bool

    public init(
        code: String, text: String, note: String? = nil, evidence: String? = nil,
        options: [ScoringOption] = [], alternatives: [AlternativeCase] = [],
        appliesWhen: ApplicabilityRule? = nil, mandatory: MandatoryRule? = nil,
        declaredMaxPoints: Points? = nil, subCriteria: [Criterion] = [], isYesNo: Bool = false
    ) {
        self.code = code
        self.text = text
        self.note = note
        self.evidence = evidence
        self.options = options
        self.alternatives = alternatives
        self.appliesWhen = appliesWhen
        self.mandatory = mandatory
        self.declaredMaxPoints = declaredMaxPoints
        self.subCriteria = subCriteria
        self.isYesNo = isYesNo
    }

    /// Every option the evaluator could end on, across cases, in sheet order.
    public var allOptions: [ScoringOption] {
        alternatives.isEmpty ? options : options + alternatives.flatMap(\.options)
    }

    /// Điểm tối đa: the best option; for alternative cases, the best over all cases (only one case is
    /// scored); for sub-criteria, the sum of theirs. What the sheet can really give, not what it prints
    /// (`declaredMaxPoints`). A criterion with nothing to score counts its printed maximum, so that a
    /// missing option list is reported once, not again as sections and parts that do not add up
    /// (such a sheet never compiles, so no score ever uses this figure).
    public var maxPoints: Points {
        if !subCriteria.isEmpty { return subCriteria.reduce(.zero) { $0 + $1.maxPoints } }
        guard let best = allOptions.map(\.points).max() else { return declaredMaxPoints ?? .zero }
        return best
    }

    /// The criteria the evaluator answers: itself, or its sub-criteria (recursively), in sheet order.
    public var leaves: [Criterion] {
        subCriteria.isEmpty ? [self] : subCriteria.flatMap(\.leaves)
    }

    /// Tiêu chí loại: true when some option eliminates the product.
    public var isKnockOut: Bool { allOptions.contains(where: \.isKnockOut) }

    /// The option with this id, wherever it sits.
    public func option(id: String) -> ScoringOption? { allOptions.first { $0.id == id } }

    enum CodingKeys: String, CodingKey {
        case code, text, note, evidence, options, alternatives, appliesWhen, mandatory
        case declaredMaxPoints = "maxPoints", subCriteria, isYesNo = "yesNo"
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
        declaredMaxPoints = try c.decodeIfPresent(Points.self, forKey: .declaredMaxPoints)
        subCriteria = try c.decodeIfPresent([Criterion].self, forKey: .subCriteria) ?? []
        isYesNo = try c.decodeIfPresent(Bool.self, forKey: .isYesNo) ?? false
        // A yes/no criterion is stored as its flag and maximum; its two options are implied.
        if isYesNo && options.isEmpty { options = YesNo.options(maximum: declaredMaxPoints ?? .zero) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(evidence, forKey: .evidence)
        let impliedOptions = isYesNo && options == YesNo.options(maximum: declaredMaxPoints ?? .zero)
        if !impliedOptions && (!options.isEmpty || (alternatives.isEmpty && subCriteria.isEmpty)) {
            try c.encode(options, forKey: .options)
        }
        if !alternatives.isEmpty { try c.encode(alternatives, forKey: .alternatives) }
        try c.encodeIfPresent(appliesWhen, forKey: .appliesWhen)
        try c.encodeIfPresent(mandatory, forKey: .mandatory)
        try c.encodeIfPresent(declaredMaxPoints, forKey: .declaredMaxPoints)
        if !subCriteria.isEmpty { try c.encode(subCriteria, forKey: .subCriteria) }
        if isYesNo { try c.encode(true, forKey: .isYesNo) }
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
    /// Mức tối thiểu (dấu sao): this option is the lowest acceptable answer for a product to be rated
    /// this star (and, unless a higher star marks another option, the stars above). 26/2026 prints it
    /// as *** / **** / ***** next to the option; one criterion may mark a different option per star.
    public var minForStar: Star?
    /// Điểm in sai trong nguồn: the source's points cell as printed ("13", "" for blank) when it could
    /// not be used; `points` is then 0 and means nothing. Kept so that the validator refuses the sheet
    /// and says what was printed, until an officer enters the right points in a new version.
    public var sourcePointsRaw: String?

    public init(id: String, text: String, points: Points, isKnockOut: Bool = false,
                minForStar: Star? = nil, sourcePointsRaw: String? = nil) {
        self.id = id
        self.text = text
        self.points = points
        self.isKnockOut = isKnockOut
        self.minForStar = minForStar
        self.sourcePointsRaw = sourcePointsRaw
    }

    enum CodingKeys: String, CodingKey { case id, text, points, isKnockOut = "knockOut", minForStar, sourcePointsRaw }

    /// `"points": null` is allowed only with `sourcePointsRaw` (a defect carried from the source).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        isKnockOut = try c.decodeIfPresent(Bool.self, forKey: .isKnockOut) ?? false
        minForStar = try c.decodeIfPresent(Star.self, forKey: .minForStar)
        sourcePointsRaw = try c.decodeIfPresent(String.self, forKey: .sourcePointsRaw)
        if sourcePointsRaw != nil, try c.decodeNil(forKey: .points) {
            points = .zero
        } else {
            points = try c.decode(Points.self, forKey: .points)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        if sourcePointsRaw != nil && points == .zero { try c.encodeNil(forKey: .points) } else { try c.encode(points, forKey: .points) }
        if isKnockOut { try c.encode(true, forKey: .isKnockOut) }
        try c.encodeIfPresent(minForStar, forKey: .minForStar)
        try c.encodeIfPresent(sourcePointsRaw, forKey: .sourcePointsRaw)
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
