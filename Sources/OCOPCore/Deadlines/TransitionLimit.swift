/// Điều khoản chuyển tiếp (Điều 12.2 Quyết định 26/2026/QĐ-TTg): a dossier the producer filed
/// before the decision took effect (22/5/2026) and not yet classified continues under the rules of
/// 2021–2025 (it keeps its criteria set), but must be finished within 60 days of that day for a
/// first evaluation or an upgrade, 30 days for a re-evaluation.
///
/// Counting: calendar days, the day of effect not counted (the period starts the next day), so
/// 60 days end on 21/7/2026 and 30 days on 21/6/2026; the dossier is on time through that day.
public struct TransitionLimit: Sendable, Hashable {
    /// The day Quyết định 26/2026/QĐ-TTg takes effect.
    public static let effectiveOn = CalendarDay(year: 2026, month: 5, day: 22)!

    public let days: Int
    /// The last day the evaluation may finish on.
    public let dueOn: CalendarDay

    /// The limit for a dossier of `kind` filed on `filedOn`; nil for a dossier filed on or after
    /// 22/5/2026, which follows 26/2026 in full.
    public init?(kind: DossierKind, filedOn: CalendarDay) {
        guard filedOn < Self.effectiveOn else { return nil }
        days = kind == .reRecognition ? 30 : 60
        dueOn = Self.effectiveOn.adding(days: days)
    }

    /// "Hồ sơ nộp trước ngày 22/05/2026: tiếp tục theo quy định giai đoạn 2021–2025, hoàn thành
    /// đánh giá, phân hạng chậm nhất ngày 21/07/2026 (60 ngày, Điều 12 Quyết định 26/2026/QĐ-TTg)."
    public var explanation: String {
        "Hồ sơ nộp trước ngày \(Self.effectiveOn.vietnamese): tiếp tục theo quy định giai đoạn 2021–2025, "
            + "hoàn thành đánh giá, phân hạng chậm nhất ngày \(dueOn.vietnamese) "
            + "(\(days) ngày, Điều 12 Quyết định 26/2026/QĐ-TTg)."
    }

    /// Whether the limit has passed on `today`.
    public func isOverdue(on today: CalendarDay) -> Bool { today > dueOn }
}
