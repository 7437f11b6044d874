/// Căn cứ thu hồi giấy chứng nhận (Điều 8.1 Quyết định 26/2026/QĐ-TTg): the six grounds a
/// revocation decision names, by the letter of the clause.
public enum RevocationGround: String, Sendable, Codable, CaseIterable, Hashable {
    case falseDossier = "a"
    case criteriaNotMet = "b"
    case lawViolation = "c"
    case markMisuse = "d"
    /// Letter đ: stored as "dd", the letter is printed.
    case productionStopped = "dd"
    case otherConclusion = "e"

    /// The clause's letter as printed ("đ").
    public var letter: String { self == .productionStopped ? "đ" : rawValue }

    /// The clause, as the decision cites it.
    public var clause: String {
        switch self {
        case .falseDossier:
            "Chủ thể OCOP bị phát hiện cung cấp thông tin, tài liệu không trung thực hoặc giả mạo hồ sơ trong quá trình đăng ký đánh giá, phân hạng sản phẩm OCOP"
        case .criteriaNotMet:
            "Sản phẩm OCOP không còn đáp ứng các tiêu chí theo Bộ tiêu chí OCOP theo kết luận kiểm tra, giám sát của cơ quan có thẩm quyền"
        case .lawViolation:
            "Sản phẩm OCOP vi phạm quy định pháp luật về chất lượng sản phẩm, an toàn thực phẩm, bảo vệ môi trường, sở hữu trí tuệ, ghi nhãn hàng hóa hoặc các quy định pháp luật khác có liên quan theo kết luận của cơ quan có thẩm quyền"
        case .markMisuse:
            "Chủ thể OCOP sử dụng nhãn hiệu OCOP không đúng quy định, gây nhầm lẫn về sản phẩm được công nhận"
        case .productionStopped:
            "Chủ thể OCOP không còn hoạt động sản xuất sản phẩm OCOP"
        case .otherConclusion:
            "Trường hợp khác theo kết luận và đề nghị của cơ quan nhà nước có thẩm quyền về việc sản phẩm OCOP không đủ điều kiện tiếp tục được công nhận"
        }
    }

    /// "Điểm b khoản 1 Điều 8 Quyết định số 26/2026/QĐ-TTg".
    public var citation: String { "điểm \(letter) khoản 1 Điều 8 Quyết định số 26/2026/QĐ-TTg" }

    /// What the conclusion it rests on is (Điều 8.4): the commune's confirmation for đ, an
    /// authority's conclusion for the others.
    public var conclusionLabel: String {
        self == .productionStopped ? "Xác nhận của UBND cấp xã về việc chủ thể không còn sản xuất" : "Kết luận của cơ quan có thẩm quyền"
    }
}

/// Thẩm quyền thu hồi (Điều 8.2): the province's chairman for 3★ and 4★, the minister for 5★.
public enum RevocationAuthority: String, Sendable, Codable, Hashable {
    case province
    case national

    public init(star: Star) { self = star == .five ? .national : .province }
}

/// Thời gian thu hồi (Điều 8.4): 15 days from the conclusion (or the commune's confirmation) to
/// the decision. Shown, not enforced: a late decision is still a decision, flagged as late.
public struct RevocationDeadline: Sendable, Equatable {
    public static let days = 15
    public let conclusionOn: CalendarDay

    public init(conclusionOn: CalendarDay) { self.conclusionOn = conclusionOn }

    /// The last day a decision is on time.
    public var lastDay: CalendarDay { conclusionOn.adding(days: Self.days) }

    /// Days past the limit of a decision signed on `day` (0 when on time).
    public func daysLate(signedOn day: CalendarDay) -> Int { max(0, lastDay.days(to: day)) }

    public func text(signedOn day: CalendarDay) -> String {
        let late = daysLate(signedOn: day)
        let limit = "Kết luận ngày \(conclusionOn.vietnamese); thời hạn thu hồi 15 ngày (khoản 4 Điều 8) đến ngày \(lastDay.vietnamese)"
        return late == 0 ? limit + ": quyết định trong thời hạn." : limit + ": quyết định muộn \(late) ngày."
    }
}
