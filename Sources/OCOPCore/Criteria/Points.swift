import Foundation

/// Điểm: a score in fixed point, counted in hundredths of a point.
///
/// Scores are added over dozens of criteria and averaged over council members; binary floating
/// point would drift (0.1 + 0.2 ≠ 0.3) and two machines could disagree on a star at a band edge.
/// Hundredths cover every value the legal texts use (whole points, the council mean "to 2 decimals").
/// In JSON a score is a plain number (`2.5`), never more than two decimals.
public struct Points: Sendable, Hashable, Comparable, Codable, AdditiveArithmetic, CustomStringConvertible {
    /// The score × 100.
    public var hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }

    /// Whole points: `Points(35)`.
    public init(_ whole: Int) { self.hundredths = whole * 100 }

    public static let zero = Points(hundredths: 0)

    public static func + (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths + rhs.hundredths) }
    public static func - (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths - rhs.hundredths) }
    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.hundredths < rhs.hundredths }

    /// Vietnamese notation with a decimal comma and no useless zeros: 82 → "82", 82.5 → "82,5", 82.25 → "82,25".
    public var vietnamese: String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole),\(fraction / 10)" }
        return "\(sign)\(whole),\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public var description: String { vietnamese }

    // MARK: Codable as a JSON number

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let whole = try? container.decode(Int.self) {
            self.init(whole)
            return
        }
        let value = try container.decode(Double.self)
        let scaled = (value * 100).rounded()
        guard value.isFinite, abs(value * 100 - scaled) < 1e-6, abs(scaled) < 1e15 else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Điểm \(value) có quá 2 chữ số thập phân")
        }
        self.init(hundredths: Int(scaled))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if hundredths % 100 == 0 {
            try container.encode(hundredths / 100)
        } else {
            // Double's shortest representation of n/100 prints exactly two decimals at most ("2.55").
            try container.encode(Double(hundredths) / 100)
        }
    }
}

extension Points: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}
