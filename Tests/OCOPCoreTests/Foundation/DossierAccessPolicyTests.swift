import Testing
@testable import OCOPCore

/// Hồ sơ: who reads, prepares and uploads to a producer's dossier, and the refusals they see.
@Suite("Phân quyền hồ sơ")
struct DossierAccessPolicyTests {
    let policy = AccessPolicy()
    let vietKhe = UnitLocation.commune("11503", inProvince: "31")
    let anKhanh = UnitLocation.commune("11668", inProvince: "31")
    let producer = "P-1"

    func grant(_ role: Role, _ location: UnitLocation, subject: String? = nil) -> [RoleGrant] {
        [RoleGrant(role: role, location: location, subjectID: subject)]
    }

    @Test("Đọc hồ sơ: chủ thể của mình, cán bộ xã và tỉnh có phạm vi; người khác bị từ chối")
    func reading() {
        let read = AccessAction.readDossier(producerID: producer, location: vietKhe)
        #expect(policy.decide(grant(.producerRepresentative, vietKhe, subject: producer), read).isAllowed)
        #expect(policy.decide(grant(.communeOfficer, vietKhe), read).isAllowed)
        #expect(policy.decide(grant(.provincialOfficer, .province("31")), read).isAllowed)
        #expect(policy.decide(grant(.producerRepresentative, vietKhe, subject: "P-2"), read) == .denied("Bạn không có quyền xem hồ sơ này."))
        #expect(!policy.decide(grant(.communeOfficer, anKhanh), read).isAllowed)
        #expect(!policy.decide(grant(.provincialOfficer, .province("01")), read).isAllowed)
        #expect(!policy.decide(grant(.councilMember, .province("31")), read).isAllowed)
    }

    @Test("Lập và nộp hồ sơ: chỉ người đại diện của chủ thể")
    func preparing() {
        let prepare = AccessAction.prepareDossier(producerID: producer, location: vietKhe)
        #expect(policy.decide(grant(.producerRepresentative, vietKhe, subject: producer), prepare).isAllowed)
        #expect(policy.decide(grant(.communeOfficer, vietKhe), prepare)
            == .denied("Chỉ người đại diện của chủ thể được lập, tự đánh giá và nộp hồ sơ của chủ thể."))
        #expect(!policy.decide(grant(.provincialOfficer, .province("31")), prepare).isAllowed)
        #expect(!policy.decide(grant(.producerRepresentative, vietKhe, subject: "P-2"), prepare).isAllowed)
    }

    @Test("Tải tài liệu: người đại diện hoặc cán bộ xã nơi chủ thể đăng ký; cán bộ tỉnh chỉ xem")
    func uploading() {
        let upload = AccessAction.uploadDossierDocument(producerID: producer, location: vietKhe)
        #expect(policy.decide(grant(.producerRepresentative, vietKhe, subject: producer), upload).isAllowed)
        #expect(policy.decide(grant(.communeOfficer, vietKhe), upload).isAllowed)
        #expect(policy.decide(grant(.communeOfficer, anKhanh), upload).denialMessage?.contains("tải tài liệu") == true)
        #expect(!policy.decide(grant(.provincialOfficer, .province("31")), upload).isAllowed)
    }
}

private extension AccessDecision {
    var denialMessage: String? { if case .denied(let message) = self { message } else { nil } }
}
