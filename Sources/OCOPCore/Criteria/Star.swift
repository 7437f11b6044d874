/// Hạng sao: the OCOP classification, 1★ to 5★. Only stars from the set's recognition threshold
/// (3★ in every national set) lead to recognition and a certificate.
public enum Star: Int, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case one = 1, two, three, four, five

    public static func < (lhs: Star, rhs: Star) -> Bool { lhs.rawValue < rhs.rawValue }

    /// "4★".
    public var description: String { "\(rawValue)★" }

    /// The star just above, nil at 5★.
    public var next: Star? { Star(rawValue: rawValue + 1) }

    /// The star just below, nil at 1★.
    public var previous: Star? { Star(rawValue: rawValue - 1) }
}

/// Khung điểm phân hạng: the range of totals that earns one star.
///
/// A band covers `lowerBound ..< upperBound`; the highest band also includes its upper bound
/// (100 reaches 5★). The legal text writes "2★: 30–49", meaning every total from 30 up to but
/// excluding 50 once totals carry decimals (49,5 is still 2★).
public struct StarBand: Sendable, Codable, Equatable, Hashable {
    public var star: Star
    public var lowerBound: Points
    public var upperBound: Points

    public init(star: Star, lowerBound: Points, upperBound: Points) {
        self.star = star
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    enum CodingKeys: String, CodingKey {
        case star
        case lowerBound = "from"
        case upperBound = "below"
    }

    /// 1★ < 30; 2★ 30–49; 3★ 50–69; 4★ 70–89; 5★ 90–100 (1048 and 148 alike).
    public static let national: [StarBand] = [
        StarBand(star: .one, lowerBound: 0, upperBound: 30),
        StarBand(star: .two, lowerBound: 30, upperBound: 50),
        StarBand(star: .three, lowerBound: 50, upperBound: 70),
        StarBand(star: .four, lowerBound: 70, upperBound: 90),
        StarBand(star: .five, lowerBound: 90, upperBound: 100),
    ]
}
