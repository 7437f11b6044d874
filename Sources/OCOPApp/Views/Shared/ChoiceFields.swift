import Plot

/// Ô chọn: a labelled select box that keeps the chosen value and shows its error next to it.
struct SelectField: Component {
    let label: String
    let name: String
    let options: [(value: String, label: String)]
    let selected: String
    var error: String?

    var body: Component {
        Div {
            Tag("label", [("for", "f-" + name)]) { Text(label) }
            SelectBox(id: "f-" + name, name: name, options: options, selected: selected, describedBy: error == nil ? nil : "f-\(name)-error")
            if let error { Paragraph(error).class("error").id("f-\(name)-error") }
        }.class(error == nil ? "field" : "field has-error")
    }
}

/// Ô đánh dấu: a checkbox with its label, kept ticked when the form comes back.
struct CheckboxField: Component {
    let label: String
    let name: String
    let isChecked: Bool

    var body: Component {
        Div {
            Tag("input", [("type", "checkbox"), ("id", "f-" + name), ("name", name), ("value", "on")] + (isChecked ? [("checked", nil)] : []))
            Tag("label", [("for", "f-" + name)]) { Text(" " + label) }
        }.class("field choice")
    }
}

/// Ô văn bản nhiều dòng: a labelled textarea that keeps what was typed.
struct TextAreaField: Component {
    let label: String
    let name: String
    let value: String
    var hint: String?
    var error: String?
    var rows = 3

    var body: Component {
        Div {
            Tag("label", [("for", "f-" + name)]) { Text(label) }
            if let hint { Paragraph(hint).class("hint").id("f-\(name)-hint") }
            Tag("textarea", [("id", "f-" + name), ("name", name), ("rows", String(rows))]
                + (error == nil ? [] : [("aria-invalid", "true"), ("aria-describedby", "f-\(name)-error")])) { Text(value) }
            if let error { Paragraph(error).class("error").id("f-\(name)-error") }
        }.class(error == nil ? "field" : "field has-error")
    }
}
