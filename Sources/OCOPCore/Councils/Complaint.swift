/// Nguồn phản ánh: who told the authority about a recognised product (issue 13, seeds 003 and
/// 004). The source decides nothing; the list and the inspection's basis name it.
public enum ComplaintSource: String, Sendable, Codable, CaseIterable, Hashable {
    case consumer = "nguoi-tieu-dung"
    case business = "to-chuc"
    case authority = "co-quan"
    case press = "bao-chi"
    case other = "khac"

    public var title: String {
        switch self {
        case .consumer: "Người tiêu dùng"
        case .business: "Tổ chức, doanh nghiệp"
        case .authority: "Cơ quan quản lý nhà nước (quản lý thị trường, an toàn thực phẩm…)"
        case .press: "Báo chí, mạng xã hội"
        case .other: "Nguồn khác"
        }
    }
}

/// Where a complaint stands, from the facts the application keeps: closed with an outcome, or an
/// inspection planned for it (recorded or not), or waiting.
public enum ComplaintState: String, Sendable, CaseIterable, Hashable {
    case waiting = "chua-xu-ly"
    case inspectionPlanned = "da-lap-kiem-tra"
    case inspected = "da-kiem-tra"
    case closed = "da-dong"

    public init(closed: Bool, inspectionPlanned: Bool, inspectionRecorded: Bool) {
        self = closed ? .closed : inspectionRecorded ? .inspected : inspectionPlanned ? .inspectionPlanned : .waiting
    }

    public var title: String {
        switch self {
        case .waiting: "Chưa xử lý"
        case .inspectionPlanned: "Đã lập kế hoạch kiểm tra đột xuất"
        case .inspected: "Đã kiểm tra, chờ kết luận xử lý"
        case .closed: "Đã xử lý xong"
        }
    }

    /// Still asks for the province's action: proposed for inspection, counted as open.
    public var isOpen: Bool { self != .closed }
}
