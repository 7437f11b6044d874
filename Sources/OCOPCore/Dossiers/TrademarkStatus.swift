/// Tình trạng nhãn hiệu: how far a product's trademark has got with the IP office. 148 requires a
/// registered trademark for 4★ and above, so it is a closed list the scoring gates can read.
public enum TrademarkStatus: String, Sendable, Codable, CaseIterable, Hashable {
    /// Chưa đăng ký.
    case none
    /// Đã nộp đơn đăng ký (đang chờ cấp văn bằng).
    case applied
    /// Đã được cấp giấy chứng nhận đăng ký nhãn hiệu.
    case registered

    public var title: String {
        switch self {
        case .none: "Chưa đăng ký nhãn hiệu"
        case .applied: "Đã nộp đơn đăng ký nhãn hiệu"
        case .registered: "Đã được cấp giấy chứng nhận đăng ký nhãn hiệu"
        }
    }
}
