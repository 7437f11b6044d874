/// Cấp công nhận: the level of government whose decision recognised a product. Before 1489/QĐ-TTg
/// (06/07/2025) districts recognised 3★; old records keep the level that decided them.
public enum RecognitionIssuer: String, Sendable, Codable, CaseIterable, Hashable {
    /// UBND cấp huyện (before 01/07/2025).
    case district
    /// UBND cấp tỉnh.
    case province
    /// Bộ Nông nghiệp và Môi trường (5★).
    case national

    public var title: String {
        switch self {
        case .district: "UBND cấp huyện"
        case .province: "UBND cấp tỉnh"
        case .national: "Bộ Nông nghiệp và Môi trường"
        }
    }
}

/// Quyết định công nhận sản phẩm OCOP: one recognition of a product at a star, valid 36 months from
/// the decision (148/QĐ-TTg), after which the product must be re-evaluated or lose its status.
public struct ProductRecognition: Sendable, Codable, Equatable, Hashable {
    /// Thời hạn hiệu lực của giấy chứng nhận, in months.
    public static let validityMonths = 36

    public var star: Star
    /// Số quyết định, e.g. "2156/QĐ-UBND".
    public var decisionNumber: String
    public var decisionDay: CalendarDay
    public var issuer: RecognitionIssuer

    public init(star: Star, decisionNumber: String, decisionDay: CalendarDay, issuer: RecognitionIssuer) {
        self.star = star
        self.decisionNumber = decisionNumber
        self.decisionDay = decisionDay
        self.issuer = issuer
    }

    /// Ngày hết hạn: the same day 36 months after the decision (the last day it is no longer valid).
    public var expiryDay: CalendarDay { decisionDay.addingMonths(Self.validityMonths) }

    /// True while the certificate is valid on `day` (the decision day included, the expiry day not).
    public func isValid(on day: CalendarDay) -> Bool { decisionDay <= day && day < expiryDay }
}
