import Foundation
import PropertyBased
import Testing
@testable import OCOPCore

@Suite("Quy trình hồ sơ")
struct DossierWorkflowTests {
    typealias F = DossierFixtures

    static let onTime = RegistrationDecision.allowed
    static let submit = DossierAction.submit(checklist: F.completeNew, registration: onTime)
    static let supplement = DossierAction.returnForSupplement([
        SupplementRequest(F.catalogue[1]!, reason: "Thiếu chữ ký và dấu của chủ thể"),
        SupplementRequest(item: "Hồ sơ", reason: "Ảnh chụp mờ, cần quét lại"),
    ])

    func apply(_ action: DossierAction, _ state: DossierState, _ role: Role) -> Result<DossierTransition, Refusal> {
        DossierWorkflow.apply(action, to: state, by: role)
    }

    func state(_ result: Result<DossierTransition, Refusal>) -> DossierState? { try? result.get().state }
    func refusal(_ result: Result<DossierTransition, Refusal>) -> Refusal? {
        if case .failure(let refusal) = result { refusal } else { nil }
    }

    @Test("Đường đi chuẩn: nháp → đã nộp → xã đã đánh giá → đã chuyển tỉnh → tỉnh tiếp nhận")
    func happyPath() throws {
        let submitted = try apply(Self.submit, .draft, .producerRepresentative).get()
        #expect(submitted.state == .submitted)
        #expect(submitted.event.summary == "Chủ thể đã nộp hồ sơ đăng ký mới cho UBND xã.")
        #expect(submitted.event.notify == [.communeOfficers])
        #expect(submitted.event.auditAction == "dossier.submit")

        let assessed = try apply(.assess(F.allMet), .submitted, .communeOfficer).get()
        #expect(assessed.state == .communeAssessed)
        #expect(assessed.event.details.first == "Sản phẩm hoặc nguyên liệu có nguồn gốc tại địa phương: Đạt")
        #expect(assessed.event.notify == [.producer])

        let forwarded = try apply(.forward(F.allMet), .communeAssessed, .communeOfficer).get()
        #expect(forwarded.state == .forwarded)
        #expect(forwarded.event.notify == [.producer, .provincialOfficers])
        #expect(forwarded.event.summary == "UBND xã đã chuyển hồ sơ lên UBND tỉnh, đề nghị đánh giá, phân hạng.")

        let accepted = try apply(.accept(evaluationRoundID: " HP-2026-1 "), .forwarded, .provincialOfficer).get()
        #expect(accepted.state == .acceptedByProvince)
        #expect(accepted.event.evaluationRoundID == "HP-2026-1")
        #expect(accepted.event.notify == [.producer, .communeOfficers, .councilSecretaries])
        #expect(accepted.state.awaitingRole == nil)
    }

    @Test("Trả lại bổ sung theo từng nội dung, nộp lại, tỉnh trả lại xã")
    func returns() throws {
        let returned = try apply(Self.supplement, .submitted, .communeOfficer).get()
        #expect(returned.state == .returned)
        #expect(returned.event.summary == "UBND xã trả lại hồ sơ để bổ sung (2 nội dung).")
        #expect(returned.event.details == ["«Phiếu đăng ký»: Thiếu chữ ký và dấu của chủ thể", "«Hồ sơ»: Ảnh chụp mờ, cần quét lại"])
        #expect(returned.event.notificationText
            == "UBND xã trả lại hồ sơ để bổ sung (2 nội dung).\n– «Phiếu đăng ký»: Thiếu chữ ký và dấu của chủ thể\n– «Hồ sơ»: Ảnh chụp mờ, cần quét lại")
        #expect(returned.state.producerMayEdit)
        #expect(state(apply(.resubmit(checklist: F.completeNew), .returned, .producerRepresentative)) == .submitted)

        let back = try apply(.returnToCommune(reasons: ["Thiếu biên bản đánh giá của xã"]), .forwarded, .provincialOfficer).get()
        #expect(back.state == .returnedByProvince)
        #expect(back.event.notify == [.communeOfficers])
        #expect(DossierWorkflow.availableActions(in: .returnedByProvince, for: .communeOfficer) == [.returnForSupplement, .assess])
    }

    @Test("Sai vai trò bị từ chối với lời nhắn tiếng Việt")
    func wrongRole() {
        #expect(refusal(apply(.forward(F.allMet), .communeAssessed, .producerRepresentative))
            == Refusal(.role, "Chỉ cán bộ cấp xã được chuyển hồ sơ lên tỉnh."))
        #expect(refusal(apply(Self.submit, .draft, .communeOfficer))?.message == "Chỉ đại diện chủ thể được nộp hồ sơ.")
        #expect(refusal(apply(.accept(evaluationRoundID: "R"), .forwarded, .communeOfficer))?.message
            == "Chỉ cán bộ cấp tỉnh được tiếp nhận hồ sơ.")
        // Not even the administrator: the audit log must show the responsible person.
        #expect(refusal(apply(.assess(F.allMet), .submitted, .administrator))?.reason == .role)
    }

    @Test("Sai trạng thái bị từ chối")
    func wrongState() {
        #expect(refusal(apply(.forward(F.allMet), .draft, .communeOfficer))
            == Refusal(.state, "Không thể chuyển hồ sơ lên tỉnh khi hồ sơ đang ở trạng thái «Nháp»."))
        #expect(refusal(apply(Self.submit, .submitted, .producerRepresentative))?.reason == .state)
        #expect(refusal(apply(.forward(F.allMet), .returnedByProvince, .communeOfficer))?.reason == .state)
        for kind in DossierActionKind.allCases {
            #expect(!kind.sources.contains(.acceptedByProvince))
        }
    }

    @Test("Nội dung thao tác được kiểm tra: hạn đăng ký, thiếu tài liệu, lý do trống, đánh giá chưa đủ")
    func content() {
        let late = RegistrationDecision.refused("Đợt đăng ký đã kết thúc ngày 30/06/2026; hồ sơ nộp muộn không được tổng hợp.")
        #expect(refusal(apply(.submit(checklist: F.completeNew, registration: late), .draft, .producerRepresentative))
            == Refusal(.content, "Đợt đăng ký đã kết thúc ngày 30/06/2026; hồ sơ nộp muộn không được tổng hợp."))
        #expect(refusal(apply(.submit(checklist: F.checklist(.new, [1, 2, 3, 4, 19]), registration: Self.onTime), .draft, .producerRepresentative))?.message
            == "Chưa thể nộp: Hồ sơ đăng ký mới còn thiếu 1 tài liệu bắt buộc: Sản phẩm mẫu.")
        #expect(refusal(apply(.resubmit(checklist: F.checklist(.new, [])), .returned, .producerRepresentative))?.reason == .content)
        #expect(refusal(apply(.returnForSupplement([]), .submitted, .communeOfficer))?.message == "Phải nêu ít nhất một nội dung cần bổ sung.")
        #expect(refusal(apply(.returnForSupplement([SupplementRequest(item: "Hồ sơ", reason: " ")]), .submitted, .communeOfficer))?.message
            == "Mỗi nội dung cần bổ sung phải ghi rõ tài liệu và lý do.")
        let partial = F.assessment([.localOrigin: .met])
        #expect(refusal(apply(.assess(partial), .submitted, .communeOfficer))?.message.hasPrefix("Chưa thể ghi nhận đánh giá: Chưa đánh giá tiêu chí") == true)
        let unclear = F.assessment([.localOrigin: .unclear, .localLabour: .met, .ideaOrigin: .met, .localIdentity: .met])
        #expect(state(apply(.assess(unclear), .submitted, .communeOfficer)) == .communeAssessed)
        #expect(refusal(apply(.forward(unclear), .communeAssessed, .communeOfficer))?.message
            == "Chưa thể chuyển tỉnh: Còn tiêu chí chưa rõ: Sản phẩm hoặc nguyên liệu có nguồn gốc tại địa phương.")
        #expect(refusal(apply(.accept(evaluationRoundID: "  "), .forwarded, .provincialOfficer))?.message == "Phải chọn đợt đánh giá để tiếp nhận hồ sơ.")
        #expect(refusal(apply(.returnToCommune(reasons: ["Lý do", ""]), .forwarded, .provincialOfficer))?.message == "Phải ghi rõ lý do trả lại hồ sơ cho xã.")
    }

    @Test("Hàng đợi: mỗi trạng thái chờ đúng một vai trò")
    func queues() {
        #expect(DossierState.allCases.map(\.awaitingRole) == [.producerRepresentative, .communeOfficer, .producerRepresentative,
                                                             .communeOfficer, .provincialOfficer, nil, .communeOfficer, nil])
        #expect(DossierState.allCases.map(\.title) == ["Nháp", "Đã nộp", "Trả lại bổ sung", "Xã đã đánh giá", "Đã chuyển tỉnh",
                                                      "Tỉnh tiếp nhận", "Tỉnh trả lại xã", "Bị loại"])
        #expect(DossierWorkflow.availableActions(in: .communeAssessed, for: .communeOfficer) == [.returnForSupplement, .assess, .forward])
        #expect(DossierWorkflow.availableActions(in: .draft, for: .communeOfficer).isEmpty)
        // Whoever a state awaits can act on it.
        for state in DossierState.allCases {
            if let role = state.awaitingRole { #expect(!DossierWorkflow.availableActions(in: state, for: role).isEmpty) }
        }
    }

    @Test("Phạm vi: chủ thể chỉ hồ sơ của mình, cán bộ xã chỉ xã mình, cán bộ tỉnh chỉ tỉnh mình")
    func scope() {
        let dossier = DossierScope(producerID: "p1", location: F.anKhanh)
        let owner = [RoleGrant(role: .producerRepresentative, location: F.anKhanh, subjectID: "p1")]
        let stranger = [RoleGrant(role: .producerRepresentative, location: F.anKhanh, subjectID: "p2")]
        #expect(state(DossierWorkflow.apply(Self.submit, to: .draft, by: owner, on: dossier)) == .submitted)
        #expect(refusal(DossierWorkflow.apply(Self.submit, to: .draft, by: stranger, on: dossier))
            == Refusal(.scope, "Hồ sơ này không thuộc phạm vi bạn phụ trách."))

        let anKhanhOfficer = [RoleGrant(role: .communeOfficer, location: F.anKhanh)]
        let vietKheOfficer = [RoleGrant(role: .communeOfficer, location: F.vietKhe)]
        #expect(state(DossierWorkflow.apply(.assess(F.allMet), to: .submitted, by: vietKheOfficer + anKhanhOfficer, on: dossier)) == .communeAssessed)
        #expect(refusal(DossierWorkflow.apply(.assess(F.allMet), to: .submitted, by: vietKheOfficer, on: dossier))?.reason == .scope)
        // A producer's grant gives no right to assess, even on the producer's own dossier.
        #expect(refusal(DossierWorkflow.apply(.assess(F.allMet), to: .submitted, by: owner, on: dossier))?.reason == .role)

        let haiPhong = [RoleGrant(role: .provincialOfficer, location: .province("31"))]
        let haNoi = [RoleGrant(role: .provincialOfficer, location: .province("01"))]
        #expect(state(DossierWorkflow.apply(.accept(evaluationRoundID: "R"), to: .forwarded, by: haiPhong, on: dossier)) == .acceptedByProvince)
        #expect(refusal(DossierWorkflow.apply(.accept(evaluationRoundID: "R"), to: .forwarded, by: haNoi, on: dossier))?.reason == .scope)
        #expect(refusal(DossierWorkflow.apply(.accept(evaluationRoundID: "R"), to: .forwarded,
                                              by: [RoleGrant(role: .administrator, location: .nation)], on: dossier))?.reason == .role)
    }

    @Test("Sự kiện ghi được vào nhật ký dưới dạng JSON")
    func eventJSON() throws {
        let event = try apply(Self.supplement, .submitted, .communeOfficer).get().event
        let data = try JSONEncoder().encode(event)
        #expect(try JSONDecoder().decode(DossierEvent.self, from: data) == event)
        #expect(String(decoding: data, as: UTF8.self).contains("\"action\":\"returnForSupplement\""))
    }

    /// Valid payloads for every kind, so that only role and state decide.
    static func validAction(_ kind: DossierActionKind) -> DossierAction {
        switch kind {
        case .submit: submit
        case .returnForSupplement: supplement
        case .resubmit: .resubmit(checklist: F.completeNew)
        case .assess: .assess(F.allMet)
        case .forward: .forward(F.allMet)
        case .accept: .accept(evaluationRoundID: "HP-2026-1")
        case .returnToCommune: .returnToCommune(reasons: ["Thiếu biên bản"])
        case .eliminate: .eliminate(DossierElimination(rules: [DossierEliminationTests.rule], rule: DossierEliminationTests.rule,
                                                       finding: "Giấy chứng nhận ATTP hết hạn"))
        }
    }

    /// Random walks: a step succeeds exactly when it is offered to the role in the state, lands on the
    /// action's target, and every reached state is one a dossier can be in; refusals leave the state.
    @Test func randomWalksFollowTheTable() async {
        let roles: [Role] = [.producerRepresentative, .communeOfficer, .provincialOfficer, .administrator]
        await propertyCheck(count: 200, input: Gen.int(in: 0..<(DossierActionKind.allCases.count * roles.count)).array(of: 1...40)) { steps in
            var state = DossierState.draft
            var history = [state]
            for step in steps {
                let kind = DossierActionKind.allCases[step % DossierActionKind.allCases.count]
                let role = roles[step / DossierActionKind.allCases.count]
                let offered = DossierWorkflow.availableActions(in: state, for: role).contains(kind)
                switch DossierWorkflow.apply(Self.validAction(kind), to: state, by: role) {
                case .success(let transition):
                    #expect(offered)
                    #expect(transition.state == kind.target)
                    #expect(transition.event.from == state && transition.event.to == kind.target && transition.event.actorRole == role)
                    #expect(!transition.event.notify.isEmpty)
                    state = transition.state
                    history.append(state)
                case .failure(let refusal):
                    #expect(!offered, "\(kind) by \(role) in \(state): \(refusal.message)")
                    #expect(!refusal.message.isEmpty)
                }
            }
            // The province only ever sees dossiers the commune forwarded after assessing them.
            for (index, reached) in history.enumerated() where reached == .forwarded {
                #expect(history[index - 1] == .communeAssessed)
            }
            if let accepted = history.firstIndex(of: .acceptedByProvince) { #expect(accepted == history.count - 1) }
            // An eliminated dossier leaves the flow: nothing follows, and only a forwarded one is eliminated.
            if let eliminated = history.firstIndex(of: .eliminated) {
                #expect(eliminated == history.count - 1)
                #expect(history[eliminated - 1] == .forwarded)
            }
        }
    }
}
