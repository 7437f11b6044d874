@testable import OCOPCore

/// Deterministic pseudo-random numbers from one seed, so that PropertyBased can report and replay
/// a failing seed while the sets themselves are built with plain loops.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random criteria sets: most add up (so the engine can be exercised), some carry one defect of a
/// random kind (so the validator is), and a few are nonsense (empty, negative, dangling rules).
enum RandomSets {
    static func criteriaSet(seed: UInt64, defectRate: Double = 0.3, rules: Bool = true) -> CriteriaSet {
        var rng = SplitMix64(seed: seed)
        let maxima: [Points] = [40, 25, 35]
        var productSets: [ProductSet] = []
        for index in 0..<Int.random(in: 1...2, using: &rng) {
            var parts: [SheetPart] = []
            var earlier: [Criterion] = []
            for (code, max) in zip(["A", "B", "C"], maxima) {
                let criteria = randomCriteria(part: code, total: max, earlier: &earlier, rules: rules, rng: &rng)
                parts.append(SheetPart(code: code, name: "Phần \(code)", maxPoints: max,
                                       sections: [SheetSection(title: "Mục", criteria: criteria)]))
            }
            var sheet = ScoringSheet(parts: parts)
            if Double.random(in: 0..<1, using: &rng) < defectRate { corrupt(&sheet, rng: &rng) }
            productSets.append(ProductSet(code: "ps\(index)", name: "Bộ \(index)", sheet: sheet))
        }
        var set = Fixtures.set(productSets, maxima: maxima,
                               bonusRules: Bool.random(using: &rng) ? [BonusRule(fact: .representativeIsWoman, points: Points(hundredths: 150))] : [])
        if Double.random(in: 0..<1, using: &rng) < defectRate / 4 {
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: set.starBands[2].upperBound = 65
            case 1: set.partMaxima[0].maxPoints = 45
            default: set.starBands.removeLast()
            }
        }
        if Bool.random(using: &rng) { set.scope = .province(code: "\(Int.random(in: 1...34, using: &rng))") }
        if Bool.random(using: &rng) { set.effectiveFrom = CalendarDay(year: 2023, month: 2, day: 24) }
        return set
    }

    /// Criteria whose maxima sum to `total`: cut the total into random positive halves-of-points.
    static func randomCriteria(part: String, total: Points, earlier: inout [Criterion], rules: Bool,
                               rng: inout SplitMix64) -> [Criterion] {
        let units = total.hundredths / 50
        let count = Int.random(in: 1...min(6, units), using: &rng)
        var cuts = Set<Int>()
        while cuts.count < count - 1 { cuts.insert(Int.random(in: 1..<units, using: &rng)) }
        let bounds = [0] + cuts.sorted() + [units]
        var criteria: [Criterion] = []
        for i in 0..<count {
            let max = Points(hundredths: (bounds[i + 1] - bounds[i]) * 50)
            var criterion = Criterion(code: "\(part).\(i + 1)", text: "Tiêu chí \(part).\(i + 1)")
            if Int.random(in: 0..<5, using: &rng) == 0 {
                let cases = Int.random(in: 2...3, using: &rng)
                let best = Int.random(in: 0..<cases, using: &rng)
                criterion.alternatives = (0..<cases).map { c in
                    AlternativeCase(id: "\(c + 1)", text: "Trường hợp \(c + 1)",
                                    options: options(max: max, includeMax: c == best, prefix: "\(c + 1).", rng: &rng))
                }
            } else {
                criterion.options = options(max: max, includeMax: true, prefix: "", rng: &rng)
            }
            if rules, !earlier.isEmpty, Int.random(in: 0..<6, using: &rng) == 0 {
                let source = earlier.randomElement(using: &rng)!
                criterion.appliesWhen = ApplicabilityRule(criterionCode: source.code, optionIDs: [source.allOptions.randomElement(using: &rng)!.id])
            }
            if Int.random(in: 0..<8, using: &rng) == 0, max > .zero {
                // "oneOf" lists the options from some threshold up, so meeting it never needs fewer points.
                let threshold = criterion.allOptions.map(\.points).filter { $0 > .zero }.randomElement(using: &rng) ?? max
                let top = criterion.allOptions.filter { $0.points >= threshold }.map(\.id)
                criterion.mandatory = MandatoryRule(gatesStar: Star(rawValue: Int.random(in: 2...5, using: &rng))!,
                                                    requiredOptionIDs: Bool.random(using: &rng) ? [] : top)
            }
            criteria.append(criterion)
            earlier.append(criterion)
        }
        return criteria
    }

    static func options(max: Points, includeMax: Bool, prefix: String, rng: inout SplitMix64) -> [ScoringOption] {
        var points: [Points] = includeMax ? [max] : []
        for _ in 0..<Int.random(in: includeMax ? 0...3 : 1...3, using: &rng) {
            points.append(Points(hundredths: Int.random(in: 0...(max.hundredths / 50), using: &rng) * 50))
        }
        points.sort()
        return points.enumerated().map { index, value in
            ScoringOption(id: "\(prefix)\(index + 1)", text: "Phương án \(index + 1)", points: value,
                          isKnockOut: index == 0 && value == .zero && Int.random(in: 0..<10, using: &rng) == 0)
        }
    }

    /// One defect of a random kind.
    static func corrupt(_ sheet: inout ScoringSheet, rng: inout SplitMix64) {
        let p = Int.random(in: 0..<sheet.parts.count, using: &rng)
        let c = Int.random(in: 0..<sheet.parts[p].sections[0].criteria.count, using: &rng)
        switch Int.random(in: 0..<8, using: &rng) {
        case 0: sheet.parts[p].maxPoints = sheet.parts[p].maxPoints + Points(hundredths: 50)
        case 1: sheet.parts[p].sections[0].criteria[c].options = []; sheet.parts[p].sections[0].criteria[c].alternatives = []
        case 2: sheet.parts[p].sections[0].criteria[c].code = sheet.parts[0].sections[0].criteria[0].code + (c == 0 && p == 0 ? "x" : "")
        case 3: sheet.parts[p].sections[0].criteria[c].appliesWhen = ApplicabilityRule(criterionCode: "Z.9", optionIDs: ["1"])
        case 4: sheet.parts[p].sections = []
        case 5: sheet.parts.remove(at: p)
        case 6: sheet.parts[p].sections[0].criteria[c].mandatory = MandatoryRule(gatesStar: .three, requiredOptionIDs: ["nope"])
        default: sheet.parts[p].code = "Q"
        }
    }

    /// A random complete answer for every criterion (dependent ones included; the engine ignores what does not apply).
    static func answers(for sheet: CompiledSheet, rng: inout SplitMix64) -> IndexedAnswers {
        IndexedAnswers(choices: sheet.criteria.map { Int32(Int.random(in: 0..<$0.allOptions.count, using: &rng)) })
    }
}
