/// Vai trò: what a person does in the programme. Every role is held *at* a scope
/// (see `RoleGrant`), never globally, except the system administrator's.
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    /// Quản trị hệ thống.
    case administrator = "admin"
    /// Cán bộ cấp trung ương (Văn phòng Điều phối nông thôn mới Trung ương): the whole country.
    case nationalOfficer = "national"
    /// Cán bộ cấp tỉnh (Sở Nông nghiệp và Môi trường): one province.
    case provincialOfficer = "provincial"
    /// Cán bộ cấp xã (Phòng Kinh tế UBND xã): one commune.
    case communeOfficer = "commune"
    /// Thành viên Hội đồng đánh giá, phân hạng: scoped to a council (councils come later).
    case councilMember = "council"
    /// Người đại diện chủ thể OCOP: bound to one producer (`RoleGrant.subjectID`) in its commune.
    case producerRepresentative = "producer"

    /// The Vietnamese name shown to users.
    public var title: String {
        switch self {
        case .administrator: "Quản trị hệ thống"
        case .nationalOfficer: "Cán bộ trung ương"
        case .provincialOfficer: "Cán bộ cấp tỉnh"
        case .communeOfficer: "Cán bộ cấp xã"
        case .councilMember: "Thành viên hội đồng"
        case .producerRepresentative: "Đại diện chủ thể"
        }
    }

    /// Order of precedence: the first role of a person decides their landing dashboard.
    private var rank: Int { Role.allCases.firstIndex(of: self)! }
    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}
