import Testing
@testable import OCOPCore

@Suite("Kết quả của Hội đồng: hạng theo điểm trung bình, điều kiện theo đa số phiếu")
struct CouncilVerdictTests {
    typealias F = Fixtures
    let members = [CouncilMember(id: "a", name: "A", isChair: true), CouncilMember(id: "b", name: "B"), CouncilMember(id: "c", name: "C")]
    let trademark = ProducerFacts(hasRegisteredTrademark: true)

    func results(_ answers: [AnswerSet], facts: [ProducerFacts]) throws -> [(memberID: String, result: ScoringResult)] {
        try zip(zip(members, answers), facts).map { pair, facts in
            (pair.0.id, try ScoringEngine.score(pair.1, on: F.demoCompiled, facts: facts))
        }
    }

    @Test("Cấp tỉnh: 100 điểm thì công nhận 4★ và đề nghị cấp trung ương; cấp trung ương công nhận 5★")
    func fiveStarBand() throws {
        let sheets = try results(Array(repeating: F.maxAnswers, count: 3), facts: Array(repeating: trademark, count: 3))
        let province = CouncilVerdict.decide(sheet: F.demoCompiled, level: .province, members: members, results: sheets)
        #expect(province.star == .four && province.proposedToNational && province.isRecognised)
        let nation = CouncilVerdict.decide(sheet: F.demoCompiled, level: .national, members: members, results: sheets)
        #expect(nation.star == .five && !nation.proposedToNational)
    }

    @Test("Điều kiện nhãn hiệu hạ hạng chỉ khi đa số phiếu thấy thiếu")
    func gatesByMajority() throws {
        let none = ProducerFacts()
        let oneMissing = try results(Array(repeating: F.maxAnswers, count: 3), facts: [none, trademark, trademark])
        #expect(CouncilVerdict.decide(sheet: F.demoCompiled, level: .national, members: members, results: oneMissing).star == .five)
        let twoMissing = try results(Array(repeating: F.maxAnswers, count: 3), facts: [none, none, trademark])
        let capped = CouncilVerdict.decide(sheet: F.demoCompiled, level: .national, members: members, results: twoMissing)
        #expect(capped.star == .three)
        #expect(capped.explanation.contains("nhãn hiệu"))
    }

    @Test("Loại trừ theo đa số phiếu: không xếp hạng; thiếu chủ tịch: chưa có kết quả")
    func knockOutAndQuorum() throws {
        // Two sheets stop at the knock-out (65 points), the third scores C low but passes it (68 points).
        let knocked = F.answers(["C.1": Answer(optionID: "1")])
        let close = F.answers(["C.1": Answer(optionID: "2"), "C.2": Answer(optionID: "1"), "C.3": Answer(optionID: "1")])
        let sheets = try results([knocked, knocked, close], facts: Array(repeating: trademark, count: 3))
        let verdict = CouncilVerdict.decide(sheet: F.demoCompiled, level: .province, members: members, results: sheets)
        #expect(verdict.knockedOut && verdict.star == nil && !verdict.isRecognised)
        let withoutChair = try Array(results(Array(repeating: F.maxAnswers, count: 3), facts: Array(repeating: trademark, count: 3)).dropFirst())
        let pending = CouncilVerdict.decide(sheet: F.demoCompiled, level: .province, members: members, results: withoutChair)
        #expect(pending.star == nil && !pending.outcome.quorum.isMet)
        #expect(pending.explanation.hasPrefix("Chưa có kết quả."))
    }
}
