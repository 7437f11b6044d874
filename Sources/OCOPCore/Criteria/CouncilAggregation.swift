/// Thành viên hội đồng đánh giá.
public struct CouncilMember: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var name: String
    /// Chủ tịch hội đồng: must be among those who score for the session to count.
    public var isChair: Bool

    public init(id: String, name: String, isChair: Bool = false) {
        self.id = id
        self.name = name
        self.isChair = isChair
    }

    enum CodingKeys: String, CodingKey { case id, name, isChair }
}

/// Điểm của một thành viên: the total of the sheet the member filled.
public struct MemberScore: Sendable, Codable, Equatable, Hashable {
    public var memberID: String
    public var total: Points

    public init(memberID: String, total: Points) {
        self.memberID = memberID
        self.total = total
    }

    enum CodingKeys: String, CodingKey { case memberID = "member", total }
}

/// Quy chế hội đồng: the provincial rules the aggregation applies, configurable because provinces differ.
public struct CouncilRules: Sendable, Codable, Equatable, Hashable {
    /// Members' totals may differ by at most this much (10 points), else the council discusses and rescores.
    public var maxSpread: Points
    /// Quorum as a fraction of members: 3/4.
    public var quorumNumerator: Int
    public var quorumDenominator: Int
    public var chairRequired: Bool

    public init(maxSpread: Points = 10, quorumNumerator: Int = 3, quorumDenominator: Int = 4, chairRequired: Bool = true) {
        self.maxSpread = maxSpread
        self.quorumNumerator = quorumNumerator
        self.quorumDenominator = quorumDenominator
        self.chairRequired = chairRequired
    }

    enum CodingKeys: String, CodingKey { case maxSpread, quorumNumerator, quorumDenominator, chairRequired }
}

/// Kết quả tổng hợp điểm hội đồng.
public struct CouncilOutcome: Sendable, Equatable {
    /// Điểm trung bình, to 2 decimals (half away from zero); nil when nobody scored.
    public var mean: Points?
    /// Highest minus lowest member total.
    public var spread: Points
    public var spreadExceeded: Bool
    /// The province's allowed spread (`CouncilRules.maxSpread`), for the messages that cite it.
    public var spreadLimit: Points
    /// When the spread is exceeded: the members farthest from the median, to discuss first.
    public var outliers: [CouncilMember]
    public var quorum: QuorumCheck
    /// Scores that could not be counted (unknown member, second score of a member), in Vietnamese.
    public var problems: [String]

    /// The mean may be recorded as the product's score.
    public var isConclusive: Bool { mean != nil && quorum.isMet && !spreadExceeded && problems.isEmpty }

    /// Every reason in Vietnamese, for the council secretary.
    public var messages: [String] {
        var lines = problems
        lines.append(quorum.message)
        if spreadExceeded {
            let names = outliers.map(\.name).joined(separator: ", ")
            lines.append("Điểm các thành viên chênh nhau \(spread.vietnamese) điểm, vượt mức cho phép (\(spreadLimit.vietnamese) điểm); cần thảo luận và chấm lại (lệch nhiều nhất so với trung vị: \(names))")
        }
        if let mean, isConclusive { lines.append("Điểm trung bình của hội đồng: \(mean.vietnamese)") }
        return lines
    }
}

/// Kiểm tra số lượng thành viên tham dự.
public struct QuorumCheck: Sendable, Equatable {
    public var members: Int
    public var scoring: Int
    public var required: Int
    public var chairScored: Bool
    public var chairRequired: Bool

    public var isMet: Bool { scoring >= required && members > 0 && (chairScored || !chairRequired) }

    public var message: String {
        var reasons: [String] = []
        if members == 0 { return "Hội đồng chưa có thành viên" }
        if scoring < required { reasons.append("chỉ có \(scoring)/\(members) thành viên chấm điểm, cần ít nhất \(required)") }
        if chairRequired && !chairScored { reasons.append("chủ tịch hội đồng chưa chấm điểm") }
        if reasons.isEmpty { return "Đủ số lượng: \(scoring)/\(members) thành viên chấm điểm, có chủ tịch hội đồng" }
        return "Không đủ điều kiện họp: " + reasons.joined(separator: "; ")
    }
}

/// Tổng hợp điểm hội đồng: the product's score is the mean of the members' totals, valid only with a
/// quorum (≥ 3/4 of members including the chair) and when no two members differ by more than the
/// allowed spread. Integer arithmetic in hundredths: the mean is rounded once, half away from zero.
public enum CouncilAggregation {
    public static func aggregate(members: [CouncilMember], scores: [MemberScore], rules: CouncilRules = CouncilRules()) -> CouncilOutcome {
        let byID = Dictionary(members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var counted: [(member: CouncilMember, total: Points)] = []
        var seen = Set<String>()
        var problems: [String] = []
        for score in scores {
            guard let member = byID[score.memberID] else {
                problems.append("Điểm của «\(score.memberID)» không được tính: không phải thành viên hội đồng")
                continue
            }
            guard seen.insert(member.id).inserted else {
                problems.append("\(member.name) có nhiều hơn một phiếu điểm; chỉ tính phiếu đầu tiên")
                continue
            }
            counted.append((member, score.total))
        }

        let totals = counted.map(\.total.hundredths)
        let mean = totals.isEmpty ? nil : Points(hundredths: roundedDivision(totals.reduce(0, +), totals.count))
        let spread = Points(hundredths: (totals.max() ?? 0) - (totals.min() ?? 0))
        let exceeded = spread > rules.maxSpread
        var outliers: [CouncilMember] = []
        if exceeded {
            let sorted = totals.sorted()
            let middle = sorted.count / 2
            // Doubled so that the median of an even count stays an integer.
            let doubledMedian = sorted.count % 2 == 0 ? sorted[middle - 1] + sorted[middle] : 2 * sorted[middle]
            let distance = counted.map { abs(2 * $0.total.hundredths - doubledMedian) }
            let farthest = distance.max() ?? 0
            outliers = zip(counted, distance).filter { $0.1 == farthest }.map(\.0.member)
        }
        let required = (members.count * rules.quorumNumerator + rules.quorumDenominator - 1) / rules.quorumDenominator
        let quorum = QuorumCheck(members: members.count, scoring: counted.count, required: required,
                                 chairScored: counted.contains { $0.member.isChair }, chairRequired: rules.chairRequired)
        return CouncilOutcome(mean: mean, spread: spread, spreadExceeded: exceeded, spreadLimit: rules.maxSpread, outliers: outliers, quorum: quorum, problems: problems)
    }

    /// `sum / count` rounded half away from zero.
    static func roundedDivision(_ sum: Int, _ count: Int) -> Int {
        let half = sum >= 0 ? count : -count
        return (2 * sum + half) / (2 * count)
    }
}
