import Testing
@testable import OCOPCore

@Suite("Tư vấn lên hạng")
struct NextStarAdvisorTests {
    typealias F = Fixtures
    let sheet = F.demoCompiled

    @Test func threeStarsToFourNeedsTheTrademarkAndOneImprovement() throws {
        let answers = F.answers(["C.2": Answer(optionID: "1"), "C.3": Answer(optionID: "1"), "B.1": Answer(optionID: "3")])
        let advice = try NextStarAdvisor.advise(answers, on: sheet, facts: ProducerFacts())
        #expect(advice.current.total == 65)
        #expect(advice.current.finalStar == .three)
        #expect(advice.outcome == .reachable)
        #expect(advice.targetStar == .four)
        #expect(advice.requiredSteps == [.fact(.hasRegisteredTrademark, forStar: .four)])
        #expect(advice.suggestions.map { $0.steps.map(\.criterionCode) } == [["B.1"], ["C.3"], ["C.2"]])
        #expect(advice.suggestions.map(\.gain) == [5, 5, 10])
        #expect(advice.suggestions.map(\.resultingStar) == [.four, .four, .four])
        #expect(advice.suggestions[0].steps[0].vietnamese == "B.1 → từ «Phương án 3» sang «Phương án 4», +5 điểm")
        #expect(advice.summary == """
            Để đạt 4★:
            • Bắt buộc: đăng ký nhãn hiệu cho sản phẩm (bắt buộc từ 4★)
            • Cách 1: B.1 → từ «Phương án 3» sang «Phương án 4», +5 điểm (tổng 70 điểm, 4★)
            • Cách 2: C.3 → từ «Phương án 1» sang «Phương án 2», +5 điểm (tổng 70 điểm, 4★)
            • Cách 3: C.2 → từ «Phương án 1» sang «Phương án 2», +10 điểm (tổng 75 điểm, 4★)
            """)
    }

    @Test func largerGapNeedsSeveralCriteriaAndPrefersFewest() throws {
        // 10 points (1★): 20 more needed for 2★. No criterion gives 20 alone (A.3 would switch on A.4,
        // which has no answer), so the best suggestions change two criteria for exactly 20 points.
        let answers = F.answers(["A.1": Answer(optionID: "2"), "A.2": Answer(optionID: "1.1", caseID: "1"), "A.3": Answer(optionID: "1"), "A.4": nil,
                                 "B.1": Answer(optionID: "1"), "B.2": Answer(optionID: "1"), "C.2": Answer(optionID: "1"), "C.3": Answer(optionID: "1")])
        let advice = try NextStarAdvisor.advise(answers, on: sheet, facts: ProducerFacts(hasRegisteredTrademark: true))
        #expect(advice.current.total == 10)
        #expect(advice.current.finalStar == .one)
        #expect(advice.targetStar == .two)
        #expect(advice.suggestions.allSatisfy { $0.steps.count == 2 })
        #expect(advice.suggestions.first?.gain == 20)
    }

    @Test func knockOutMustBeFixedFirst() throws {
        let unscored = try NextStarAdvisor.advise(F.answers(["C.1": Answer(optionID: "1"), "C.2": nil, "C.3": nil]), on: sheet, facts: ProducerFacts())
        #expect(unscored.outcome == .needsFullEvaluation)
        #expect(unscored.requiredSteps.map(\.vietnamese) == ["khắc phục tiêu chí loại C.1 → từ «Có tạp chất, không chấp nhận được» sang «Có rất ít tạp chất, chấp nhận được», +3 điểm"])
        #expect(unscored.summary.hasSuffix("Sau đó phải chấm các tiêu chí còn lại để xác định lộ trình lên hạng."))

        let answered = try NextStarAdvisor.advise(F.answers(["C.1": Answer(optionID: "1")]), on: sheet, facts: ProducerFacts())
        #expect(answered.outcome == .reachable)
        #expect(answered.targetStar == .three)
        #expect(answered.requiredSteps.count == 1)
        #expect(answered.suggestions.isEmpty)
    }

    @Test func mandatoryCriterionIsARequiredStep() throws {
        let advice = try NextStarAdvisor.advise(F.answers(["A.1": Answer(optionID: "1")]), on: sheet, facts: ProducerFacts(hasRegisteredTrademark: true))
        #expect(advice.current.finalStar == .two)
        #expect(advice.targetStar == .three)
        guard case let .mandatory(step, star) = advice.requiredSteps.first else { Issue.record("no mandatory step"); return }
        #expect(step.criterionCode == "A.1")
        #expect(step.toOptionID == "2")
        #expect(star == .three)
        #expect(advice.suggestions.isEmpty)
    }

    @Test func topStarAndUnreachableTargets() throws {
        let top = try NextStarAdvisor.advise(F.maxAnswers, on: sheet, facts: ProducerFacts(hasRegisteredTrademark: true))
        #expect(top.outcome == .alreadyAtTop)

        // 5★ from 95: without a product story (A.3 at 0, so A.4 does not apply and has no answer) the
        // sheet stands at 80 and nothing can be improved: A.3 would switch on the unanswered A.4.
        var set = F.demoSet
        set.starBands[3].upperBound = 95
        set.starBands[4].lowerBound = 95
        let strict = try CompiledSheet(set.productSets[0], in: set)
        let advice = try NextStarAdvisor.advise(F.answers(["A.3": Answer(optionID: "1"), "A.4": nil]), on: strict,
                                                facts: ProducerFacts(hasRegisteredTrademark: true))
        #expect(advice.current.finalStar == .four)
        #expect(advice.outcome == .unreachable(bestTotal: 80))
        #expect(advice.summary == "Không thể đạt 5★ với phiếu này: kể cả đạt điểm cao nhất ở mọi tiêu chí đang áp dụng, tổng điểm chỉ là 80.")
    }

    @Test func searchStaysWithinItsBudget() throws {
        let set = Fixtures.legacy1048.criteriaSet
        let sheet = try CompiledSheet(#require(set.productSet(code: "dich-vu-du-lich-cong-dong-va-diem-du-lich")), in: set)
        let lowest = IndexedAnswers(choices: sheet.criteria.map { criterion in
            Int32(criterion.allOptions.indices.min { criterion.allOptions[$0].points < criterion.allOptions[$1].points }!)
        })
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let advice = try NextStarAdvisor.advise(lowest, on: sheet, facts: ProducerFacts(), target: .five)
            #expect(advice.outcome == .reachable)
            #expect(advice.suggestions.first.map { $0.resultingTotal >= 90 } == true)
        }
        #expect(elapsed < .seconds(2))
    }
}
