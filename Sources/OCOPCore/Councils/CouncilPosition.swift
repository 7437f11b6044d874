/// Chức danh trong Hội đồng: a member's position in the evaluation council (Hội đồng đánh giá, phân
/// hạng) or its advisory team (Tổ tư vấn). The chair must score for a quorum; the secretary runs the
/// council's work (conflicts, meetings, materials); advisors prepare dossiers and may pre-score but
/// are not members: they neither count for the quorum nor weigh in the mean.
public enum CouncilPosition: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case chair
    case viceChair
    case secretary
    case member
    case advisor

    public var title: String {
        switch self {
        case .chair: "Chủ tịch Hội đồng"
        case .viceChair: "Phó Chủ tịch Hội đồng"
        case .secretary: "Thư ký Hội đồng"
        case .member: "Ủy viên"
        case .advisor: "Thành viên Tổ tư vấn"
        }
    }

    /// Members of the council proper, who score and count for the quorum.
    public var isCouncilMember: Bool { self != .advisor }

    public static func < (lhs: CouncilPosition, rhs: CouncilPosition) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Cấp Hội đồng: the province's council recognises 3★ and 4★; the national council (Bộ Nông nghiệp và
/// Môi trường) evaluates the products the provinces propose for 5★.
public enum CouncilLevel: String, Sendable, Codable, CaseIterable, Hashable {
    case province
    case national

    public var title: String {
        switch self {
        case .province: "Cấp tỉnh"
        case .national: "Cấp trung ương"
        }
    }
}
