import Plot
import OCOPCore

/// Kết quả chấm: the result of a (possibly incomplete) sheet, shared by "Thử chấm" and the dossier's
/// self-assessment so both explain a score the same way: star, explanation, parts, next star.
struct TrialResultPanel: Component {
    let title: String
    let outcome: SheetTrial.Outcome
    /// "In phiếu đã chấm", when the page offers one.
    var printURL: String?

    var body: Component {
        Div {
            H2(title)
            if !outcome.unusable.isEmpty {
                Paragraph("Phiếu này có lỗi nên không dùng để chấm:").class("bad")
                List(outcome.unusable.map(\.message)) { Text($0) }
            } else if let result = outcome.result {
                if !outcome.invalid.isEmpty {
                    Paragraph("Trả lời không hợp lệ: " + outcome.invalid.joined(separator: "; ")).class("bad")
                }
                if !outcome.missing.isEmpty {
                    Paragraph("Tạm tính: còn \(outcome.missing.count) tiêu chí chưa chọn (tính theo phương án thấp nhất): \(outcome.missing.joined(separator: ", ")).")
                        .class("notice").id("missing")
                }
                Paragraph(result.finalStar.map { String(repeating: "★", count: $0.rawValue) } ?? "Không xếp hạng").class("stars").id("result-star")
                Paragraph(result.explanation).id("result-explanation")
                Paragraph(result.partSummary).class("muted")
                if let advice = outcome.advice, outcome.missing.isEmpty {
                    H3("Lộ trình lên hạng")
                    Tag("pre", [("class", "advice"), ("id", "next-star")]) { Text(advice.summary) }
                }
                if let printURL { Paragraph { Link("In phiếu đã chấm", url: printURL) } }
            }
        }
    }
}

/// The three producer facts the criteria sets' gates and bonuses read, as checkboxes.
struct ProducerFactsFields: Component {
    let facts: ProducerFacts

    var body: Component {
        Tag("fieldset", [("class", "facts-box")]) {
            Tag("legend") { Text("Thông tin chủ thể") }
            box("tm", "Đã có nhãn hiệu được đăng ký", facts.hasRegisteredTrademark)
            box("nu", "Người đại diện là nữ", facts.representativeIsWoman)
            box("dt", "Người đại diện là người dân tộc thiểu số", facts.representativeIsEthnicMinority)
        }
    }

    private func box(_ name: String, _ label: String, _ checked: Bool) -> Component {
        Div {
            Tag("input", [("type", "checkbox"), ("name", name), ("value", "1"), ("id", "f-" + name)] + (checked ? [("checked", nil)] : []))
            Tag("label", [("for", "f-" + name)]) { Text(label) }
        }.class("choice")
    }
}
