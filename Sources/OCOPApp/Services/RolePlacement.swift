import Fluent
import OCOPCore

/// Where a role given through a form sits, and what the form may offer: shared by account
/// creation and by granting a role to an existing account, so both refuse the same things.
enum RolePlacement {
    /// The grant a form describes: national roles ignore the unit fields.
    static func grant(role: Role, province: String, commune: String) -> RoleGrant {
        let location: UnitLocation
        switch role {
        case .administrator, .nationalOfficer: location = .nation
        case .provincialOfficer, .councilMember: location = .province(province)
        case .communeOfficer, .producerRepresentative:
            location = UnitLocation(provinceCode: province, communeCode: commune.isEmpty ? nil : commune)
        }
        return RoleGrant(role: role, location: location)
    }

    /// Nil when the grant's units exist and the commune belongs to the province; else why not.
    static func problem(_ grant: RoleGrant, on db: Database) async throws -> String? {
        if let problem = grant.shapeProblem { return problem }
        if let province = grant.location.provinceCode, try await AdminUnit.find(province, on: db)?.level != .province {
            return "Vui lòng chọn tỉnh, thành phố."
        }
        if let commune = grant.location.communeCode {
            let unit = try await AdminUnit.find(commune, on: db)
            if unit?.level != .commune || unit?.provinceCode != grant.location.provinceCode {
                return "Xã, phường đã chọn không thuộc tỉnh, thành phố đã chọn."
            }
        }
        return nil
    }

    /// Fills the role, province and commune choices this user may offer, keeping what was chosen.
    static func fillChoices(_ model: inout AccountFormModel, for user: CurrentUser, on db: Database) async throws {
        let policy = AccessPolicy()
        model.roleChoices = Role.allCases.filter { role in
            user.grants.contains { held in
                let sample = grant(role: role, province: held.location.provinceCode ?? "01", commune: "any")
                return policy.decide(user.grants, .grant(sample)).isAllowed
            }
        }.map { ($0.rawValue, $0.title) }
        let provinces = try await AdminUnit.query(on: db).filter(\.$level == .province).sort(\.$name).all()
        model.provinceChoices = provinces
            .filter { policy.decide(user.grants, .openUnitWorkspace($0.location)).isAllowed }
            .map { ($0.id!, $0.nameWithType) }
        if model.provinceCode.isEmpty { model.provinceCode = model.provinceChoices.first?.value ?? "" }
        model.communeChoices = try await AdminUnit.query(on: db).filter(\.$provinceCode == model.provinceCode)
            .filter(\.$level == .commune).sort(\.$name).all().map { ($0.id!, $0.nameWithType) }
    }

    /// "Cán bộ cấp xã – Xã Việt Khê" for each grant.
    static func label(_ grant: RoleGrant, _ names: [String: String]) -> String {
        let unit = (grant.location.communeCode ?? grant.location.provinceCode).flatMap { names[$0] ?? $0 }
        return unit.map { "\(grant.role.title) – \($0)" } ?? grant.role.title
    }
}
