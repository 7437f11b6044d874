import Plot
import OCOPCore

/// The province's elimination form: one radio per rule of the sheet, the finding, and the warning
/// that the dossier then leaves the flow.
enum EliminationView {
    static func form(_ context: PageContext, _ model: EliminationFormModel) -> HTML {
        Layout.page(context) {
            Paragraph { Link("← Về hồ sơ", url: SiteURL.dossier(id: model.dossierID).path) }
            ErrorList(title: "Chưa loại được hồ sơ", messages: model.errors, id: "step-errors",
                      reloadURL: model.isConflict ? SiteURL.dossier(id: model.dossierID).path : nil)
            Paragraph("Hồ sơ bị loại thì dừng xử lý, không được chấm điểm. Chủ thể và UBND xã được thông báo quy định và căn cứ. Nếu hồ sơ chỉ thiếu hoặc sai sót có thể bổ sung, hãy trả lại xã.").class("lead")
            Form(url: SiteURL.dossierAction(id: model.dossierID, action: "loai").path, method: .post) {
                CSRFField(token: context.csrfToken)
                Input(type: .hidden, name: "version", value: String(model.version))
                Tag("fieldset", [("class", "criterion"), ("id", "elimination-rules")]) {
                    Tag("legend") { Text("Hồ sơ thuộc trường hợp bị loại nào (theo phiếu đánh giá của bộ sản phẩm)?") }
                    for (index, rule) in model.rules.enumerated() {
                        let id = "rule-\(index)"
                        Div {
                            Tag("input", [("type", "radio"), ("name", "rule"), ("id", id), ("value", String(index))]
                                + (model.chosen == index ? [("checked", nil)] : []))
                            Tag("label", [("for", id)]) { Text(rule) }
                        }.class("choice")
                    }
                }
                TextAreaField(label: "Căn cứ loại hồ sơ", name: "finding", value: model.finding,
                              hint: "Ghi rõ tài liệu nào, sai phạm gì (ví dụ: giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đã hết hạn ngày …).")
                Button { Text("Loại hồ sơ") }.attribute(named: "type", value: "submit").class("primary")
            }.id("elimination-form")
        }
    }
}
