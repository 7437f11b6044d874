import Testing
@testable import OCOPCore

@Suite("Chấm điểm")
struct EngineTests {
    typealias F = Fixtures
    let sheet = F.demoCompiled
    let trademark = ProducerFacts(hasRegisteredTrademark: true)

    func score(_ answers: AnswerSet, _ facts: ProducerFacts = ProducerFacts(hasRegisteredTrademark: true)) throws(AnswerSetError) -> ScoringResult {
        try ScoringEngine.score(answers, on: sheet, facts: facts)
    }

    @Test func bestAnswersScore100AndFiveStars() throws {
        let result = try score(F.maxAnswers)
        #expect(result.partTotals.map(\.points) == [40, 25, 35])
        #expect(result.partTotals.map(\.part) == ["A", "B", "C"])
        #expect(result.total == 100)
        #expect(result.finalStar == .five)
        #expect(result.isRecognised)
        #expect(result.explanation == "100 điểm, 5★; được công nhận.")
        #expect(result.partSummary == "Phần A 40/40 · Phần B 25/25 · Phần C 35/35")
    }

    @Test func missingTrademarkHoldsA4StarScoreAt3Stars() throws {
        let answers = F.answers(["B.2": Answer(optionID: "2"), "C.3": Answer(optionID: "2")])
        let result = try score(answers, ProducerFacts())
        #expect(result.total == Points(hundredths: 8250))
        #expect(result.bandStar == .four)
        #expect(result.finalStar == .three)
        #expect(result.caps == [StarCap(reason: .missingFact(.hasRegisteredTrademark), gatedStar: .four, allowedStar: .three)])
        #expect(result.explanation == "82,5 điểm, 4★ theo thang điểm, nhưng hạ xuống 3★ vì chưa có nhãn hiệu đã đăng ký (bắt buộc từ 4★); được công nhận.")
        #expect(try score(answers).finalStar == .four)
    }

    @Test func unmetMandatoryCriterionBlocksRecognition() throws {
        let result = try score(F.answers(["A.1": Answer(optionID: "1")]), ProducerFacts())
        #expect(result.total == 90)
        #expect(result.bandStar == .five)
        #expect(result.finalStar == .two)
        #expect(!result.isRecognised)
        #expect(result.caps.map(\.reason) == [.missingFact(.hasRegisteredTrademark), .mandatoryCriterion(code: "A.1")])
        #expect(result.explanation == "90 điểm, 5★ theo thang điểm, nhưng hạ xuống 2★ vì chưa có nhãn hiệu đã đăng ký (bắt buộc từ 4★) và tiêu chí bắt buộc A.1 chưa đạt (yêu cầu để đạt từ 3★); chưa đạt hạng được công nhận (từ 3★).")
    }

    @Test func mandatoryCriterionDoesNotMatterBelowTheStarItGates() throws {
        // 55 points with A.1 at 0: 3★ band, the mandatory criterion gates 3★ → 2★.
        // With the gate at 4★ instead, the same answers keep 3★.
        let answers = F.answers(["A.1": Answer(optionID: "1"), "C.2": Answer(optionID: "1"), "C.3": Answer(optionID: "2"), "B.2": Answer(optionID: "1")])
        #expect(try score(answers).total == 55)
        #expect(try score(answers).finalStar == .two)
        var set = F.demoSet
        set.groups[0].subGroups[0].productSets[0].sheet.parts[0].sections[0].criteria[0].mandatory = MandatoryRule(gatesStar: .four)
        let relaxed = try CompiledSheet(set.productSets[0], in: set)
        let result = try ScoringEngine.score(answers, on: relaxed, facts: trademark)
        #expect(result.finalStar == .three)
        #expect(result.caps.isEmpty)
    }

    @Test func mandatoryWithRequiredOptions() throws {
        var set = F.demoSet
        set.groups[0].subGroups[0].productSets[0].sheet.parts[1].sections[0].criteria[0].mandatory =
            MandatoryRule(gatesStar: .four, requiredOptionIDs: ["4"])
        let compiled = try CompiledSheet(set.productSets[0], in: set)
        let below = try ScoringEngine.score(F.answers(["B.1": Answer(optionID: "3")]), on: compiled, facts: trademark)
        #expect(below.total == 95)
        #expect(below.finalStar == .three)
        #expect(try ScoringEngine.score(F.maxAnswers, on: compiled, facts: trademark).finalStar == .five)
    }

    @Test func knockOutStopsScoringAndEliminates() throws {
        let answers = F.answers(["C.1": Answer(optionID: "1"), "C.2": nil, "C.3": nil])
        let result = try score(answers)
        #expect(result.total == 65)
        #expect(result.finalStar == nil)
        #expect(!result.isRecognised)
        #expect(result.knockOut == KnockOutEvent(criterionCode: "C.1", optionID: "1", optionText: "Có tạp chất, không chấp nhận được", unscoredCriteria: ["C.2", "C.3"]))
        #expect(result.explanation == "65 điểm, bị loại tại tiêu chí C.1 (phương án «Có tạp chất, không chấp nhận được»); 2 tiêu chí sau đó không được chấm; sản phẩm không được công nhận.")
        // Answers given after the knock-out are ignored, not added.
        #expect(try score(F.answers(["C.1": Answer(optionID: "1")])).total == 65)
    }

    @Test func criterionAppliesOnlyWhenItsConditionHolds() throws {
        let withoutStory = F.answers(["A.3": Answer(optionID: "1"), "A.4": nil])
        #expect(try score(withoutStory).total == 80)
        // An answer to a criterion that does not apply is ignored.
        #expect(try score(F.answers(["A.3": Answer(optionID: "1")])).total == 80)
        // When the condition holds the dependent criterion must be answered.
        #expect(throws: AnswerSetError(missing: ["A.4"])) { try score(F.answers(["A.4": nil])) }
    }

    @Test func alternativeCasesNeedTheRightCase() throws {
        #expect(try score(F.answers(["A.2": Answer(optionID: "1.2", caseID: "1")])).total == 95)
        #expect(throws: AnswerSetError(invalid: [InvalidAnswer(criterionCode: "A.2", reason: "chưa chọn trường hợp")])) {
            try score(F.answers(["A.2": Answer(optionID: "2.2")]))
        }
        #expect(throws: AnswerSetError(invalid: [InvalidAnswer(criterionCode: "A.2", reason: "phương án «2.2» không thuộc trường hợp «1»")])) {
            try score(F.answers(["A.2": Answer(optionID: "2.2", caseID: "1")]))
        }
    }

    @Test func missingAndInvalidAnswersAreListedInVietnamese() {
        do {
            _ = try score(F.answers(["A.1": nil, "C.3": nil]))
            Issue.record("scored an incomplete sheet")
        } catch {
            #expect(error.missing == ["A.1", "C.3"])
            #expect(error.message == "Chưa chấm các tiêu chí: A.1, C.3.")
        }
        do {
            _ = try score(F.answers(["Z.1": Answer(optionID: "1"), "B.1": Answer(optionID: "9")]))
            Issue.record("scored an invalid sheet")
        } catch {
            #expect(error.message == "Trả lời không hợp lệ: B.1 (không có phương án «9»), Z.1 (phiếu không có tiêu chí này).")
        }
        #expect(throws: AnswerSetError.self) {
            try ScoringEngine.score(IndexedAnswers(choices: [0, 0]), on: sheet, facts: trademark)
        }
        var choices = try! sheet.index(F.maxAnswers).choices
        choices[4] = 99
        #expect(throws: AnswerSetError(invalid: [InvalidAnswer(criterionCode: "B.1", reason: "không có phương án số 100")])) {
            try ScoringEngine.score(IndexedAnswers(choices: choices), on: sheet, facts: trademark)
        }
    }

    @Test func bonusIsAddedCountsForTheBandAndIsCapped() throws {
        // Base 69,5: 3★. A woman representative adds 1 → 70,5: 4★.
        let answers = F.answers(["C.2": Answer(optionID: "1"), "B.2": Answer(optionID: "2"), "A.2": Answer(optionID: "2.1", caseID: "2")])
        let plain = try score(answers)
        #expect(plain.total == Points(hundredths: 6950))
        #expect(plain.finalStar == .three)
        let woman = try score(answers, ProducerFacts(hasRegisteredTrademark: true, representativeIsWoman: true))
        #expect(woman.baseTotal == Points(hundredths: 6950))
        #expect(woman.bonus == 1)
        #expect(woman.total == Points(hundredths: 7050))
        #expect(woman.finalStar == .four)
        #expect(woman.explanation == "70,5 điểm (gồm 1 điểm cộng), 4★; được công nhận.")
        let both = try score(answers, ProducerFacts(hasRegisteredTrademark: true, representativeIsWoman: true, representativeIsEthnicMinority: true))
        #expect(both.total == Points(hundredths: 7150))
        // At 98 with a 3-point bonus only 2 points fit under 100.
        var generous = F.demoSet
        generous.bonusRules = [BonusRule(fact: .representativeIsWoman, points: 3)]
        let generousSheet = try CompiledSheet(generous.productSets[0], in: generous)
        let capped = try ScoringEngine.score(F.answers(["C.1": Answer(optionID: "2")]), on: generousSheet,
                                             facts: ProducerFacts(hasRegisteredTrademark: true, representativeIsWoman: true))
        #expect(capped.baseTotal == 98)
        #expect(capped.bonus == 2)
        #expect(capped.total == 100)
        let top = try score(F.answers(["B.2": Answer(optionID: "3")]), ProducerFacts(hasRegisteredTrademark: true, representativeIsWoman: true))
        #expect(top.total == 100)
        #expect(top.bonus == .zero)
    }

    @Test func indexRoundTripsThroughAnswerSet() throws {
        let indexed = try sheet.index(F.maxAnswers)
        #expect(sheet.answerSet(indexed) == F.maxAnswers)
        #expect(try ScoringEngine.score(indexed, on: sheet, facts: trademark) == score(F.maxAnswers))
    }
}
