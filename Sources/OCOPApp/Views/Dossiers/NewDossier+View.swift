import Plot
import OCOPCore

/// "Tạo hồ sơ": the form that opens a product's dossier in a round.
enum NewDossierView {
    static func newForm(_ context: PageContext, _ model: NewDossierModel) -> HTML {
        Layout.page(context) {
            ErrorList(title: "Chưa tạo được hồ sơ", messages: model.errors, id: "dossier-errors")
            Paragraph("Sản phẩm: \(model.productName)").class("scope-line")
            if model.roundChoices.isEmpty {
                Paragraph("Không có đợt đăng ký nào áp dụng cho xã/phường của chủ thể.").class("muted").id("no-round")
            } else {
                Form(url: "/ho-so/moi", method: .post) {
                    CSRFField(token: context.csrfToken)
                    Input(type: .hidden, name: "product", value: model.productID)
                    SelectField(label: "Đợt đăng ký", name: "round", options: model.roundChoices, selected: model.round)
                    SelectField(label: "Loại hồ sơ", name: "kind", options: model.kindChoices.map { ($0.rawValue, $0.title) },
                                selected: model.kind)
                    if model.kindChoices == [.new] {
                        Paragraph("Sản phẩm chưa được công nhận OCOP: chỉ đăng ký mới; đánh giá lại và nâng hạng dành cho sản phẩm đã có giấy chứng nhận.")
                            .class("hint").id("kind-hint")
                    }
                    Button { Text("Tạo hồ sơ") }.attribute(named: "type", value: "submit").class("primary")
                }.id("dossier-form")
            }
        }
    }
}
