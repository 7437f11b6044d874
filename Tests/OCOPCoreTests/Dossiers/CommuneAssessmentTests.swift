import Foundation
import PropertyBased
import Testing
@testable import OCOPCore

@Suite("Đánh giá của UBND xã")
struct CommuneAssessmentTests {
    typealias F = DossierFixtures

    @Test("Bốn tiêu chí địa phương, kết luận bằng tiếng Việt")
    func names() {
        #expect(LocalCriterion.allCases.count == 4)
        #expect(LocalVerdict.allCases.map(\.title) == ["Đạt", "Không đạt", "Chưa rõ"])
        #expect(LocalCriterion.localOrigin.title == "Sản phẩm hoặc nguyên liệu có nguồn gốc tại địa phương")
    }

    @Test("Đủ bốn tiêu chí đạt: được chuyển tỉnh")
    func allMet() {
        #expect(F.allMet.isComplete)
        #expect(F.allMet.forwarding() == .mayForward)
        #expect(F.allMet.summary() == "Đánh giá của UBND xã: 4/4 tiêu chí đạt. Đủ điều kiện đề nghị tỉnh đánh giá, phân hạng.")
    }

    @Test("Chưa đánh giá đủ, đánh giá trùng, thiếu nhận xét: chưa ghi nhận được")
    func incomplete() {
        let partial = CommuneAssessment(findings: [
            .init(.localOrigin, .met), .init(.localOrigin, .met), .init(.localLabour, .notMet, remark: "  "),
        ])
        #expect(partial.problems == [
            "Tiêu chí «Sản phẩm hoặc nguyên liệu có nguồn gốc tại địa phương» được đánh giá nhiều lần.",
            "Chưa đánh giá tiêu chí «Ý tưởng sản phẩm xuất phát từ địa phương».",
            "Chưa đánh giá tiêu chí «Sản phẩm thể hiện bản sắc địa phương».",
            "Tiêu chí «Sử dụng lao động địa phương» được đánh giá «Không đạt»: phải ghi nhận xét.",
        ])
        #expect(!partial.forwarding().isAllowed)
        #expect(partial.summary().hasSuffix("chưa đánh giá: Ý tưởng sản phẩm xuất phát từ địa phương, Sản phẩm thể hiện bản sắc địa phương. Chưa đủ điều kiện đề nghị tỉnh đánh giá, phân hạng."))
    }

    @Test("Không đạt lao động địa phương vẫn chuyển được; không đạt nguồn gốc hoặc còn chưa rõ thì không")
    func forwardingRule() {
        let labourNotMet = F.assessment([.localOrigin: .met, .localLabour: .notMet, .ideaOrigin: .met, .localIdentity: .met])
        #expect(labourNotMet.forwarding() == .mayForward)
        #expect(labourNotMet.summary()
            == "Đánh giá của UBND xã: 3/4 tiêu chí đạt; không đạt: Sử dụng lao động địa phương. Đủ điều kiện đề nghị tỉnh đánh giá, phân hạng.")
        #expect(!labourNotMet.forwarding(policy: .allFourMustBeMet).isAllowed)

        let originNotMet = F.assessment([.localOrigin: .notMet, .localLabour: .met, .ideaOrigin: .met, .localIdentity: .met])
        #expect(originNotMet.forwarding()
            == .mayNotForward(["Tiêu chí bắt buộc không đạt: Sản phẩm hoặc nguyên liệu có nguồn gốc tại địa phương."]))

        let unclear = F.assessment([.localOrigin: .met, .localLabour: .met, .ideaOrigin: .unclear, .localIdentity: .met])
        #expect(unclear.isComplete)
        #expect(unclear.forwarding() == .mayNotForward(["Còn tiêu chí chưa rõ: Ý tưởng sản phẩm xuất phát từ địa phương."]))
        #expect(unclear.summary().contains("; chưa rõ: Ý tưởng sản phẩm xuất phát từ địa phương. Chưa đủ điều kiện"))
    }

    /// Forwarding is allowed exactly when every criterion is assessed once, none is unclear, and the
    /// policy's criteria are met.
    @Test func forwardingMatchesItsDefinition() async {
        let verdict = Gen.int(in: 0...3).map { $0 < 3 ? LocalVerdict.allCases[$0] : nil }
        await propertyCheck(count: 300, input: verdict.array(of: 4), Gen.bool) { verdicts, allFour in
            let assessment = F.assessment(Dictionary(uniqueKeysWithValues: zip(LocalCriterion.allCases, verdicts).compactMap { pair in
                pair.1.map { (pair.0, $0) }
            }))
            let policy: CommuneForwardingPolicy = allFour ? .allFourMustBeMet : .standard
            let expected = verdicts.allSatisfy { $0 != nil && $0 != .unclear }
                && zip(LocalCriterion.allCases, verdicts).allSatisfy { !policy.mustBeMet.contains($0.0) || $0.1 == .met }
            #expect(assessment.forwarding(policy: policy).isAllowed == expected, "\(verdicts)")
            #expect(assessment.summary(policy: policy).hasSuffix(expected ? ". Đủ điều kiện đề nghị tỉnh đánh giá, phân hạng."
                                                                    : ". Chưa đủ điều kiện đề nghị tỉnh đánh giá, phân hạng."))
        }
    }
}
