/// Tiêu chí địa phương: the four points the commune assesses before asking the province to evaluate
/// (procedure after 1489/QĐ-TTg). The council scores the product; the commune vouches that it is a
/// product of this place.
public enum LocalCriterion: String, Sendable, Codable, CaseIterable, Hashable {
    /// Nguồn gốc địa phương của sản phẩm hoặc nguyên liệu.
    case localOrigin
    /// Sử dụng lao động địa phương.
    case localLabour
    /// Nguồn gốc ý tưởng sản phẩm.
    case ideaOrigin
    /// Bản sắc địa phương.
    case localIdentity

    public var title: String {
        switch self {
        case .localOrigin: "Sản phẩm hoặc nguyên liệu có nguồn gốc tại địa phương"
        case .localLabour: "Sử dụng lao động địa phương"
        case .ideaOrigin: "Ý tưởng sản phẩm xuất phát từ địa phương"
        case .localIdentity: "Sản phẩm thể hiện bản sắc địa phương"
        }
    }
}

/// Kết luận: the commune's verdict on one local criterion.
public enum LocalVerdict: String, Sendable, Codable, CaseIterable, Hashable {
    /// Đạt.
    case met
    /// Không đạt.
    case notMet
    /// Chưa rõ: needs a visit or a document before the commune can say.
    case unclear

    public var title: String {
        switch self {
        case .met: "Đạt"
        case .notMet: "Không đạt"
        case .unclear: "Chưa rõ"
        }
    }
}

/// Đánh giá của UBND xã: the commune's assessment of the four local criteria, the content of the
/// commune assessment report sent with the dossier to the province.
public struct CommuneAssessment: Sendable, Codable, Equatable, Hashable {
    /// One criterion's verdict and the officer's remark.
    public struct Finding: Sendable, Codable, Equatable, Hashable {
        public var criterion: LocalCriterion
        public var verdict: LocalVerdict
        /// Nhận xét: required for "không đạt" and "chưa rõ", which the producer and the province must
        /// be able to understand and answer.
        public var remark: String

        public init(_ criterion: LocalCriterion, _ verdict: LocalVerdict, remark: String = "") {
            self.criterion = criterion
            self.verdict = verdict
            self.remark = remark
        }

        enum CodingKeys: String, CodingKey { case criterion, verdict, remark }
    }

    public var findings: [Finding]

    public init(findings: [Finding]) { self.findings = findings }

    enum CodingKeys: String, CodingKey { case findings }

    public func verdict(for criterion: LocalCriterion) -> LocalVerdict? {
        findings.first { $0.criterion == criterion }?.verdict
    }

    /// What keeps the assessment from being recorded (the dossier moving to "xã đã đánh giá"):
    /// a criterion not assessed or assessed twice, a negative or open verdict without a remark.
    public var problems: [String] {
        var problems: [String] = []
        for criterion in LocalCriterion.allCases {
            let matching = findings.filter { $0.criterion == criterion }
            if matching.isEmpty {
                problems.append("Chưa đánh giá tiêu chí \(DossierText.quoted(criterion.title)).")
            } else if matching.count > 1 {
                problems.append("Tiêu chí \(DossierText.quoted(criterion.title)) được đánh giá nhiều lần.")
            }
        }
        for finding in findings where finding.verdict != .met && DossierText.isBlank(finding.remark) {
            problems.append("Tiêu chí \(DossierText.quoted(finding.criterion.title)) được đánh giá «\(finding.verdict.title)»: phải ghi nhận xét.")
        }
        return problems
    }

    public var isComplete: Bool { problems.isEmpty }

    /// Whether the commune may forward the dossier to the province, with the reasons when not.
    public func forwarding(policy: CommuneForwardingPolicy = .standard) -> ForwardingDecision {
        var reasons = problems
        let unclear = findings.filter { $0.verdict == .unclear }.map(\.criterion)
        if !unclear.isEmpty {
            reasons.append("Còn tiêu chí chưa rõ: \(Self.names(unclear)).")
        }
        let unmet = LocalCriterion.allCases.filter { policy.mustBeMet.contains($0) && verdict(for: $0) == .notMet }
        if !unmet.isEmpty {
            reasons.append("Tiêu chí bắt buộc không đạt: \(Self.names(unmet)).")
        }
        return reasons.isEmpty ? .mayForward : .mayNotForward(reasons)
    }

    /// One line for the dossier list and the report: "Đánh giá của UBND xã: 3/4 tiêu chí đạt; không đạt:
    /// Sử dụng lao động địa phương. Đủ điều kiện đề nghị tỉnh đánh giá, phân hạng."
    public func summary(policy: CommuneForwardingPolicy = .standard) -> String {
        let met = LocalCriterion.allCases.filter { verdict(for: $0) == .met }.count
        var line = "Đánh giá của UBND xã: \(met)/\(LocalCriterion.allCases.count) tiêu chí đạt"
        for verdict in [LocalVerdict.notMet, .unclear] {
            let criteria = LocalCriterion.allCases.filter { self.verdict(for: $0) == verdict }
            if !criteria.isEmpty { line += "; \(verdict.title.lowercased()): \(Self.names(criteria))" }
        }
        let missing = LocalCriterion.allCases.filter { verdict(for: $0) == nil }
        if !missing.isEmpty { line += "; chưa đánh giá: \(Self.names(missing))" }
        switch forwarding(policy: policy) {
        case .mayForward: return line + ". Đủ điều kiện đề nghị tỉnh đánh giá, phân hạng."
        case .mayNotForward: return line + ". Chưa đủ điều kiện đề nghị tỉnh đánh giá, phân hạng."
        }
    }

    private static func names(_ criteria: [LocalCriterion]) -> String {
        criteria.map(\.title).joined(separator: ", ")
    }
}

/// Điều kiện chuyển tỉnh: when the commune may ask the province to evaluate.
///
/// Standard rule: every criterion assessed once, every "không đạt"/"chưa rõ" explained, nothing left
/// "chưa rõ", and the criteria in `mustBeMet` met. By default only the local origin of the product or
/// its raw material must be met: it is what makes a product the commune's at all, while local labour,
/// idea and identity are weighed by the council's scoring and a "không đạt" there is reported, not
/// blocking. A province that requires all four sets `mustBeMet` to every criterion.
public struct CommuneForwardingPolicy: Sendable, Codable, Equatable, Hashable {
    public var mustBeMet: Set<LocalCriterion>

    public init(mustBeMet: Set<LocalCriterion>) { self.mustBeMet = mustBeMet }

    enum CodingKeys: String, CodingKey { case mustBeMet }

    public static let standard = CommuneForwardingPolicy(mustBeMet: [.localOrigin])
    public static let allFourMustBeMet = CommuneForwardingPolicy(mustBeMet: Set(LocalCriterion.allCases))
}

/// The answer to "may the commune forward this dossier?".
public enum ForwardingDecision: Sendable, Equatable, Hashable {
    case mayForward
    case mayNotForward([String])

    public var isAllowed: Bool { self == .mayForward }
}
