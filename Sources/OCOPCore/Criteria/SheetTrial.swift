/// Chấm thử: scores a possibly incomplete sheet. Unanswered criteria count their lowest option so
/// that a result shows from the first click, and the page says the result is provisional. A
/// scoring rule, so it lives in Core with the engine; the board and the decision use it too.
public enum SheetTrial {
    public struct Outcome: Sendable {
        public var unusable: [Defect] = []
        public var result: ScoringResult?
        public var advice: NextStarAdvice?
        /// Criteria not yet answered, counted at their lowest option.
        public var missing: [String] = []
        /// Answers that do not fit their criterion, left out: "code (reason)".
        public var invalid: [String] = []
    }

    public static func evaluate(_ productSet: ProductSet, in set: CriteriaSet, answers: AnswerSet, facts: ProducerFacts) -> Outcome {
        var outcome = Outcome()
        let sheet: CompiledSheet
        do {
            sheet = try CompiledSheet(productSet, in: set)
        } catch {
            outcome.unusable = error.defects
            return outcome
        }
        var filled = answers
        // Each round fills the criteria the engine reports missing; applicability can switch others on.
        for _ in 0..<4 {
            do {
                outcome.result = try ScoringEngine.score(filled, on: sheet, facts: facts)
                break
            } catch {
                outcome.invalid = error.invalid.map { "\($0.criterionCode) (\($0.reason))" }
                for code in error.invalid.map(\.criterionCode) { filled.answers[code] = nil }
                for code in error.missing {
                    guard let criterion = productSet.sheet.criterion(code: code) else { continue }
                    outcome.missing.append(code)
                    filled.answers[code] = lowest(criterion)
                }
            }
        }
        if outcome.missing.isEmpty && outcome.invalid.isEmpty {
            outcome.advice = try? NextStarAdvisor.advise(filled, on: sheet, facts: facts)
        }
        return outcome
    }

    private static func lowest(_ criterion: Criterion) -> Answer? {
        if let option = criterion.options.filter({ !$0.isKnockOut }).min(by: { $0.points < $1.points }) ?? criterion.options.first {
            return Answer(optionID: option.id)
        }
        guard let first = criterion.alternatives.first,
              let option = first.options.filter({ !$0.isKnockOut }).min(by: { $0.points < $1.points }) ?? first.options.first else { return nil }
        return Answer(optionID: option.id, caseID: first.id)
    }
}
