/// Trạng thái chủ thể: a producer created by a commune officer is active at once; one that signed up
/// on the public form waits for the commune officer's approval, and may be rejected with a reason.
public enum ProducerStatus: String, Sendable, Codable, CaseIterable, Hashable {
    /// Chờ xã duyệt: signed up publicly, its account cannot sign in yet.
    case pending
    /// Đang hoạt động.
    case active
    /// Bị từ chối: the commune refused the sign-up (the reason is kept).
    case rejected

    public var title: String {
        switch self {
        case .pending: "Chờ xã duyệt"
        case .active: "Đang hoạt động"
        case .rejected: "Bị từ chối"
        }
    }
}
