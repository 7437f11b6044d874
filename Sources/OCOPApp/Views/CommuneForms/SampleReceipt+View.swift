import Plot
import OCOPCore

/// The samples' receipt form and the dossier page's panel of the commune's 26/2026 papers.
enum SampleReceiptView {
    static func form(_ context: PageContext, _ model: SampleReceiptModel) -> HTML {
        Layout.page(context) {
            Paragraph { Link("← Về hồ sơ", url: SiteURL.dossier(id: model.dossierID).path) }
            ErrorList(title: "Chưa ghi nhận được sản phẩm mẫu", messages: model.errors, id: "samples-errors")
            Paragraph("Hồ sơ gửi UBND tỉnh kèm \(ProductSamples.countText) do chủ thể cung cấp (điểm d khoản 2 Điều 6 Quyết định 26/2026/QĐ-TTg). Ghi nhận khi xã đã nhận đủ.").class("lead")
            Form(url: SiteURL.dossierAction(id: model.dossierID, action: "mau-san-pham").path, method: .post) {
                CSRFField(token: context.csrfToken)
                FormField(label: "Ngày nhận sản phẩm mẫu", name: "receivedOn", value: model.receivedOn, type: .date,
                          error: model.dateError, isRequired: true)
                Button { Text("Đã nhận đủ \(ProductSamples.countText)") }.attribute(named: "type", value: "submit").class("primary")
            }.id("samples-form")
        }
    }

    /// The panel under the dossier's progress.
    static func panel(_ panel: CommuneFormsPanel?, dossierID: String) -> Component {
        guard let panel else { return EmptyComponent() }
        return Div {
            if let elimination = panel.elimination {
                Div {
                    H2("Hồ sơ bị loại")
                    Paragraph("Quy định: \(elimination.rule)").id("elimination-rule")
                    Paragraph("Căn cứ: \(elimination.finding)").id("elimination-finding")
                    Paragraph("\(elimination.by), \(elimination.at).").class("hint")
                }.class("requests").id("elimination")
            }
            if let link = panel.mau03Link {
                Paragraph { Link("Báo cáo đánh giá theo Mẫu số 03 (A4)", url: link).id("mau03-link") }
            }
            Paragraph {
                Text("Sản phẩm mẫu: ")
                Span(panel.samples).id("samples-status")
                if panel.mayRecordSamples {
                    Text(" ")
                    Link("Ghi nhận đã nhận sản phẩm mẫu", url: SiteURL.dossierAction(id: dossierID, action: "mau-san-pham").path)
                        .class("button").id("samples-record")
                }
            }
        }.id("commune-forms")
    }
}
