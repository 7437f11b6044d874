import Testing
@testable import OCOPCore

/// The path to the next star names the minimums to reach, not only points.
@Suite("Lộ trình lên hạng theo 26/2026")
struct Law26AdvisorTests {
    let sheet = try! Law26Fixtures.compiled("I.1.a")

    func answers(_ changes: [(String, String)]) -> AnswerSet {
        var answers = Law26Fixtures.best(sheet)
        for (code, option) in changes { answers = Law26Fixtures.with(answers, code, option, on: sheet) }
        return answers
    }

    func text(_ code: String, _ option: String) -> String { sheet.criteria[sheet.index(ofCriterion: code)!].option(id: option)!.text }

    /// 98 points held at 3★ by the trademark: the only step to 4★ is the registered trademark option.
    @Test func theMinimumIsARequiredStep() throws {
        let advice = try NextStarAdvisor.advise(answers([("A.3.5", "1")]), on: sheet, facts: ProducerFacts())
        #expect(advice.current.finalStar == .three)
        #expect(advice.targetStar == .four)
        #expect(advice.outcome == .reachable)
        #expect(advice.requiredSteps == [.minimum(ImprovementStep(criterionCode: "A.3.5", fromOptionID: "1", fromText: text("A.3.5", "1"),
                                                                   toOptionID: "2", toText: text("A.3.5", "2"), gain: 1), forStar: .four)])
        #expect(advice.suggestions == [])
        #expect(advice.summary.contains("Bắt buộc: đạt mức tối thiểu của 4★ ở tiêu chí A.3.5 → từ «\(text("A.3.5", "1"))» sang «\(text("A.3.5", "2"))», +1 điểm"))
    }

    /// Aiming at 5★ asks for the strictest minimum of the criterion in one step.
    @Test func theStrictestMinimumUpToTheTarget() throws {
        let advice = try NextStarAdvisor.advise(answers([("A.1.5", "2")]), on: sheet, facts: ProducerFacts(), target: .five)
        #expect(advice.requiredSteps.count == 1)
        guard case let .minimum(step, star) = advice.requiredSteps.first else { Issue.record("no minimum step"); return }
        #expect(step.criterionCode == "A.1.5" && step.toOptionID == "4" && star == .five)
        let toFour = try NextStarAdvisor.advise(answers([("A.1.5", "2")]), on: sheet, facts: ProducerFacts())
        guard case let .minimum(step4, star4) = toFour.requiredSteps.first else { Issue.record("no minimum step"); return }
        #expect(step4.toOptionID == "3" && star4 == .four)
    }

    /// Minimums and points together: every suggestion, re-scored, reaches the target.
    @Test func suggestionsReachTheTargetWithTheMinimumsMet() throws {
        let low = Law26Fixtures.with(answers([("A.3.5", "1"), ("C.8", "1"), ("B.4.1", "3")]), "C.6.2", "4", on: sheet)
        let advice = try NextStarAdvisor.advise(low, on: sheet, facts: ProducerFacts(), target: .five)
        #expect(advice.outcome == .reachable)
        #expect(!advice.requiredSteps.isEmpty)
        for suggestion in advice.suggestions { #expect(suggestion.resultingStar == .five) }
    }
}
