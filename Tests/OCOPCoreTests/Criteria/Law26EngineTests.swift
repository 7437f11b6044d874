import Testing
@testable import OCOPCore

/// Known answers on real 26/2026 sheets: a filled sheet → total, star and the minimums it misses.
@Suite("Chấm điểm theo 26/2026")
struct Law26EngineTests {
    /// Set 1 "Rau, củ, quả, hạt tươi": A.3.5 Sở hữu trí tuệ marks option 1 for 3★ and 2 for 4★;
    /// A.1.5 marks 3 for 4★ and 4 for 5★; A.1.3 marks 3 for 5★; A.2.2 marks 3 for 3★.
    let sheet = try! Law26Fixtures.compiled("I.1.a")
    var best: AnswerSet { Law26Fixtures.best(sheet) }

    func score(_ changes: [(String, String)]) throws -> ScoringResult {
        var answers = best
        for (code, option) in changes { answers = Law26Fixtures.with(answers, code, option, on: sheet) }
        return try ScoringEngine.score(answers, on: sheet, facts: ProducerFacts())
    }

    @Test func theBestSheetIsA100Point5Star() throws {
        let result = try score([])
        #expect(result.total == 100)
        #expect(result.partTotals.map(\.points) == [40, 25, 35])
        #expect(result.finalStar == .five)
        #expect(result.caps == [])
    }

    /// The most common dispute: a 98-point product with only a trademark application is 3★.
    @Test func aHighTotalThatMissesA4StarMinimumGets3Stars() throws {
        let result = try score([("A.3.5", "1")])
        #expect(result.total == 98)
        #expect(result.bandStar == .five)
        #expect(result.finalStar == .three)
        let required = sheet.criteria[sheet.index(ofCriterion: "A.3.5")!].option(id: "2")!.text
        #expect(result.caps == [StarCap(reason: .belowMinimum(code: "A.3.5", required: required), gatedStar: .four, allowedStar: .three)])
        #expect(result.explanation == "98 điểm, 5★ theo thang điểm, nhưng hạ xuống 3★ vì tiêu chí A.3.5 chưa đạt mức tối thiểu của 4★ («\(required)»); được công nhận.")
    }

    /// One criterion with a minimum for 4★ and a higher one for 5★: missing both names both.
    @Test func aCriterionMissingTwoLevelsNamesBoth() throws {
        let result = try score([("A.1.5", "2")])
        #expect(result.total == 98)
        #expect(result.finalStar == .three)
        #expect(Set(result.caps.map(\.gatedStar)) == [.four, .five])
        #expect(result.caps.allSatisfy { if case .belowMinimum("A.1.5", _) = $0.reason { true } else { false } })
        #expect(result.explanation.contains("mức tối thiểu của 4★"))
        #expect(result.explanation.contains("mức tối thiểu của 5★"))
    }

    @Test func missingOnlyA5StarMinimumGives4Stars() throws {
        let result = try score([("A.1.3", "2")])
        #expect(result.total == 99)
        #expect(result.finalStar == .four)
        #expect(result.caps.map(\.gatedStar) == [.five])
    }

    @Test func missingA3StarMinimumIsNotRecognised() throws {
        let result = try score([("A.2.2", "1")])
        #expect(result.total == 97)
        #expect(result.finalStar == .two)
        #expect(!result.isRecognised)
        #expect(result.explanation.hasSuffix("chưa đạt hạng được công nhận (từ 3★)."))
    }

    @Test func everyMinimumMissedIsNamedWithTheStarItBlocks() throws {
        let result = try score([("A.3.5", "1"), ("A.1.3", "2")])
        #expect(result.total == 97)
        #expect(result.finalStar == .three)
        #expect(result.explanation.contains("tiêu chí A.3.5 chưa đạt mức tối thiểu của 4★"))
        #expect(result.explanation.contains("tiêu chí A.1.3 chưa đạt mức tối thiểu của 5★"))
    }

    /// A minimum above the band star blocks nothing the total reached.
    @Test func aMinimumAboveTheBandIsNotACap() throws {
        let sheet = self.sheet
        let lowest = AnswerSet(Dictionary(uniqueKeysWithValues: sheet.criteria.map { criterion in
            (criterion.code, Law26Fixtures.answer(criterion, criterion.allOptions.min { $0.points < $1.points }!))
        }))
        let result = try ScoringEngine.score(lowest, on: sheet, facts: ProducerFacts())
        #expect(result.bandStar < .three)
        #expect(result.caps == [])
        #expect(result.finalStar == result.bandStar)
    }

    /// Coffee "6.1 Ngoại hình" is the sum of five sub-criteria, each answered.
    @Test func subCriteriaAreScoredAndAdded() throws {
        let coffee = try Law26Fixtures.compiled("I.6")
        #expect(coffee.index(ofCriterion: "C.6.1") == nil)
        #expect(coffee.index(ofCriterion: "C.6.1.2") != nil)
        let top = try ScoringEngine.score(Law26Fixtures.best(coffee), on: coffee, facts: ProducerFacts())
        #expect(top.total == 100)
        let lowered = try ScoringEngine.score(Law26Fixtures.with(Law26Fixtures.best(coffee), "C.6.1.2", "1", on: coffee),
                                              on: coffee, facts: ProducerFacts())
        #expect(lowered.total == 98)
        #expect(lowered.partTotals.map(\.points) == [40, 25, 33])
    }

    /// Tourism: "Lựa chọn một trong hai trường hợp": one case is chosen and scored.
    @Test func alternativeCasesAreChooseOne() throws {
        let tourism = try CompiledSheet(Law26Fixtures.set.productSet(code: "VI.1")!, in: Law26Fixtures.set)
        let answers = Law26Fixtures.with(Law26Fixtures.best(tourism), "C.8", "b.1", on: tourism)
        #expect(answers["C.8"] == Answer(optionID: "b.1", caseID: "b"))
        let result = try ScoringEngine.score(answers, on: tourism, facts: ProducerFacts())
        #expect(result.total == 98)
    }

    /// The bilingual label, once marked yes/no, scores 0 or 1.
    @Test func aYesNoCriterionScoresZeroOrItsMaximum() throws {
        let result = try score([("A.2.4", YesNo.noID)])
        #expect(result.total == 99)
        #expect(sheet.criteria[sheet.index(ofCriterion: "A.2.4")!].allOptions.map(\.points) == [0, 1])
    }
}
