import Foundation
import OCOPCore

/// How a trial sheet travels in a query string or a form: the criteria page's "chấm thử", the
/// producer's self-assessment and the member's live panel all read and write this shape.
extension SheetTrial {
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
