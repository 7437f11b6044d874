import OCOPCore
import Vapor

/// Chấm thử: scores a possibly incomplete sheet. Unanswered criteria count their lowest option so
/// that a result shows from the first click, and the page says the result is provisional.
enum SheetTrial {
    struct Outcome {
        var unusable: [Defect] = []
        var result: ScoringResult?
        var advice: NextStarAdvice?
        var missing: [String] = []
        var invalid: [String] = []
    }

    static func evaluate(_ productSet: ProductSet, in set: CriteriaSet, answers: AnswerSet, facts: ProducerFacts) -> Outcome {
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

    /// Answers and producer facts from a query or form: `c-<code>=<option>` or `<case>/<option>`,
    /// and `tm`, `nu`, `dt` for the trademark, woman and ethnic-minority facts.
    static func parse(_ fields: [String: String]) -> (AnswerSet, ProducerFacts) {
        var answers = AnswerSet()
        for (key, value) in fields where key.hasPrefix("c-") && !value.isEmpty {
            let parts = value.split(separator: "/", maxSplits: 1).map(String.init)
            answers.answers[String(key.dropFirst(2))] = parts.count == 2 ? Answer(optionID: parts[1], caseID: parts[0]) : Answer(optionID: value)
        }
        let facts = ProducerFacts(hasRegisteredTrademark: fields["tm"] == "1", representativeIsWoman: fields["nu"] == "1",
                                  representativeIsEthnicMinority: fields["dt"] == "1")
        return (answers, facts)
    }

    /// The query string that reproduces an assessment.
    static func query(_ answers: AnswerSet, _ facts: ProducerFacts) -> String {
        var items = answers.answers.sorted { $0.key < $1.key }.map { code, answer in
            ("c-" + code, answer.caseID.map { "\($0)/\(answer.optionID)" } ?? answer.optionID)
        }
        if facts.hasRegisteredTrademark { items.append(("tm", "1")) }
        if facts.representativeIsWoman { items.append(("nu", "1")) }
        if facts.representativeIsEthnicMinority { items.append(("dt", "1")) }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._"))
        return items.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&")
    }
}
