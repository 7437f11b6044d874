/// Tình trạng giấy chứng nhận, as the public verification page says it.
public enum CertificateStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case valid
    case expired
    case revoked

    public var title: String {
        switch self {
        case .valid: "còn hiệu lực"
        case .expired: "đã hết hiệu lực"
        case .revoked: "đã bị thu hồi"
        }
    }
}

/// Giấy chứng nhận sản phẩm OCOP: what a certificate certifies, its number and its state on a day.
/// Valid 36 months from the decision (`ProductRecognition`), unless revoked.
public struct Certificate: Sendable, Equatable {
    public var number: String
    public var recognition: ProductRecognition
    public var revoked: Bool

    public init(number: String, recognition: ProductRecognition, revoked: Bool = false) {
        self.number = number
        self.recognition = recognition
        self.revoked = revoked
    }

    public func status(on day: CalendarDay) -> CertificateStatus {
        if revoked { return .revoked }
        return recognition.isValid(on: day) ? .valid : .expired
    }

    /// Dấu «Sản phẩm OCOP Việt Nam»: a product may bear it without asking only while it is
    /// recognised 3★ or more and its certificate is valid, not revoked (issue 13).
    public func mayUseMark(on day: CalendarDay) -> Bool {
        recognition.star.rawValue >= 3 && status(on: day) == .valid
    }

    /// Số giấy chứng nhận, numbered per province and year: "OCOP-31-2026-0007" is the 7th certificate
    /// Hải Phòng (31) issued in 2026; the national council's are "OCOP-TW-2026-0001". The sequence
    /// is the count of the province's certificates of that year plus one, taken in the transaction
    /// that issues them, and the database keeps numbers unique.
    public static func number(provinceCode: String?, year: Int, sequence: Int) -> String {
        let digits = String(sequence)
        return "OCOP-\(provinceCode ?? "TW")-\(year)-\(String(repeating: "0", count: max(0, 4 - digits.count)))\(digits)"
    }

    /// The prefix shared by a province's numbers of a year, to count them.
    public static func prefix(provinceCode: String?, year: Int) -> String { "OCOP-\(provinceCode ?? "TW")-\(year)-" }
}
