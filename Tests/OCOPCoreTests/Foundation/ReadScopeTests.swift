import Testing
@testable import OCOPCore

/// Lists and single records must agree: a list shows a record exactly when the policy lets the
/// reader open it. Checked over every role, at every kind of place, against records everywhere.
@Suite("Danh sách theo đúng chính sách")
struct ReadScopeTests {
    let policy = AccessPolicy()
    static let vietKhe = UnitLocation.commune("11503", inProvince: "31")
    static let anKhanh = UnitLocation.commune("11668", inProvince: "31")
    static let haNoiCommune = UnitLocation.commune("09877", inProvince: "01")
    static let places: [UnitLocation] = [.nation, .province("31"), .province("01"), vietKhe, anKhanh, haNoiCommune]
    static let producer = "producer-of-viet-khe", otherProducer = "producer-of-ha-noi"

    /// Every single grant the system can hold (well formed), and a few people holding two.
    static var people: [[RoleGrant]] {
        var single: [[RoleGrant]] = []
        for role in Role.allCases {
            for place in places {
                let grant = RoleGrant(role: role, location: place, subjectID: role == .producerRepresentative ? producer : nil)
                if grant.shapeProblem == nil { single.append([grant]) }
            }
        }
        let twoHats = [RoleGrant(role: .communeOfficer, location: anKhanh), RoleGrant(role: .councilMember, location: .province("31"))]
        let officerAndProducer = [RoleGrant(role: .communeOfficer, location: haNoiCommune),
                                  RoleGrant(role: .producerRepresentative, location: vietKhe, subjectID: producer)]
        return single + [[], twoHats, officerAndProducer]
    }

    @Test("Danh sách chủ thể, sản phẩm, hồ sơ = những bản ghi được mở từng cái", arguments: people)
    func producerRecords(grants: [RoleGrant]) {
        for kind in [ListedRecord.producers, .products, .dossiers] {
            let scope = policy.readScope(grants, of: kind)
            for place in Self.places where place.communeCode != nil {
                for id in [Self.producer, Self.otherProducer] {
                    let single = kind == .dossiers ? AccessAction.readDossier(producerID: id, location: place)
                        : .readProducer(id: id, location: place)
                    #expect(scope.admits(place, producerID: id) == policy.decide(grants, single).isAllowed,
                            "\(kind) \(grants) \(place) \(id)")
                }
            }
        }
    }

    @Test("Nhật ký, tài khoản, phản ánh, đợt đánh giá, hội đồng = những gì được mở từng cái", arguments: people)
    func unitRecords(grants: [RoleGrant]) {
        for place in Self.places {
            #expect(policy.readScope(grants, of: .auditEntries).admits(place) == policy.decide(grants, .readAudit(place)).isAllowed)
            #expect(policy.readScope(grants, of: .accounts).admits(place) == policy.decide(grants, .listAccounts(place)).isAllowed)
            #expect(policy.readScope(grants, of: .complaints).admits(place) == policy.decide(grants, .recordComplaint(place)).isAllowed)
            guard place.communeCode == nil else { continue } // rounds and councils sit in a province or the nation
            #expect(policy.readScope(grants, of: .evaluationRounds).admits(place)
                    == policy.decide(grants, .readEvaluationRound(place)).isAllowed, "rounds \(grants) \(place)")
            #expect(policy.readScope(grants, of: .councils).admits(place)
                    == policy.decide(grants, .readCouncil(place, seat: nil)).isAllowed, "councils \(grants) \(place)")
        }
    }

    @Test("Không có vai trò: danh sách bị từ chối; đại diện chủ thể chỉ thấy chủ thể của mình")
    func emptyAndOwnOnly() {
        #expect(policy.readScope([], of: .dossiers).isEmpty)
        let representative = [RoleGrant(role: .producerRepresentative, location: Self.vietKhe, subjectID: Self.producer)]
        let scope = policy.readScope(representative, of: .dossiers)
        #expect(scope == ReadScope(producerIDs: [Self.producer]))
        #expect(!scope.reachesUnits)
        #expect(policy.readScope(representative, of: .auditEntries).isEmpty)
        #expect(policy.readScope([RoleGrant(role: .nationalOfficer, location: .nation)], of: .councils) == .all)
        #expect(policy.readScope([RoleGrant(role: .communeOfficer, location: Self.vietKhe)], of: .evaluationRounds)
                == ReadScope(locations: [.province("31")]))
    }

    @Test("Đơn vị mặc định của biểu mẫu: nơi vai trò của mình được làm việc đó, rộng nhất trước")
    func homeUnits() {
        let commune = RoleGrant(role: .communeOfficer, location: Self.vietKhe)
        let province = RoleGrant(role: .provincialOfficer, location: .province("31"))
        #expect(policy.homeUnits([commune, province], where: { .manageRegistrationRound(owner: $0) }) == [.province("31"), Self.vietKhe])
        #expect(policy.homeUnits([commune], where: { .createProducer($0) }) == [Self.vietKhe])
        #expect(policy.homeUnits([province], where: { .createProducer($0) }).isEmpty)
        let representative = RoleGrant(role: .producerRepresentative, location: Self.vietKhe, subjectID: Self.producer)
        #expect(policy.homeUnits([representative], where: { .manageRegistrationRound(owner: $0) }).isEmpty)
        #expect(policy.homeUnits([RoleGrant(role: .nationalOfficer, location: .nation)], where: { .manageCouncils($0) }) == [.nation])
        // The administrator may do everything, but acts for no unit unless one is named.
        #expect(policy.homeUnits([RoleGrant(role: .administrator, location: .nation)], where: { .manageCouncils($0) }).isEmpty)
    }
}
