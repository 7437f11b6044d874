/// Cấp đánh giá: who holds an evaluation round under Điều 5 of Quyết định 26/2026/QĐ-TTg.
public enum EvaluationLevel: String, Sendable, Hashable, Codable, CaseIterable {
    /// UBND cấp tỉnh: rounds for the dossiers the communes propose (3★, 4★).
    case province
    /// Bộ Nông nghiệp và Môi trường: rounds for the dossiers the provinces propose (5★).
    case nation

    /// Who proposes the dossiers of a round of this level, for messages: "UBND cấp xã đề nghị".
    public var proposer: String {
        switch self {
        case .province: "UBND cấp xã"
        case .nation: "UBND cấp tỉnh"
        }
    }
}

/// Đợt đánh giá theo quy định: one of the two rounds a year that Điều 5 requires, with its two dates.
///
/// How "trước ngày" is read: literally, the day named is not included. A commune proposal dated
/// 29/4 belongs to round 1; one dated 30/4 (a holiday anyway) or later belongs to round 2. The
/// round must likewise be concluded on 29/6 at the latest. The dates are kept as the law writes
/// them (`proposalsBefore` = 30/4, `concludesBefore` = 30/6) and every comparison is strict, so
/// that a reader can check them against the text; `lastProposalDay` and `lastConclusionDay`
/// give the inclusive days for messages.
public struct StatutoryRound: Sendable, Hashable, Codable {
    public let level: EvaluationLevel
    /// The year the round belongs to. The national round 2 of year Y concludes in Y + 1 (before
    /// 30/3), after round 1 of Y (before 30/9): the rounds are numbered in the order they happen.
    public let year: Int
    /// 1 or 2.
    public let number: Int
    /// Proposals made before this day (not on it) belong to this round, unless an earlier
    /// round's cut-off took them.
    public let proposalsBefore: CalendarDay
    /// The round must conclude before this day.
    public let concludesBefore: CalendarDay

    public init(level: EvaluationLevel, year: Int, number: Int, proposalsBefore: CalendarDay, concludesBefore: CalendarDay) {
        self.level = level
        self.year = year
        self.number = number
        self.proposalsBefore = proposalsBefore
        self.concludesBefore = concludesBefore
    }

    public var lastProposalDay: CalendarDay { proposalsBefore.previous }
    public var lastConclusionDay: CalendarDay { concludesBefore.previous }

    /// Whether a proposal made on `day` is in time for this round's cut-off.
    public func accepts(proposalOn day: CalendarDay) -> Bool { day < proposalsBefore }

    /// "Đánh giá, phân hạng sản phẩm OCOP năm 2026 – đợt 1" (provincial) or "… cấp quốc gia năm 2026 – đợt 1".
    public var proposedName: String {
        switch level {
        case .province: "Đánh giá, phân hạng sản phẩm OCOP năm \(year) – đợt \(number)"
        case .nation: "Đánh giá, phân hạng sản phẩm OCOP cấp quốc gia năm \(year) – đợt \(number)"
        }
    }

    /// "đợt 2 năm 2026 (hồ sơ đề nghị trước ngày 30/10/2026, kết thúc trước ngày 30/12/2026)".
    public var summary: String {
        "đợt \(number) năm \(year) (hồ sơ đề nghị trước ngày \(proposalsBefore.vietnamese), "
            + "kết thúc trước ngày \(concludesBefore.vietnamese))"
    }
}

/// Thời gian tổ chức đánh giá (Điều 5): the statutory rounds of each level as data, the rounds of
/// a year and the round a proposal belongs to.
///
/// Điều 5.1 (province): round 1 before 30/6 for proposals before 30/4; round 2 before 30/12 for
/// proposals before 30/10. Điều 5.2 (nation): round 1 before 30/9 for proposals before 30/7;
/// round 2 before 30/3 for proposals before 30/01 (of the next year: the round after round 1).
/// A province may hold more rounds if its council's rules say so; those are ordinary rounds
/// without statutory dates and are not proposed here.
public enum StatutoryRounds {
    /// One round's dates as the law gives them: day and month, and whether they fall in the year
    /// after the round's year.
    struct Rule: Sendable {
        let number: Int
        let proposals: (month: Int, day: Int, nextYear: Bool)
        let conclusion: (month: Int, day: Int, nextYear: Bool)
    }

    static func rules(_ level: EvaluationLevel) -> [Rule] {
        switch level {
        case .province: [
            Rule(number: 1, proposals: (4, 30, false), conclusion: (6, 30, false)),
            Rule(number: 2, proposals: (10, 30, false), conclusion: (12, 30, false)),
        ]
        case .nation: [
            Rule(number: 1, proposals: (7, 30, false), conclusion: (9, 30, false)),
            Rule(number: 2, proposals: (1, 30, true), conclusion: (3, 30, true)),
        ]
        }
    }

    /// The statutory rounds of `year` at `level`, round 1 first.
    public static func rounds(_ level: EvaluationLevel, year: Int) -> [StatutoryRound] {
        rules(level).map { rule in
            StatutoryRound(
                level: level, year: year, number: rule.number,
                proposalsBefore: CalendarDay(year: year + (rule.proposals.nextYear ? 1 : 0), month: rule.proposals.month, day: rule.proposals.day)!,
                concludesBefore: CalendarDay(year: year + (rule.conclusion.nextYear ? 1 : 0), month: rule.conclusion.month, day: rule.conclusion.day)!)
        }
    }

    /// The round a proposal made on `day` goes to: the first round whose cut-off is still ahead.
    /// A provincial proposal on 29/4 goes to round 1, on 30/4 to round 2; after 29/10, to round 1
    /// of the next year.
    public static func round(_ level: EvaluationLevel, forProposalOn day: CalendarDay) -> StatutoryRound {
        roundsAround(level, day).first { $0.accepts(proposalOn: day) }!
    }

    /// The rounds of the year before, of and after `day`, by cut-off: a national round 2 of one year
    /// takes proposals of January of the next, so a day's round may be of either neighbour.
    private static func roundsAround(_ level: EvaluationLevel, _ day: CalendarDay) -> [StatutoryRound] {
        (day.year - 1...day.year + 1).flatMap { rounds(level, year: $0) }.sorted { $0.proposalsBefore < $1.proposalsBefore }
    }

    /// What to tell the officer who proposes (forwards) a dossier on `day`: the round it goes to,
    /// and, when it missed the cut-off of the round before, which one.
    public static func notice(_ level: EvaluationLevel, forProposalOn day: CalendarDay) -> String {
        let round = round(level, forProposalOn: day)
        let missed = roundsAround(level, day).last { !$0.accepts(proposalOn: day) && $0.concludesBefore > day }
        let target = "Hồ sơ đề nghị ngày \(day.vietnamese) thuộc \(round.summary)."
        guard let missed else { return target }
        return "Đã qua hạn đề nghị của đợt \(missed.number) năm \(missed.year) (trước ngày \(missed.proposalsBefore.vietnamese)): " + target
    }
}
