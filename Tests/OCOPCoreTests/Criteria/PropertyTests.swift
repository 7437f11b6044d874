import Foundation
import PropertyBased
import Testing
@testable import OCOPCore

@Suite("Thuộc tính")
struct PropertyTests {
    static let legacySheets: [CompiledSheet] = CompiledSheet.compileAll(Fixtures.legacy1048.criteriaSet)
        .sorted { $0.key < $1.key }.map(\.value)

    static func facts(_ rng: inout SplitMix64) -> ProducerFacts {
        ProducerFacts(hasRegisteredTrademark: Bool.random(using: &rng), representativeIsWoman: Bool.random(using: &rng),
                      representativeIsEthnicMinority: Bool.random(using: &rng))
    }

    /// Totals add up and stay within the maxima, on the real 1048 sheets and on random valid sheets.
    @Test func totalIsTheSumOfPartsAndNeverAboveMaxima() async {
        await propertyCheck(count: 300, input: Gen.uint64()) { seed in
            var rng = SplitMix64(seed: seed)
            let sheet: CompiledSheet
            if Bool.random(using: &rng) {
                sheet = Self.legacySheets.randomElement(using: &rng)!
            } else {
                let set = RandomSets.criteriaSet(seed: seed, defectRate: 0)
                guard let compiled = try? CompiledSheet(set.productSets[0], in: set) else {
                    Issue.record("a random set without injected defects did not compile: \(CriteriaSetValidator.validate(set).defects)")
                    return
                }
                sheet = compiled
            }
            let result: ScoringResult
            do {
                result = try ScoringEngine.score(RandomSets.answers(for: sheet, rng: &rng), on: sheet, facts: Self.facts(&rng))
            } catch {
                Issue.record("complete random answers were refused: \(error)")
                return
            }
            #expect(result.baseTotal == result.partTotals.reduce(.zero) { $0 + $1.points })
            #expect(result.total == result.baseTotal + result.bonus)
            #expect(result.partTotals.allSatisfy { $0.points >= .zero && $0.points <= $0.maxPoints })
            #expect(result.total <= sheet.maxTotal)
            #expect(result.bonus >= .zero)
            #expect(result.bandStar == sheet.bandStar(for: result.total))
            if let star = result.finalStar { #expect(star <= result.bandStar) }
        }
    }

    /// Lowering one answer never raises the total nor the star (sheets without applicability rules,
    /// where a lower answer cannot switch other criteria on).
    @Test func starNeverRisesWhenAScoreFalls() async {
        await propertyCheck(count: 300, input: Gen.uint64()) { seed in
            var rng = SplitMix64(seed: seed)
            let sheet: CompiledSheet
            if Bool.random(using: &rng) {
                sheet = Self.legacySheets.randomElement(using: &rng)!
            } else {
                let set = RandomSets.criteriaSet(seed: seed, defectRate: 0, rules: false)
                guard let compiled = try? CompiledSheet(set.productSets[0], in: set) else { Issue.record("did not compile"); return }
                sheet = compiled
            }
            let facts = Self.facts(&rng)
            var answers = RandomSets.answers(for: sheet, rng: &rng)
            guard let before = try? ScoringEngine.score(answers, on: sheet, facts: facts) else { Issue.record("refused"); return }
            let c = Int.random(in: 0..<sheet.criterionCount, using: &rng)
            let options = sheet.criteria[c].allOptions
            let current = options[Int(answers.choices[c])].points
            guard let lower = options.indices.filter({ options[$0].points < current }).randomElement(using: &rng) else { return }
            answers.choices[c] = Int32(lower)
            guard let after = try? ScoringEngine.score(answers, on: sheet, facts: facts) else { Issue.record("refused"); return }
            #expect(after.total <= before.total)
            #expect((after.finalStar?.rawValue ?? 0) <= (before.finalStar?.rawValue ?? 0))
        }
    }

    /// The band star is monotone in the total, for any sheet.
    @Test func bandStarIsMonotoneInTheTotal() async {
        let sheet = Fixtures.demoCompiled
        await propertyCheck(count: 500, input: Gen.int(in: 0...10_000), Gen.int(in: 0...10_000)) { a, b in
            let (low, high) = (min(a, b), max(a, b))
            #expect(sheet.bandStar(for: Points(hundredths: low)) <= sheet.bandStar(for: Points(hundredths: high)))
        }
    }

    /// Export then load gives back the identical set, defective or not.
    @Test func jsonRoundTripGivesTheIdenticalSet() async {
        await propertyCheck(count: 200, input: Gen.uint64()) { seed in
            let set = RandomSets.criteriaSet(seed: seed, defectRate: 0.5)
            do {
                let data = try CriteriaSetDocument.export(set)
                #expect(try CriteriaSetDocument.load(data) == set)
            } catch {
                Issue.record("round trip failed: \(error)")
            }
        }
    }

    /// Random sets either validate, compile and score to the maximum, or fail with located Vietnamese reasons.
    @Test func randomSetsValidateOrFailWithAReason() async {
        await propertyCheck(count: 400, input: Gen.uint64()) { seed in
            let set = RandomSets.criteriaSet(seed: seed, defectRate: 0.5)
            let report = CriteriaSetValidator.validate(set)
            for productSet in set.productSets {
                let defects = CriteriaSetValidator.validate(productSet, in: set)
                if defects.isEmpty {
                    guard let sheet = try? CompiledSheet(productSet, in: set) else { Issue.record("valid sheet did not compile"); continue }
                    let best = IndexedAnswers(choices: sheet.criteria.map { criterion in
                        let options = criterion.allOptions
                        return Int32(options.indices.max { (options[$0].points, $1) < (options[$1].points, $0) }!)
                    })
                    let result = try? ScoringEngine.score(best, on: sheet, facts: ProducerFacts())
                    #expect(result?.baseTotal == sheet.maxTotal || result?.knockOut != nil || hasRules(productSet))
                } else {
                    #expect(throws: SheetNotUsable.self) { try CompiledSheet(productSet, in: set) }
                    #expect(defects.allSatisfy { !$0.message.isEmpty })
                    #expect(defects.filter(\.kind.isSheetLevel).allSatisfy { $0.location.productSet == productSet.code })
                }
            }
            #expect(report.isValid == set.productSets.allSatisfy { CriteriaSetValidator.validate($0, in: set).isEmpty })
        }
    }

    func hasRules(_ productSet: ProductSet) -> Bool {
        productSet.sheet.criteria.contains { $0.appliesWhen != nil }
    }

    /// The advisor's first suggestion changes as few criteria, then adds as few points, as an
    /// exhaustive search over the same moves (every applicable criterion to any better option).
    @Test func advisorMatchesExhaustiveSearchOnTheDemoSheet() async {
        let sheet = Fixtures.demoCompiled
        await propertyCheck(count: 60, input: Gen.uint64()) { seed in
            var rng = SplitMix64(seed: seed)
            var answers = RandomSets.answers(for: sheet, rng: &rng)
            answers.choices[0] = Int32.random(in: 1...2, using: &rng)  // A.1 meets its mandatory rule
            answers.choices[6] = Int32.random(in: 1...2, using: &rng)  // C.1 is not the knock-out
            let facts = ProducerFacts(hasRegisteredTrademark: true)
            guard let advice = try? NextStarAdvisor.advise(answers, on: sheet, facts: facts),
                  let target = advice.targetStar, advice.outcome != .alreadyAtTop else { return }
            let base = advice.current.total.hundredths
            var best: (count: Int, gain: Int)?
            let applicable = (0..<sheet.criterionCount).map { NextStarAdvisor.isApplicable($0, answers.choices, sheet) }
            func explore(_ c: Int, _ choices: [Int32], _ changed: Int) {
                if c == sheet.criterionCount {
                    guard changed > 0, let result = try? ScoringEngine.score(IndexedAnswers(choices: choices), on: sheet, facts: facts),
                          let star = result.finalStar, star >= target else { return }
                    let candidate = (changed, result.total.hundredths - base)
                    if best == nil || candidate < best! { best = candidate }
                    return
                }
                explore(c + 1, choices, changed)
                guard applicable[c] else { return }
                let options = sheet.criteria[c].allOptions
                for option in options.indices where options[option].points > options[Int(choices[c])].points && !options[option].isKnockOut {
                    var next = choices
                    next[c] = Int32(option)
                    explore(c + 1, next, changed + 1)
                }
            }
            explore(0, answers.choices, 0)
            if let best {
                #expect(advice.outcome == .reachable)
                let first = advice.suggestions.first
                #expect(first?.steps.count == best.count)
                #expect(first?.gain.hundredths == best.gain)
            } else {
                #expect(advice.outcome != .reachable || advice.suggestions.isEmpty)
            }
        }
    }
}
