/// Loại hồ sơ: every 26/2026 sheet ends with when a dossier is eliminated ("Hồ sơ bị loại khi: giả
/// mạo hồ sơ …; không đáp ứng về hồ sơ đăng ký theo quy định", `ScoringSheet.eliminationRules`).
/// The rules are text for a person to judge, never scored: the province's officer, checking the
/// dossier at intake (Điều 7.3.a), picks the rule it meets and writes what was found, so that the
/// producer and the commune read which rule and why, and the audit log keeps both.
public struct DossierElimination: Sendable, Codable, Equatable, Hashable {
    /// The elimination rules of the dossier's sheet, as offered to the officer.
    public var rules: [String]
    /// The rule the officer found met: one of `rules`.
    public var rule: String
    /// Căn cứ: what the officer found (which paper, what is wrong).
    public var finding: String

    public init(rules: [String], rule: String, finding: String) {
        self.rules = rules
        self.rule = rule
        self.finding = finding
    }

    enum CodingKeys: String, CodingKey { case rules, rule, finding }

    /// Whether the step exists at all for a dossier on this sheet: the 148 and 1048 sheets state
    /// no elimination rule, and then a dossier cannot be eliminated, only returned.
    public static func isOffered(rules: [String]) -> Bool { !rules.isEmpty }

    /// What keeps the elimination from being recorded, in Vietnamese, saying what to do.
    public var problems: [String] {
        guard Self.isOffered(rules: rules) else {
            return ["Phiếu đánh giá của bộ sản phẩm này không quy định trường hợp loại hồ sơ; nếu hồ sơ còn thiếu hoặc sai, hãy trả lại xã để bổ sung."]
        }
        var problems: [String] = []
        if !rules.contains(rule) { problems.append("Vui lòng chọn quy định «Hồ sơ bị loại khi …» mà hồ sơ vi phạm.") }
        if DossierText.isBlank(finding) {
            problems.append("Vui lòng ghi rõ căn cứ loại hồ sơ (tài liệu nào, sai phạm gì) để chủ thể và UBND xã biết lý do.")
        }
        return problems
    }

    public var summary: String { "UBND tỉnh loại hồ sơ: hồ sơ thuộc trường hợp bị loại theo phiếu đánh giá của bộ sản phẩm." }

    /// The rule and the finding, one line each: the event's details and the producer's notice.
    public var details: [String] { ["Quy định: \(DossierText.trimmed(rule))", "Căn cứ: \(DossierText.trimmed(finding))"] }
}
