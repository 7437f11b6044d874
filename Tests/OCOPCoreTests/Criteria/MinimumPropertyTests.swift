import PropertyBased
import Testing
@testable import OCOPCore

@Suite("Thuộc tính của mức tối thiểu")
struct MinimumPropertyTests {
    /// The usable real sheets of 26/2026 (yes/no marked), each with many star marks.
    static let law26Sheets: [CompiledSheet] = CompiledSheet.compileAll(Law26Fixtures.corrected)
        .sorted { $0.key < $1.key }.map(\.value)

    /// A random valid sheet without applicability rules, with random star marks.
    static func markedSheet(_ seed: UInt64, rng: inout SplitMix64) -> CompiledSheet? {
        let set = RandomMinimums.mark(RandomSets.criteriaSet(seed: seed, defectRate: 0, rules: false), rng: &rng)
        return try? CompiledSheet(set.productSets[0], in: set)
    }

    /// Raising one answer never lowers the star: a higher option keeps every minimum met and the
    /// total at least as high.
    @Test func raisingAnOptionNeverLowersTheStar() async {
        await propertyCheck(count: 400, input: Gen.uint64()) { seed in
            var rng = SplitMix64(seed: seed)
            let sheet: CompiledSheet
            if Bool.random(using: &rng) {
                sheet = Self.law26Sheets.randomElement(using: &rng)!
            } else {
                guard let marked = Self.markedSheet(seed, rng: &rng) else { Issue.record("a marked random set did not compile"); return }
                sheet = marked
            }
            var answers = RandomSets.answers(for: sheet, rng: &rng)
            let facts = PropertyTests.facts(&rng)
            guard let before = try? ScoringEngine.score(answers, on: sheet, facts: facts) else { Issue.record("refused"); return }
            let c = Int.random(in: 0..<sheet.criterionCount, using: &rng)
            let options = sheet.criteria[c].allOptions
            let current = options[Int(answers.choices[c])].points
            guard let higher = options.indices.filter({ options[$0].points > current && !options[$0].isKnockOut })
                .randomElement(using: &rng) else { return }
            answers.choices[c] = Int32(higher)
            guard let after = try? ScoringEngine.score(answers, on: sheet, facts: facts) else { Issue.record("refused"); return }
            #expect(after.total >= before.total)
            #expect((after.finalStar?.rawValue ?? 0) >= (before.finalStar?.rawValue ?? 0))
        }
    }

    /// The star is the highest band reached whose minimums are all met, checked from the marks.
    @Test func theStarIsTheHighestWhoseMinimumsAreMet() async {
        await propertyCheck(count: 300, input: Gen.uint64()) { seed in
            var rng = SplitMix64(seed: seed)
            let sheet = Self.law26Sheets.randomElement(using: &rng)!
            let answers = RandomSets.answers(for: sheet, rng: &rng)
            guard let result = try? ScoringEngine.score(answers, on: sheet, facts: ProducerFacts()) else { Issue.record("refused"); return }
            func met(_ star: Star) -> Bool {
                sheet.criteria.indices.allSatisfy { c in
                    let chosen = sheet.criteria[c].allOptions[Int(answers.choices[c])].points
                    return sheet.criteria[c].starMinimums.allSatisfy { $0.star > star || chosen >= $0.option.points }
                }
            }
            let expected = Star.allCases.filter { $0 <= result.bandStar && met($0) }.max()
            #expect(result.finalStar == expected)
        }
    }

    /// A set without star marks scores exactly as before: no minimum cap ever, and the same result
    /// as with marks that every answer meets (each on the criterion's lowest option).
    @Test func aSetWithoutMinimumsScoresAsBefore() async {
        await propertyCheck(count: 300, input: Gen.uint64()) { seed in
            var rng = SplitMix64(seed: seed)
            let set = RandomSets.criteriaSet(seed: seed, defectRate: 0)
            guard let plain = try? CompiledSheet(set.productSets[0], in: set) else { Issue.record("did not compile"); return }
            var trivially = set
            for part in trivially.groups[0].subGroups[0].productSets[0].sheet.parts.indices {
                for c in trivially.groups[0].subGroups[0].productSets[0].sheet.parts[part].sections[0].criteria.indices {
                    var criterion = trivially.groups[0].subGroups[0].productSets[0].sheet.parts[part].sections[0].criteria[c]
                    guard criterion.alternatives.isEmpty, let lowest = criterion.options.indices.min(by: { criterion.options[$0].points < criterion.options[$1].points }) else { continue }
                    criterion.options[lowest].minForStar = .three
                    trivially.groups[0].subGroups[0].productSets[0].sheet.parts[part].sections[0].criteria[c] = criterion
                }
            }
            guard let marked = try? CompiledSheet(trivially.productSets[0], in: trivially) else { Issue.record("marked did not compile"); return }
            let answers = RandomSets.answers(for: plain, rng: &rng)
            let facts = PropertyTests.facts(&rng)
            let before = try? ScoringEngine.score(answers, on: plain, facts: facts)
            #expect(before?.caps.contains { if case .belowMinimum = $0.reason { true } else { false } } == false)
            #expect(before == (try? ScoringEngine.score(answers, on: marked, facts: facts)))
        }
    }
}
