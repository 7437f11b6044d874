import Plot
import OCOPCore

/// Thử chấm: the producer's or officer's dry run of a sheet. The form is a GET form, so a result
/// is a link that can be shared, printed or opened again; a small script refreshes the result
/// panel as options are clicked.
enum TrySheetView {
    static func render(_ context: PageContext, _ model: TrySheetModel) -> HTML {
        Layout.page(context) {
            Paragraph("\(model.set.name), phiên bản \(model.set.version). Chọn một phương án cho mỗi tiêu chí; kết quả và lộ trình lên hạng cập nhật ngay.").class("lead")
            Div {
                Form(url: SiteURL.criteriaTry(id: model.recordID, productSet: model.productSet.code).path, method: .get) {
                    Tag("fieldset", [("class", "facts-box")]) {
                        Tag("legend") { Text("Thông tin chủ thể") }
                        checkbox("tm", "Đã có nhãn hiệu được đăng ký", model.facts.hasRegisteredTrademark)
                        checkbox("nu", "Người đại diện là nữ", model.facts.representativeIsWoman)
                        checkbox("dt", "Người đại diện là người dân tộc thiểu số", model.facts.representativeIsEthnicMinority)
                    }
                    SheetTable(sheet: model.productSet.sheet, answers: model.answers, mode: .form)
                    Button { Text("Tính điểm") }.attribute(named: "type", value: "submit").class("primary")
                }.id("try-form").attribute(named: "data-live", value: "result-panel")
                Tag("aside", [("id", "result-panel"), ("aria-live", "polite")]) { resultPanel(model) }
            }.class("try-layout")
        }
    }

    /// The result alone, also served as a fragment for the live refresh.
    static func resultPanel(_ model: TrySheetModel) -> Component {
        Div {
            H2("Kết quả")
            if !model.unusable.isEmpty {
                Paragraph("Phiếu này có lỗi nên không dùng để chấm:").class("bad")
                List(model.unusable.map(\.message)) { Text($0) }
            } else if let result = model.result {
                if !model.invalid.isEmpty {
                    Paragraph("Trả lời không hợp lệ: " + model.invalid.joined(separator: "; ")).class("bad")
                }
                if !model.missing.isEmpty {
                    Paragraph("Tạm tính: còn \(model.missing.count) tiêu chí chưa chọn (tính theo phương án thấp nhất): \(model.missing.joined(separator: ", ")).").class("notice").id("missing")
                }
                Paragraph(result.finalStar.map { String(repeating: "★", count: $0.rawValue) } ?? "Không xếp hạng").class("stars").id("result-star")
                Paragraph(result.explanation).id("result-explanation")
                Paragraph(result.partSummary).class("muted")
                if let advice = model.advice, model.missing.isEmpty {
                    H3("Lộ trình lên hạng")
                    Tag("pre", [("class", "advice"), ("id", "next-star")]) { Text(advice.summary) }
                }
                Paragraph {
                    Link("In phiếu đã chấm", url: SiteURL.criteriaSheet(id: model.recordID, productSet: model.productSet.code).path + "?" + model.query)
                }
            }
        }
    }

    private static func checkbox(_ name: String, _ label: String, _ checked: Bool) -> Component {
        Div {
            Tag("input", [("type", "checkbox"), ("name", name), ("value", "1"), ("id", "f-" + name)] + (checked ? [("checked", nil)] : []))
            Tag("label", [("for", "f-" + name)]) { Text(label) }
        }.class("choice")
    }
}
