/// Tư vấn lên hạng: finds the smallest sets of improvements that lift a filled sheet to the next star.
///
/// "Smallest" means fewest criteria changed, then fewest points added (the least the producer must
/// promise the council). Gates come first and are listed as required steps: a knock-out to remove,
/// mandatory criteria for the target star, the star minimums up to it (26/2026), producer facts such
/// as a registered trademark.
///
/// The search is bounded so it is never slow: each candidate change is measured once with the engine
/// (so applicability effects count), a greedy pass gives a first answer, then a branch-and-bound
/// search over at most `searchBudget` nodes looks for better ones among sets of the minimal size or
/// one more. Every suggestion returned is re-scored and verified to reach the target.
/// Only criteria that apply now are proposed for change (a criterion that would start to apply has
/// no answer yet to improve from); a change that switches dependent criteria on or off is measured
/// with its real net effect.
public enum NextStarAdvisor {
    public static func advise(
        _ answers: AnswerSet, on sheet: CompiledSheet, facts: ProducerFacts,
        target: Star? = nil, limit: Int = 3, searchBudget: Int = 20_000
    ) throws(AnswerSetError) -> NextStarAdvice {
        try advise(sheet.index(answers), on: sheet, facts: facts, target: target, limit: limit, searchBudget: searchBudget)
    }

    public static func advise(
        _ answers: IndexedAnswers, on sheet: CompiledSheet, facts: ProducerFacts,
        target: Star? = nil, limit: Int = 3, searchBudget: Int = 20_000
    ) throws(AnswerSetError) -> NextStarAdvice {
        let current = try ScoringEngine.score(answers, on: sheet, facts: facts)
        var advice = NextStarAdvice(outcome: .reachable, current: current, targetStar: nil, requiredSteps: [], suggestions: [])
        let topStar = sheet.starBands.map(\.star).max() ?? .five
        let targetStar: Star
        if let target {
            targetStar = target
        } else if let star = current.finalStar {
            guard let next = star.next, next <= topStar else { advice.outcome = .alreadyAtTop; return advice }
            targetStar = next
        } else {
            targetStar = sheet.recognitionThreshold
        }
        advice.targetStar = targetStar
        if let star = current.finalStar, star >= targetStar { return advice }

        var working = answers.choices
        var goalFacts = facts
        var locked = Set<Int>()

        // 1. Knock-outs: move each to its cheapest non-eliminating option, then re-score.
        var result = current
        while let knockOut = result.knockOut, let c = sheet.index(ofCriterion: knockOut.criterionCode) {
            guard let option = cheapest(in: c, sheet: sheet, where: { !sheet.knockOut[sheet.optionStart[c] + $0] }) else {
                advice.outcome = .unreachable(bestTotal: result.total)
                return advice
            }
            let gain = sheet.points[sheet.optionStart[c] + option] - sheet.points[sheet.optionStart[c] + Int(working[c])]
            advice.requiredSteps.append(.removeKnockOut(step(c, from: Int(working[c]), to: option, gain: Points(hundredths: gain), sheet: sheet)))
            working[c] = Int32(option)
            locked.insert(c)
            guard let next = score(working, sheet, goalFacts) else { advice.outcome = .needsFullEvaluation; return advice }
            result = next
        }

        // 2. Producer facts required up to the target.
        for gate in sheet.factGates where gate.requiredFrom <= targetStar && !goalFacts[gate.fact] {
            advice.requiredSteps.append(.fact(gate.fact, forStar: gate.requiredFrom))
            goalFacts[gate.fact] = true
        }

        // 3. Mandatory criteria gating the target.
        for rule in sheet.mandatory where rule.gatesStar <= targetStar && isApplicable(rule.criterion, working, sheet)
            && !meets(rule, choice: Int(working[rule.criterion]), sheet: sheet) {
            let c = rule.criterion
            let currentPoints = sheet.points[sheet.optionStart[c] + Int(working[c])]
            let satisfying = (0..<sheet.optionCount[c]).filter { meets(rule, choice: $0, sheet: sheet) && !sheet.knockOut[sheet.optionStart[c] + $0] }
            guard let option = satisfying.filter({ sheet.points[sheet.optionStart[c] + $0] >= currentPoints })
                .min(by: { sheet.points[sheet.optionStart[c] + $0] < sheet.points[sheet.optionStart[c] + $1] })
                ?? satisfying.max(by: { sheet.points[sheet.optionStart[c] + $0] < sheet.points[sheet.optionStart[c] + $1] }) else {
                advice.outcome = .unreachable(bestTotal: result.total)
                return advice
            }
            let gain = Points(hundredths: sheet.points[sheet.optionStart[c] + option] - currentPoints)
            advice.requiredSteps.append(.mandatory(step(c, from: Int(working[c]), to: option, gain: gain, sheet: sheet), forStar: rule.gatesStar))
            working[c] = Int32(option)
            locked.insert(c)
        }
        // 3b. Star minimums (26/2026 "dấu sao") up to the target, one step per criterion.
        for (c, minimum) in binding(sheet.minimums, upTo: targetStar) where !locked.contains(c) && isApplicable(c, working, sheet) {
            let currentPoints = working[c] >= 0 ? sheet.points[sheet.optionStart[c] + Int(working[c])] : Int.min
            guard currentPoints < minimum.minPoints else { continue }
            guard let option = cheapest(in: c, sheet: sheet, where: {
                sheet.points[sheet.optionStart[c] + $0] >= minimum.minPoints && !sheet.knockOut[sheet.optionStart[c] + $0]
            }) else {
                advice.outcome = .unreachable(bestTotal: result.total)
                return advice
            }
            let gain = Points(hundredths: sheet.points[sheet.optionStart[c] + option] - max(currentPoints, 0))
            advice.requiredSteps.append(.minimum(step(c, from: Int(working[c]), to: option, gain: gain, sheet: sheet), forStar: minimum.star))
            working[c] = Int32(option)
            locked.insert(c)
        }
        guard let base = score(working, sheet, goalFacts) else { advice.outcome = .needsFullEvaluation; return advice }
        guard let lowerBound = sheet.lowerBound(of: targetStar) else {
            advice.outcome = .unreachable(bestTotal: base.total)
            return advice
        }
        let gap = lowerBound.hundredths - base.total.hundredths
        if gap <= 0 { return advice }

        // 4. Candidate moves, each measured by the engine.
        var movesByCriterion: [[Move]] = []
        for c in 0..<sheet.criteria.count where !locked.contains(c) && working[c] >= 0 && isApplicable(c, working, sheet) {
            let mandatoryRule = sheet.mandatory.first { $0.criterion == c && $0.gatesStar <= targetStar }
            let currentPoints = sheet.points[sheet.optionStart[c] + Int(working[c])]
            var moves: [Move] = []
            for option in 0..<sheet.optionCount[c] {
                let global = sheet.optionStart[c] + option
                guard sheet.points[global] > currentPoints, !sheet.knockOut[global] else { continue }
                if let mandatoryRule, !meets(mandatoryRule, choice: option, sheet: sheet) { continue }
                var trial = working
                trial[c] = Int32(option)
                guard let scored = score(trial, sheet, goalFacts), scored.knockOut == nil else { continue }
                let gain = scored.baseTotal.hundredths - base.baseTotal.hundredths
                if gain > 0 { moves.append(Move(criterion: c, option: option, gain: gain)) }
            }
            if !moves.isEmpty { movesByCriterion.append(moves.sorted { $0.gain < $1.gain }) }
        }
        movesByCriterion.sort { ($0.last!.gain, -$0[0].criterion) > ($1.last!.gain, -$1[0].criterion) }
        let maxGains = movesByCriterion.map { $0.last!.gain }
        guard maxGains.reduce(0, +) >= gap else {
            let best = min(base.total.hundredths + maxGains.reduce(0, +), sheet.maxTotal.hundredths)
            advice.outcome = .unreachable(bestTotal: Points(hundredths: best))
            return advice
        }

        // 5. Bounded search.
        let candidates = search(movesByCriterion, gap: gap, limit: max(1, limit), budget: searchBudget)
        for moves in candidates {
            var trial = working
            for move in moves { trial[move.criterion] = Int32(move.option) }
            guard let scored = score(trial, sheet, goalFacts), let star = scored.finalStar, star >= targetStar else { continue }
            let steps = moves.sorted { $0.criterion < $1.criterion }.map {
                step($0.criterion, from: Int(working[$0.criterion]), to: $0.option, gain: Points(hundredths: $0.gain), sheet: sheet)
            }
            advice.suggestions.append(Suggestion(steps: steps, gain: Points(hundredths: moves.reduce(0) { $0 + $1.gain }),
                                                 resultingTotal: scored.total, resultingStar: star))
        }
        if advice.suggestions.isEmpty {
            advice.outcome = .unreachable(bestTotal: base.total)
        }
        return advice
    }

    struct Move: Hashable {
        let criterion: Int
        let option: Int
        let gain: Int
    }

    /// Best `limit` sets of moves (at most one per criterion) whose gains reach `gap`, ordered by
    /// (number of moves, total gain). `groups` are sorted by their best gain, descending.
    static func search(_ groups: [[Move]], gap: Int, limit: Int, budget: Int) -> [[Move]] {
        let maxGains = groups.map { $0.last!.gain }
        var minimalSize = 0, reach = 0
        while reach < gap { reach += maxGains[minimalSize]; minimalSize += 1 }
        let maxSize = minimalSize + 1
        // bestFrom[i][k]: the best gain from k groups starting at i = sum of the next k maxima.
        var prefix = [0]
        for gain in maxGains { prefix.append(prefix.last! + gain) }
        func bestFrom(_ i: Int, _ slots: Int) -> Int { prefix[min(i + slots, groups.count)] - prefix[i] }

        // Ordered by number of moves, then total gain, then the criteria's sheet order (deterministic ties).
        var found: [(moves: [Move], gain: Int)] = []
        func precedes(_ a: (moves: [Move], gain: Int), _ b: (moves: [Move], gain: Int)) -> Bool {
            if a.moves.count != b.moves.count { return a.moves.count < b.moves.count }
            if a.gain != b.gain { return a.gain < b.gain }
            return a.moves.map(\.criterion).sorted().lexicographicallyPrecedes(b.moves.map(\.criterion).sorted())
        }
        func record(_ moves: [Move], _ gain: Int) {
            let position = found.firstIndex { precedes((moves, gain), $0) } ?? found.count
            guard position < limit else { return }
            found.insert((moves, gain), at: position)
            if found.count > limit { found.removeLast() }
        }

        // Greedy seed: the minimal number of best groups, each then lowered as far as the gap allows.
        var greedy = (0..<minimalSize).map { groups[$0].last! }
        var total = greedy.reduce(0) { $0 + $1.gain }
        for index in greedy.indices.reversed() {
            if let lower = groups[index].first(where: { total - greedy[index].gain + $0.gain >= gap }) {
                total += lower.gain - greedy[index].gain
                greedy[index] = lower
            }
        }
        record(greedy, total)

        var remaining = budget
        var chosen: [Move] = []
        func explore(_ i: Int, _ sum: Int) {
            if sum >= gap {
                if !found.contains(where: { Set($0.moves) == Set(chosen) }) { record(chosen, sum) }
                return
            }
            guard remaining > 0, i < groups.count, chosen.count < maxSize else { return }
            remaining -= 1
            if sum + bestFrom(i, maxSize - chosen.count) < gap { return }
            if found.count == limit, let worst = found.last, (worst.moves.count, worst.gain) <= (chosen.count + 1, gap) { return }
            for move in groups[i] {
                chosen.append(move)
                explore(i + 1, sum + move.gain)
                chosen.removeLast()
            }
            explore(i + 1, sum)
        }
        explore(0, 0)
        return found.map(\.moves)
    }

    // MARK: Helpers

    static func score(_ choices: [Int32], _ sheet: CompiledSheet, _ facts: ProducerFacts) -> ScoringResult? {
        try? ScoringEngine.score(IndexedAnswers(choices: choices), on: sheet, facts: facts)
    }

    static func isApplicable(_ c: Int, _ choices: [Int32], _ sheet: CompiledSheet) -> Bool {
        let source = sheet.ruleSource[c]
        guard source >= 0 else { return true }
        let choice = Int(choices[source])
        return choice >= 0 && isApplicable(source, choices, sheet) && sheet.ruleAllows[sheet.ruleAllowsStart[c] + choice]
    }

    static func meets(_ rule: CompiledSheet.CompiledMandatory, choice: Int, sheet: CompiledSheet) -> Bool {
        guard choice >= 0 else { return false }
        if rule.allowsStart < 0 { return sheet.points[sheet.optionStart[rule.criterion] + choice] > 0 }
        return sheet.mandatoryAllows[rule.allowsStart + choice]
    }

    /// Per criterion, the strictest minimum at or below `star` (the most points asked), in sheet order.
    static func binding(_ minimums: [CompiledSheet.CompiledMinimum], upTo star: Star) -> [(Int, CompiledSheet.CompiledMinimum)] {
        var strictest: [Int: CompiledSheet.CompiledMinimum] = [:]
        for minimum in minimums where minimum.star <= star {
            if let known = strictest[minimum.criterion], known.minPoints >= minimum.minPoints { continue }
            strictest[minimum.criterion] = minimum
        }
        return strictest.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    static func cheapest(in c: Int, sheet: CompiledSheet, where accept: (Int) -> Bool) -> Int? {
        (0..<sheet.optionCount[c]).filter(accept).min { sheet.points[sheet.optionStart[c] + $0] < sheet.points[sheet.optionStart[c] + $1] }
    }

    static func step(_ c: Int, from: Int, to: Int, gain: Points, sheet: CompiledSheet) -> ImprovementStep {
        let options = sheet.criteria[c].allOptions
        return ImprovementStep(criterionCode: sheet.criteria[c].code,
                               fromOptionID: from >= 0 ? options[from].id : "", fromText: from >= 0 ? options[from].text : "",
                               toOptionID: options[to].id, toText: options[to].text, gain: gain)
    }
}
