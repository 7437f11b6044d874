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
                    ProducerFactsFields(facts: model.facts)
                    SheetTable(sheet: model.productSet.sheet, answers: model.answers, mode: .form)
                    Button { Text("Tính điểm") }.attribute(named: "type", value: "submit").class("primary")
                }.id("try-form").attribute(named: "data-live", value: "result-panel")
                Tag("aside", [("id", "result-panel"), ("aria-live", "polite")]) { resultPanel(model) }
            }.class("try-layout")
        }
    }

    /// The result alone, also served as a fragment for the live refresh.
    static func resultPanel(_ model: TrySheetModel) -> Component {
        TrialResultPanel(title: "Kết quả", outcome: model.outcome,
                         printURL: SiteURL.criteriaSheet(id: model.recordID, productSet: model.productSet.code).path + "?" + model.query)
    }
}
