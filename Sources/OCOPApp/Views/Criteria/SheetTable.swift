import Plot
import OCOPCore

/// Phiếu đánh giá: one sheet, either as a printable table (blank or filled) or as a form of radio
/// buttons. Both read the same criteria, so the printed and the clicked sheet never differ.
struct SheetTable: Component {
    enum Mode { case print, form }

    let sheet: ScoringSheet
    let answers: AnswerSet
    let mode: Mode

    var body: Component {
        ComponentGroup(members: eliminationRules + sheet.parts.map { part in
            Div {
                H2("Phần \(part.code). \(part.name) (tối đa \(part.maxPoints.vietnamese) điểm)")
                for section in part.sections {
                    if !section.title.isEmpty { H3(section.displayTitle) }
                    for criterion in section.criteria { self.criterion(criterion) }
                }
            }.class("sheet-part")
        })
    }

    /// A criterion, or (schema 2) a heading whose sub-criteria are each answered and added up.
    private func criterion(_ criterion: Criterion) -> Component {
        guard !criterion.subCriteria.isEmpty else {
            return mode == .form ? formCriterion(criterion) : printCriterion(criterion)
        }
        return Div {
            Paragraph {
                Tag("strong") { Text("\(criterion.code). \(criterion.text)") }
                Tag("small", [("class", "marks")]) { Text(" (cộng điểm các tiêu chí con, tối đa \(criterion.maxPoints.vietnamese) điểm)") }
            }
            if let note = criterion.note { Paragraph(note).class("note") }
            for sub in criterion.subCriteria { self.criterion(sub) }
        }.class("criterion-group").data(named: "code", value: criterion.code)
    }

    /// "Hồ sơ bị loại khi …" (26/2026): printed above the sheet, as the decision prints it.
    private var eliminationRules: [Component] {
        guard !sheet.eliminationRules.isEmpty else { return [] }
        return [Div {
            for rule in sheet.eliminationRules { Paragraph(rule) }
        }.class("elimination-rules").id("elimination-rules")]
    }

    private func marks(_ criterion: Criterion) -> String {
        var marks: [String] = []
        if let mandatory = criterion.mandatory { marks.append("(*) bắt buộc từ \(mandatory.gatesStar)") }
        if let rule = criterion.appliesWhen {
            marks.append("chỉ chấm khi \(rule.criterionCode) chọn \(rule.optionIDs.joined(separator: ", "))")
        }
        return marks.joined(separator: "; ")
    }

    private func chosen(_ criterion: Criterion, _ option: ScoringOption, caseID: String?) -> Bool {
        guard let answer = answers[criterion.code] else { return false }
        return answer.optionID == option.id && (caseID == nil || answer.caseID == caseID)
    }

    private func optionLabel(_ option: ScoringOption) -> String {
        "\(option.text) — \(option.points.vietnamese) điểm" + (option.isKnockOut ? " (bị loại)" : "")
            + (option.minForStar.map { " " + String(repeating: "★", count: $0.rawValue) + " tối thiểu cho \($0.rawValue) sao" } ?? "")
    }

    private func printCriterion(_ criterion: Criterion) -> Component {
        Div {
            Paragraph {
                Tag("strong") { Text("\(criterion.code). \(criterion.text)") }
                let marks = marks(criterion)
                if !marks.isEmpty { Tag("small", [("class", "marks")]) { Text(" " + marks) } }
            }
            if let note = criterion.note { Paragraph(note).class("note") }
            if let evidence = criterion.evidence { Paragraph("Minh chứng: \(evidence)").class("note") }
            Tag("ul", [("class", "options")]) {
                for option in criterion.options {
                    ListItem { Text((chosen(criterion, option, caseID: nil) ? "☑ " : "☐ ") + optionLabel(option)) }
                }
                for alternative in criterion.alternatives {
                    ListItem {
                        Text("Trường hợp: \(alternative.text)")
                        Tag("ul") {
                            for option in alternative.options {
                                ListItem { Text((chosen(criterion, option, caseID: alternative.id) ? "☑ " : "☐ ") + optionLabel(option)) }
                            }
                        }
                    }
                }
            }
        }.class("criterion")
    }

    private func formCriterion(_ criterion: Criterion) -> Component {
        let name = "c-" + criterion.code
        return Tag("fieldset", [("class", "criterion"), ("id", "tc-" + criterion.code)]) {
            Tag("legend") {
                Text("\(criterion.code). \(criterion.text)")
                let marks = marks(criterion)
                if !marks.isEmpty { Tag("small", [("class", "marks")]) { Text(" " + marks) } }
            }
            if let note = criterion.note { Paragraph(note).class("note") }
            for option in criterion.options {
                radio(name: name, value: option.id, label: optionLabel(option), checked: chosen(criterion, option, caseID: nil))
            }
            for alternative in criterion.alternatives {
                Paragraph("Trường hợp: \(alternative.text)").class("case")
                for option in alternative.options {
                    radio(name: name, value: "\(alternative.id)/\(option.id)", label: optionLabel(option),
                          checked: chosen(criterion, option, caseID: alternative.id))
                }
            }
        }
    }

    private func radio(name: String, value: String, label: String, checked: Bool) -> Component {
        let id = "\(name)-\(value)".replacingOccurrences(of: "/", with: "_")
        return Div {
            Tag("input", [("type", "radio"), ("name", name), ("value", value), ("id", id)] + (checked ? [("checked", nil)] : []))
            Tag("label", [("for", id)]) { Text(label) }
        }.class("choice")
    }
}
