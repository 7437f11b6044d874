/// Chấm điểm: turns one filled sheet and the producer's facts into a `ScoringResult`.
///
/// Order of the rules, as the decisions apply them:
/// 1. every applicable criterion needs exactly one valid answer (criteria whose applicability rule
///    is not met, and criteria after a knock-out, need none and score nothing);
/// 2. part totals and their sum; bonus points for producer facts, the total capped at the set maximum;
/// 3. the band star of that total;
/// 4. gates: an unmet mandatory criterion, a star minimum not reached (26/2026 "dấu sao") or a
///    missing producer fact holds the star one below the star it gates; a knock-out eliminates the
///    product. So the star is the highest band reached by the total whose minimums are all met.
///
/// All arithmetic is in hundredths of a point (`Points`), so results are exact and reproducible.
public enum ScoringEngine {
    /// Scores an answer set keyed by criterion code (what forms and the API send).
    public static func score(_ answers: AnswerSet, on sheet: CompiledSheet, facts: ProducerFacts) throws(AnswerSetError) -> ScoringResult {
        let indexed = try sheet.index(answers)
        return try score(indexed, on: sheet, facts: facts)
    }

    /// Scores answers already resolved to option indices (bulk scoring, benchmarks, the advisor).
    public static func score(_ answers: IndexedAnswers, on sheet: CompiledSheet, facts: ProducerFacts) throws(AnswerSetError) -> ScoringResult {
        let count = sheet.criteria.count
        guard answers.choices.count == count else {
            throw AnswerSetError(invalid: [InvalidAnswer(criterionCode: sheet.productSetCode,
                reason: "có \(answers.choices.count) câu trả lời cho \(count) tiêu chí")])
        }
        var partPoints = [Int](repeating: 0, count: sheet.parts.count)
        // The choice that counts for each criterion: -1 when not applicable or not scored.
        var effective = [Int32](repeating: -1, count: count)
        var missing: [Int] = []
        var invalid: [Int] = []
        var knockedAt = -1

        answers.choices.withUnsafeBufferPointer { choices in
            for c in 0..<count {
                let source = sheet.ruleSource[c]
                if source >= 0 {
                    let sourceChoice = Int(effective[source])
                    guard sourceChoice >= 0, sheet.ruleAllows[sheet.ruleAllowsStart[c] + sourceChoice] else { continue }
                }
                let choice = Int(choices[c])
                guard choice >= 0 else { missing.append(c); continue }
                guard choice < sheet.optionCount[c] else { invalid.append(c); continue }
                effective[c] = Int32(choice)
                let option = sheet.optionStart[c] + choice
                partPoints[sheet.partOf[c]] += sheet.points[option]
                if sheet.knockOut[option] { knockedAt = c; break }
            }
        }
        guard missing.isEmpty && invalid.isEmpty else {
            throw AnswerSetError(
                missing: missing.map { sheet.criteria[$0].code },
                invalid: invalid.map { InvalidAnswer(criterionCode: sheet.criteria[$0].code, reason: "không có phương án số \(answers.choices[$0] + 1)") })
        }

        var base = 0
        for value in partPoints { base += value }
        var bonusHundredths = 0
        for rule in sheet.bonusRules where facts[rule.fact] { bonusHundredths += rule.points.hundredths }
        let total = min(base + bonusHundredths, max(base, sheet.maxTotal.hundredths))
        let bandStar = sheet.bandStar(for: Points(hundredths: total))

        var finalStar: Star? = bandStar
        var caps: [StarCap] = []
        var knockOut: KnockOutEvent?
        if knockedAt >= 0 {
            finalStar = nil
            let criterion = sheet.criteria[knockedAt]
            let option = criterion.allOptions[Int(effective[knockedAt])]
            knockOut = KnockOutEvent(criterionCode: criterion.code, optionID: option.id, optionText: option.text,
                                     unscoredCriteria: sheet.criteria[(knockedAt + 1)...].map(\.code))
        } else {
            for rule in sheet.mandatory where !isMet(rule, effective: effective, sheet: sheet) && rule.gatesStar <= bandStar {
                caps.append(StarCap(reason: .mandatoryCriterion(code: sheet.criteria[rule.criterion].code),
                                    gatedStar: rule.gatesStar, allowedStar: rule.gatesStar.previous))
            }
            caps += starMinimumCaps(effective: effective, sheet: sheet, upTo: bandStar)
            for gate in sheet.factGates where !facts[gate.fact] && gate.requiredFrom <= bandStar {
                caps.append(StarCap(reason: .missingFact(gate.fact), gatedStar: gate.requiredFrom, allowedStar: gate.requiredFrom.previous))
            }
            if !caps.isEmpty {
                caps.sort { ($0.allowedStar?.rawValue ?? 0) > ($1.allowedStar?.rawValue ?? 0) }
                finalStar = caps.last!.allowedStar
            }
        }

        var partTotals: [PartTotal] = []
        partTotals.reserveCapacity(partPoints.count)
        for (index, value) in partPoints.enumerated() {
            partTotals.append(PartTotal(part: sheet.parts[index].part, points: Points(hundredths: value), maxPoints: sheet.parts[index].maxPoints))
        }
        return ScoringResult(
            productSetCode: sheet.productSetCode, partTotals: partTotals, baseTotal: Points(hundredths: base),
            bonus: Points(hundredths: total - base), total: Points(hundredths: total), bandStar: bandStar,
            finalStar: finalStar, recognitionThreshold: sheet.recognitionThreshold, caps: caps, knockOut: knockOut)
    }

    /// One cap per star minimum missed at or below `star`, each naming the option required: a
    /// minimum above the band star blocks nothing the total reached, so it is left to the advisor.
    static func starMinimumCaps(effective: [Int32], sheet: CompiledSheet, upTo star: Star) -> [StarCap] {
        var caps: [StarCap] = []
        for minimum in sheet.minimums where minimum.star <= star && !meets(minimum, choice: Int(effective[minimum.criterion]), sheet: sheet) {
            let criterion = sheet.criteria[minimum.criterion]
            caps.append(StarCap(reason: .belowMinimum(code: criterion.code, required: criterion.allOptions[minimum.option].text),
                                gatedStar: minimum.star, allowedStar: minimum.star.previous))
        }
        return caps
    }

    /// Met when the chosen option is worth at least the marked one; a criterion that does not apply
    /// (no effective choice because of its applicability rule) does not hold the product back.
    static func meets(_ minimum: CompiledSheet.CompiledMinimum, choice: Int, sheet: CompiledSheet) -> Bool {
        if choice < 0 { return sheet.ruleSource[minimum.criterion] >= 0 }
        return sheet.points[sheet.optionStart[minimum.criterion] + choice] >= minimum.minPoints
    }

    /// A mandatory criterion that does not apply (its applicability rule is not met) is not required.
    static func isMet(_ rule: CompiledSheet.CompiledMandatory, effective: [Int32], sheet: CompiledSheet) -> Bool {
        let choice = Int(effective[rule.criterion])
        if choice < 0 { return sheet.ruleSource[rule.criterion] >= 0 }
        if rule.allowsStart < 0 { return sheet.points[sheet.optionStart[rule.criterion] + choice] > 0 }
        return sheet.mandatoryAllows[rule.allowsStart + choice]
    }
}
