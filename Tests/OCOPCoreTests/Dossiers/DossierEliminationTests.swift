import Foundation
import Testing
@testable import OCOPCore

/// Elimination at the province's intake (26/2026 sheets' "Hồ sơ bị loại khi …") and the 05 samples
/// (Điều 6.2.d), as rules: who, from where, what must be said, and who hears of it.
@Suite("Loại hồ sơ và sản phẩm mẫu")
struct DossierEliminationTests {
    static let rule = "Hồ sơ bị loại khi: Giả mạo hồ sơ hoặc không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo quy định; hoặc không đáp ứng về hồ sơ đăng ký theo quy định"

    func apply(_ elimination: DossierElimination, _ state: DossierState = .forwarded, _ role: Role = .provincialOfficer) -> Result<DossierTransition, Refusal> {
        DossierWorkflow.apply(.eliminate(elimination), to: state, by: role)
    }

    @Test("Tỉnh loại hồ sơ đã chuyển tỉnh: ghi quy định và căn cứ, báo chủ thể và xã, hồ sơ ra khỏi mọi hàng đợi")
    func eliminates() throws {
        let done = try apply(DossierElimination(rules: [Self.rule], rule: Self.rule, finding: "  Giấy ATTP hết hạn ngày 01/03/2026 ")).get()
        #expect(done.state == .eliminated)
        #expect(done.event.auditAction == "dossier.eliminate")
        #expect(done.event.details == ["Quy định: \(Self.rule)", "Căn cứ: Giấy ATTP hết hạn ngày 01/03/2026"])
        #expect(done.event.notify == [.producer, .communeOfficers])
        #expect(DossierState.eliminated.awaitingRole == nil)
        #expect(!DossierState.eliminated.producerMayEdit)
        for role in Role.allCases { #expect(DossierWorkflow.availableActions(in: .eliminated, for: role).isEmpty) }
    }

    @Test("Chỉ cán bộ cấp tỉnh, chỉ khi hồ sơ đã chuyển tỉnh")
    func whoAndWhen() {
        let valid = DossierElimination(rules: [Self.rule], rule: Self.rule, finding: "Giả mạo giấy chứng nhận")
        guard case .failure(let byCommune) = apply(valid, .forwarded, .communeOfficer) else { Issue.record("xã loại được hồ sơ"); return }
        #expect(byCommune == Refusal(.role, "Chỉ cán bộ cấp tỉnh được loại hồ sơ."))
        guard case .failure(let early) = apply(valid, .submitted) else { Issue.record("loại được hồ sơ chưa chuyển tỉnh"); return }
        #expect(early == Refusal(.state, "Không thể loại hồ sơ khi hồ sơ đang ở trạng thái «Đã nộp»."))
        #expect(DossierWorkflow.availableActions(in: .forwarded, for: .provincialOfficer) == [.accept, .returnToCommune, .eliminate])
    }

    @Test("Phải chọn một quy định của phiếu và ghi căn cứ; phiếu không có quy định loại thì không loại được")
    func content() {
        guard case .failure(let none) = apply(DossierElimination(rules: [Self.rule], rule: "", finding: " ")) else { Issue.record("thiếu nội dung vẫn loại"); return }
        #expect(none.message == "Vui lòng chọn quy định «Hồ sơ bị loại khi …» mà hồ sơ vi phạm. Vui lòng ghi rõ căn cứ loại hồ sơ (tài liệu nào, sai phạm gì) để chủ thể và UBND xã biết lý do.")
        guard case .failure(let foreign) = apply(DossierElimination(rules: [Self.rule], rule: "Quy định khác", finding: "x")) else { Issue.record("quy định ngoài phiếu"); return }
        #expect(foreign.message == "Vui lòng chọn quy định «Hồ sơ bị loại khi …» mà hồ sơ vi phạm.")
        #expect(!DossierElimination.isOffered(rules: []))
        guard case .failure(let noRules) = apply(DossierElimination(rules: [], rule: "", finding: "x")) else { Issue.record("phiếu không có quy định loại"); return }
        #expect(noRules.message.hasPrefix("Phiếu đánh giá của bộ sản phẩm này không quy định trường hợp loại hồ sơ"))
    }

    @Test("Sản phẩm mẫu: 05 mẫu, trừ nhóm dịch vụ du lịch; chỉ khi hồ sơ đang ở xã")
    func samples() {
        #expect(ProductSamples.countText == "05 sản phẩm mẫu")
        #expect(ProductSamples.areRequired(groupName: "SẢN PHẨM THỰC PHẨM"))
        #expect(!ProductSamples.areRequired(groupName: "SẢN PHẨM DỊCH VỤ DU LỊCH CỘNG ĐỒNG, DU LỊCH SINH THÁI VÀ ĐIỂM DU LỊCH"))
        #expect(ProductSamples.areRequired(groupName: nil))
        let set = CriteriaSet(id: "T", version: 1, name: "T", legalBasis: "", scope: .national, status: .draft, partMaxima: [], starBands: [],
                              recognitionThreshold: .three, groups: [
                                  ProductGroup(code: "I", name: "Thực phẩm", subGroups: [ProductSubGroup(code: "I.1", name: "Tươi", productSets: [ProductSet(code: "I.1.a", name: "Rau")])]),
                                  ProductGroup(code: "VI", name: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
                                               subGroups: [ProductSubGroup(code: "VI.1", name: "Du lịch", productSets: [ProductSet(code: "VI.1", name: "Du lịch")])]),
                              ])
        #expect(ProductSamples.areRequired(productSetCode: "I.1.a", in: set))
        #expect(!ProductSamples.areRequired(productSetCode: "VI.1", in: set))
        #expect(ProductSamples.refusal(required: false, state: .submitted, alreadyRecorded: false) == ProductSamples.notRequiredText)
        #expect(ProductSamples.refusal(required: true, state: .submitted, alreadyRecorded: false) == nil)
        #expect(ProductSamples.refusal(required: true, state: .draft, alreadyRecorded: false)?.hasPrefix("Chỉ ghi nhận sản phẩm mẫu khi hồ sơ đang ở UBND xã") == true)
    }
}
