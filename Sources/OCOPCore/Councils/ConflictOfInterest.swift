/// Loại xung đột lợi ích: why a council member must stay out of one dossier.
public enum ConflictKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// Quan hệ gia đình with the producer's owner or representative.
    case family
    /// Quan hệ công việc: works for or is paid by the producer.
    case employment
    /// Tư vấn: advised the producer on this product or its dossier.
    case advisoryRole
    /// Cùng hợp tác xã: member of the same cooperative.
    case sameCooperative
    /// The member is the producer's representative in the system (detected).
    case representative
    /// The member is an officer of the producer's commune, which assessed the dossier (detected).
    case communeOfficer
    case other

    public var title: String {
        switch self {
        case .family: "Quan hệ gia đình"
        case .employment: "Quan hệ công việc với chủ thể"
        case .advisoryRole: "Đã tư vấn cho chủ thể"
        case .sameCooperative: "Cùng hợp tác xã"
        case .representative: "Là người đại diện của chủ thể"
        case .communeOfficer: "Là cán bộ của xã nơi chủ thể đăng ký"
        case .other: "Khác"
        }
    }

    /// The kinds a member declares or the secretary records; the others are found by the system.
    public static let declarable: [ConflictKind] = [.family, .employment, .advisoryRole, .sameCooperative, .other]
}

/// Nguồn: who brought the conflict to light.
public enum ConflictSource: String, Sendable, Codable, CaseIterable, Hashable {
    /// Tự khai: declared by the member.
    case declared
    /// Thư ký ghi nhận: recorded by the secretary from what they learnt.
    case recorded
    /// Hệ thống phát hiện: seen by the system in the member's roles.
    case detected

    public var title: String {
        switch self {
        case .declared: "Thành viên tự khai"
        case .recorded: "Thư ký ghi nhận"
        case .detected: "Hệ thống phát hiện"
        }
    }
}

/// Xung đột lợi ích: one member, one dossier, one reason. A conflicted member neither sees the
/// dossier's scores nor scores it, and does not count towards that dossier's quorum.
public struct ConflictOfInterest: Sendable, Codable, Equatable, Hashable {
    public var memberID: String
    public var dossierID: String
    public var kind: ConflictKind
    public var source: ConflictSource
    public var note: String

    public init(memberID: String, dossierID: String, kind: ConflictKind, source: ConflictSource, note: String = "") {
        self.memberID = memberID
        self.dossierID = dossierID
        self.kind = kind
        self.source = source
        self.note = note
    }

    enum CodingKeys: String, CodingKey { case memberID, dossierID, kind, source, note }

    /// The obvious conflicts the system can see: a member who represents the dossier's producer, or
    /// who is an officer of the commune where it was filed (the commune assessed it).
    public static func detect(memberID: String, grants: [RoleGrant], dossierID: String, dossier: DossierScope) -> [ConflictOfInterest] {
        var found: [ConflictOfInterest] = []
        if grants.contains(where: { $0.role == .producerRepresentative && $0.subjectID == dossier.producerID }) {
            found.append(ConflictOfInterest(memberID: memberID, dossierID: dossierID, kind: .representative, source: .detected))
        }
        if grants.contains(where: { $0.role == .communeOfficer && $0.location.communeCode != nil && $0.location.contains(dossier.location) }) {
            found.append(ConflictOfInterest(memberID: memberID, dossierID: dossierID, kind: .communeOfficer, source: .detected))
        }
        return found
    }

    /// Checks a declaration before it is recorded; the Vietnamese reason when refused.
    public static func problem(kind: ConflictKind, note: String) -> String? {
        guard ConflictKind.declarable.contains(kind) else { return "Loại xung đột này do hệ thống tự phát hiện, không khai được." }
        if kind == .other && DossierText.isBlank(note) { return "Xung đột loại «Khác» phải ghi rõ nội dung." }
        return nil
    }
}
