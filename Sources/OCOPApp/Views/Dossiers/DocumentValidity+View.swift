import Plot

/// "Có giá trị đến" on the dossier page: the optional date field of an upload form for a paper with a
/// term, and the line under the current file, flagged "Hết hạn" once the day has passed.
enum DocumentValidityView {
    static func field(code: Int) -> Component {
        ComponentGroup {
            Tag("label", [("for", "f-valid-\(code)")]) { Text("Có giá trị đến (nếu có)") }
            Tag("input", [("type", "text"), ("name", "validUntil"), ("id", "f-valid-\(code)")] + DateText.attributes)
        }
    }

    @ComponentBuilder
    static func line(_ item: DossierPageModel.Item) -> Component {
        if let until = item.validUntil {
            if item.expired {
                Paragraph {
                    Tag("strong") { Text("Hết hạn") }
                    Text(": có giá trị đến \(until); cần tải lên bản còn hiệu lực.")
                }.class("bad").id("validity-\(item.code)")
            } else {
                Paragraph("Có giá trị đến \(until).").class("ok").id("validity-\(item.code)")
            }
        }
    }
}
