import Plot
import OCOPCore

enum DossierListView {
    static func render(_ context: PageContext, _ model: DossierListModel) -> HTML {
        Layout.page(context) {
            if !model.products.isEmpty {
                H2("Tạo hồ sơ")
                List(model.products) { product in
                    Link("Tạo hồ sơ cho \(product.name)", url: SiteURL.newDossier(product: product.id).path)
                }.id("new-dossier-links")
            }
            H2("Hồ sơ")
            if model.rows.isEmpty {
                Paragraph("Chưa có hồ sơ nào trong phạm vi của bạn.").class("muted")
            } else {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Sản phẩm"); TableHeaderCell("Chủ thể"); TableHeaderCell("Đợt đăng ký")
                        TableHeaderCell("Loại hồ sơ"); TableHeaderCell("Trạng thái")
                    }) {
                        for row in model.rows {
                            TableRow {
                                TableCell { Link(row.product, url: SiteURL.dossier(id: row.id).path) }
                                TableCell(row.producer); TableCell(row.round); TableCell(row.kind); TableCell(row.state)
                            }
                        }
                    }.class("data-table").id("dossier-list")
                }.class("table-wrap")
            }
        }
    }

    static func newForm(_ context: PageContext, _ model: NewDossierModel) -> HTML {
        Layout.page(context) {
            if !model.errors.isEmpty {
                Div { H2("Chưa tạo được hồ sơ"); List(model.errors) { Text($0) } }
                    .class("error-summary").id("dossier-errors").attribute(named: "role", value: "alert")
            }
            Paragraph("Sản phẩm: \(model.productName)").class("scope-line")
            if model.roundChoices.isEmpty {
                Paragraph("Không có đợt đăng ký nào áp dụng cho xã/phường của chủ thể.").class("muted").id("no-round")
            } else {
                Form(url: "/ho-so/moi", method: .post) {
                    CSRFField(token: context.csrfToken)
                    Input(type: .hidden, name: "product", value: model.productID)
                    SelectField(label: "Đợt đăng ký", name: "round", options: model.roundChoices, selected: model.round)
                    SelectField(label: "Loại hồ sơ", name: "kind", options: DossierKind.allCases.map { ($0.rawValue, $0.title) },
                                selected: model.kind)
                    Button { Text("Tạo hồ sơ") }.attribute(named: "type", value: "submit").class("primary")
                }.id("dossier-form")
            }
        }
    }
}
