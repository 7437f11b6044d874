/// Phân quyền: one role held at one scope. A person may hold several grants.
public struct RoleGrant: Hashable, Sendable, Codable {
    public var role: Role
    /// The administrative scope of the grant. The administrator and the national officer hold
    /// theirs at `.nation`; council members and producer representatives at the unit that owns
    /// their council or producer.
    public var location: UnitLocation
    /// The producer (its record id) a representative speaks for; later, the council of a member.
    public var subjectID: String?

    public init(role: Role, location: UnitLocation, subjectID: String? = nil) {
        self.role = role
        self.location = location
        self.subjectID = subjectID
    }

    /// Why a grant is malformed, in Vietnamese, or nil when it is well formed.
    public var shapeProblem: String? {
        let hasProvince = location.provinceCode != nil, hasCommune = location.communeCode != nil
        switch role {
        case .administrator, .nationalOfficer:
            return hasProvince || hasCommune ? "\(role.title) có phạm vi toàn quốc, không gắn với tỉnh hay xã." : nil
        case .provincialOfficer:
            return hasProvince && !hasCommune ? nil : "\(role.title) phải gắn với đúng một tỉnh/thành phố."
        case .councilMember:
            // A provincial council's members belong to its province; the national council's to the nation.
            return hasCommune ? "\(role.title) gắn với một tỉnh/thành phố hoặc toàn quốc, không gắn với xã." : nil
        case .communeOfficer, .producerRepresentative:
            return hasProvince && hasCommune ? nil : "\(role.title) phải gắn với đúng một xã/phường."
        }
    }
}
