import Foundation
import OCOPCore
import Plot

/// Ô nhập liệu: a labelled input that keeps what was typed and shows its error next to it,
/// announced to screen readers.
struct FormField: Component {
    let label: String
    let name: String
    var value: String = ""
    var type: HTMLInputType = .text
    var error: String?
    var hint: String?
    var isRequired = false
    var autocomplete: String?
    /// The input's id when one page has several fields of this name (one form per row); else `f-name`.
    var fieldID: String?

    private var inputID: String { fieldID ?? "f-" + name }

    var body: Component {
        Div {
            Tag("label", [("for", inputID)]) { Text(label) }
            if let hint { Paragraph(hint).class("hint").id(inputID + "-hint") }
            DateText.apply(type == .date, to: Input(type: type == .date ? .text : type, name: name, value: shownValue, isRequired: isRequired)
                .id(inputID)
                .attribute(named: "autocomplete", value: type == .date ? nil : autocomplete))
                .attribute(named: "maxlength", value: [.text, .email, .tel, .password, .search, .url].contains(type)
                    ? String(InputText.maxLength(for: name)) : nil)
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true")
                .attribute(named: "aria-describedby", value: describedBy)
            if let error { Paragraph(error).class("error").id(inputID + "-error") }
        }
        .class(error == nil ? "field" : "field has-error")
    }

    /// A date shows as dd/mm/yyyy whatever the browser's language (a browser's own date box follows
    /// its locale: an English Chromium asks mm/dd/yyyy); what was typed and refused shows as typed.
    private var shownValue: String? {
        switch type {
        case .password: nil
        case .date: CalendarDay(iso: value)?.vietnamese ?? value
        default: value
        }
    }

    private var describedBy: String? {
        let ids = [hint.map { _ in inputID + "-hint" }, error.map { _ in inputID + "-error" }].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }
}

/// The hidden fields every form carries: the session's CSRF token, and a token of this form's
/// own, so that the same form sent twice is handled once (`FormOnceMiddleware`).
struct CSRFField: Component {
    let token: String
    var body: Component {
        ComponentGroup {
            Input(type: .hidden, name: CSRFMiddleware.fieldName, value: token)
            Input(type: .hidden, name: FormOnceMiddleware.fieldName, value: UUID().uuidString)
        }
    }
}

/// A summary of a form's errors at its top, so a keyboard user learns at once what to fix.
struct ErrorSummary: Component {
    let errors: [String: String]
    var body: Component {
        if errors.isEmpty {
            EmptyComponent()
        } else {
            Div {
                H2("Vui lòng kiểm tra lại").id("error-summary-title")
                List(errors.values.sorted()) { Text($0) }
            }
            .class("error-summary")
            .attribute(named: "role", value: "alert")
            .attribute(named: "aria-labelledby", value: "error-summary-title")
        }
    }
}

/// Why a step could not be taken, as a list under a heading, announced at once. `conflict` adds
/// the way out of a version conflict: reload to see the other person's changes.
struct ErrorList: Component {
    let title: String
    let messages: [String]
    let id: String
    var reloadURL: String?

    var body: Component {
        if messages.isEmpty {
            EmptyComponent()
        } else {
            Div {
                H2(title)
                List(messages) { Text($0) }
                if let reloadURL { Paragraph { Link("Tải lại trang để xem nội dung mới", url: reloadURL).id("reload-link") } }
            }.class("error-summary").id(id).attribute(named: "role", value: "alert")
        }
    }
}

/// Ô ngày: dates are typed as text, dd/mm/yyyy, and read by `CalendarDay(typed:)` (which also takes
/// the ISO form scripts send).
enum DateText {
    static let pattern = #"\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2}"#
    static let title = "Ngày/tháng/năm, ví dụ 30/06/2027"

    /// What makes a text box a date box typed dd/mm/yyyy (no autofill, a digit keyboard on a phone,
    /// the placeholder, the pattern and its explanation): every date input carries the same.
    static let attributes: [(String, String)] = [
        ("autocomplete", "off"), ("inputmode", "numeric"), ("placeholder", "dd/mm/yyyy"), ("pattern", pattern), ("title", title),
    ]

    /// `input` with `attributes` when `isDate`, unchanged otherwise.
    static func apply(_ isDate: Bool, to input: Component) -> Component {
        guard isDate else { return input }
        return attributes.reduce(input) { $0.attribute(named: $1.0, value: $1.1) }
    }
}
