import Testing
@testable import OCOPCore

@Suite("Chính sách phân quyền")
struct AccessPolicyTests {
    let policy = AccessPolicy()
    let vietKhe = UnitLocation.commune("11503", inProvince: "31")
    let anKhanh = UnitLocation.commune("11668", inProvince: "31")
    let haNoiCommune = UnitLocation.commune("09877", inProvince: "01")

    func grant(_ role: Role, _ location: UnitLocation) -> [RoleGrant] { [RoleGrant(role: role, location: location)] }

    @Test("Mỗi vai trò mở được đúng phạm vi của mình")
    func workspaceScope() {
        let communeOfficer = grant(.communeOfficer, vietKhe)
        #expect(policy.decide(communeOfficer, .openUnitWorkspace(vietKhe)).isAllowed)
        #expect(policy.decide(communeOfficer, .openUnitWorkspace(anKhanh)) == .denied("Bạn không có quyền xem trang của đơn vị này."))
        #expect(!policy.decide(communeOfficer, .openUnitWorkspace(.province("31"))).isAllowed)
        let provincial = grant(.provincialOfficer, .province("31"))
        #expect(policy.decide(provincial, .openUnitWorkspace(anKhanh)).isAllowed)
        #expect(!policy.decide(provincial, .openUnitWorkspace(haNoiCommune)).isAllowed)
        #expect(policy.decide(grant(.nationalOfficer, .nation), .openUnitWorkspace(haNoiCommune)).isAllowed)
        #expect(!policy.decide(grant(.councilMember, .province("31")), .openUnitWorkspace(anKhanh)).isAllowed)
        #expect(!policy.decide(grant(.producerRepresentative, vietKhe), .openUnitWorkspace(vietKhe)).isAllowed)
        #expect(!policy.decide([], .openUnitWorkspace(vietKhe)).isAllowed)
    }

    @Test("Cấp vai trò: chỉ quản trị và cán bộ tỉnh, trong phạm vi tỉnh mình")
    func granting() {
        let provincial = grant(.provincialOfficer, .province("31"))
        #expect(policy.decide(provincial, .grant(RoleGrant(role: .communeOfficer, location: anKhanh))).isAllowed)
        #expect(policy.decide(provincial, .grant(RoleGrant(role: .provincialOfficer, location: .province("31")))).isAllowed)
        #expect(!policy.decide(provincial, .grant(RoleGrant(role: .communeOfficer, location: haNoiCommune))).isAllowed)
        #expect(!policy.decide(provincial, .grant(RoleGrant(role: .nationalOfficer, location: .nation))).isAllowed)
        #expect(!policy.decide(provincial, .grant(RoleGrant(role: .administrator, location: .nation))).isAllowed)
        #expect(!policy.decide(grant(.nationalOfficer, .nation), .grant(RoleGrant(role: .communeOfficer, location: anKhanh))).isAllowed)
        #expect(!policy.decide(grant(.communeOfficer, vietKhe), .grant(RoleGrant(role: .producerRepresentative, location: vietKhe))).isAllowed)
        let admin = grant(.administrator, .nation)
        #expect(policy.decide(admin, .grant(RoleGrant(role: .nationalOfficer, location: .nation))).isAllowed)
    }

    @Test("Vai trò sai hình dạng bị từ chối kể cả với quản trị")
    func malformedGrants() {
        let commuteWithoutCommune = RoleGrant(role: .communeOfficer, location: .province("31"))
        #expect(commuteWithoutCommune.shapeProblem != nil)
        #expect(!policy.decide(grant(.provincialOfficer, .province("31")), .grant(commuteWithoutCommune)).isAllowed)
        #expect(RoleGrant(role: .nationalOfficer, location: .province("31")).shapeProblem != nil)
        #expect(RoleGrant(role: .provincialOfficer, location: vietKhe).shapeProblem != nil)
        #expect(RoleGrant(role: .communeOfficer, location: vietKhe).shapeProblem == nil)
    }

    @Test("Quản lý tài khoản: mọi vai trò của tài khoản phải trong phạm vi người quản lý")
    func managingAccounts() {
        let provincial = grant(.provincialOfficer, .province("31"))
        #expect(policy.decide(provincial, .manageAccount(holding: grant(.communeOfficer, vietKhe))).isAllowed)
        #expect(!policy.decide(provincial, .manageAccount(holding: grant(.communeOfficer, vietKhe) + grant(.administrator, .nation))).isAllowed)
        #expect(!policy.decide(provincial, .manageAccount(holding: [])).isAllowed)
        #expect(policy.decide(provincial, .administerAccounts).isAllowed)
        #expect(!policy.decide(grant(.communeOfficer, vietKhe), .administerAccounts).isAllowed)
        #expect(!policy.decide(provincial, .administerSystem).isAllowed)
        #expect(policy.decide(grant(.administrator, .nation), .administerSystem).isAllowed)
    }

    @Test("Vai trò cao nhất quyết định bảng điều khiển")
    func roleOrder() {
        #expect([Role.communeOfficer, .administrator, .provincialOfficer].min() == .administrator)
        #expect(Role.provincialOfficer < .communeOfficer)
    }

    @Test("Chủ thể: cán bộ xã quản lý chủ thể của xã mình, tỉnh chỉ đọc, đại diện chỉ chủ thể của mình")
    func producers() {
        let communeOfficer = grant(.communeOfficer, vietKhe)
        let mine = AccessAction.editProducer(id: "p1", location: vietKhe)
        #expect(policy.decide(communeOfficer, mine).isAllowed)
        #expect(policy.decide(communeOfficer, .readProducer(id: "p1", location: vietKhe)).isAllowed)
        #expect(policy.decide(communeOfficer, .createProducer(vietKhe)).isAllowed)
        #expect(policy.decide(communeOfficer, .reviewProducerSignUp(vietKhe)).isAllowed)
        #expect(policy.decide(communeOfficer, .editProducer(id: "p2", location: anKhanh))
            == .denied("Bạn không có quyền sửa thông tin chủ thể này hoặc sản phẩm của chủ thể."))
        #expect(!policy.decide(communeOfficer, .readProducer(id: "p2", location: anKhanh)).isAllowed)
        #expect(!policy.decide(communeOfficer, .createProducer(anKhanh)).isAllowed)
        #expect(!policy.decide(communeOfficer, .listProducers(.province("31"))).isAllowed)

        let provincial = grant(.provincialOfficer, .province("31"))
        #expect(policy.decide(provincial, .readProducer(id: "p2", location: anKhanh)).isAllowed)
        #expect(policy.decide(provincial, .listProducers(.province("31"))).isAllowed)
        #expect(!policy.decide(provincial, .editProducer(id: "p2", location: anKhanh)).isAllowed)
        #expect(!policy.decide(provincial, .createProducer(anKhanh)).isAllowed)
        #expect(!policy.decide(provincial, .reviewProducerSignUp(anKhanh)).isAllowed)
        #expect(!policy.decide(provincial, .readProducer(id: "p3", location: haNoiCommune)).isAllowed)

        let national = grant(.nationalOfficer, .nation)
        #expect(policy.decide(national, .readProducer(id: "p3", location: haNoiCommune)).isAllowed)
        #expect(!policy.decide(national, .editProducer(id: "p3", location: haNoiCommune)).isAllowed)
        #expect(policy.decide(grant(.administrator, .nation), .editProducer(id: "p3", location: haNoiCommune)).isAllowed)

        let representative = [RoleGrant(role: .producerRepresentative, location: vietKhe, subjectID: "p1")]
        #expect(policy.decide(representative, mine).isAllowed)
        #expect(policy.decide(representative, .readProducer(id: "p1", location: vietKhe)).isAllowed)
        #expect(!policy.decide(representative, .readProducer(id: "p4", location: vietKhe)).isAllowed, "another producer of the same commune")
        #expect(!policy.decide(representative, .editProducer(id: "p4", location: vietKhe)).isAllowed)
        #expect(!policy.decide(representative, .listProducers(vietKhe)).isAllowed)
        #expect(!policy.decide(representative, .createProducer(vietKhe)).isAllowed)
        #expect(!policy.decide(representative, .reviewProducerSignUp(vietKhe)).isAllowed)
        let unbound = grant(.producerRepresentative, vietKhe)
        #expect(!policy.decide(unbound, .readProducer(id: "p1", location: vietKhe)).isAllowed)
        #expect(!policy.decide(grant(.councilMember, .province("31")), .readProducer(id: "p1", location: vietKhe)).isAllowed)
    }

    @Test("Đợt đăng ký: xã mở cho xã mình, tỉnh mở cho tỉnh mình")
    func registrationRounds() {
        let provincial = grant(.provincialOfficer, .province("31"))
        let commune = grant(.communeOfficer, vietKhe)
        #expect(policy.decide(provincial, .manageRegistrationRound(owner: .province("31"))).isAllowed)
        #expect(policy.decide(provincial, .manageRegistrationRound(owner: anKhanh)).isAllowed)
        #expect(!policy.decide(provincial, .manageRegistrationRound(owner: .province("01"))).isAllowed)
        #expect(policy.decide(commune, .manageRegistrationRound(owner: vietKhe)).isAllowed)
        #expect(!policy.decide(commune, .manageRegistrationRound(owner: anKhanh)).isAllowed)
        #expect(!policy.decide(commune, .manageRegistrationRound(owner: .province("31"))).isAllowed)
        #expect(!policy.decide(grant(.nationalOfficer, .nation), .manageRegistrationRound(owner: vietKhe)).isAllowed)
        #expect(!policy.decide(grant(.producerRepresentative, vietKhe), .manageRegistrationRound(owner: vietKhe)).isAllowed)
    }
}
