import Plot

enum ProductDetailView {
    static func render(_ context: PageContext, _ model: ProductDetailModel) -> HTML {
        Layout.page(context) {
            Paragraph { Text("Chủ thể: "); Link(model.producerName, url: SiteURL.producer(id: model.producerID).path) }.class("scope-line")
            Tag("dl", [("class", "facts"), ("id", "product-facts")]) {
                for fact in model.facts {
                    Tag("dt") { Text(fact.label) }; Tag("dd") { Text(fact.value) }
                }
            }
            if model.mayEdit {
                Paragraph { Link("Sửa sản phẩm", url: SiteURL.editProduct(id: model.id).path).class("button").id("edit-product") }
            }
            if model.mayPrepareDossier {
                Paragraph { Link("Tạo hồ sơ", url: SiteURL.newDossier(product: model.id).path).class("button primary").id("new-dossier") }
            }
            ProductPhotosSection(model: model, csrfToken: context.csrfToken)
            H2("Lịch sử")
            H3("Hồ sơ")
            if model.dossiers.isEmpty {
                Paragraph("Sản phẩm chưa có hồ sơ nào.").class("muted")
            } else {
                Div {
                    Table(header: TableRow { TableHeaderCell("Đợt đăng ký"); TableHeaderCell("Loại hồ sơ"); TableHeaderCell("Trạng thái") }) {
                        for dossier in model.dossiers {
                            TableRow {
                                TableCell { Link(dossier.round, url: SiteURL.dossier(id: dossier.id).path) }
                                TableCell(dossier.kind); TableCell(dossier.state)
                            }
                        }
                    }.class("data-table").id("product-dossiers")
                }.class("table-wrap")
            }
            H3("Quyết định công nhận")
            if model.recognitions.isEmpty {
                Paragraph("Sản phẩm chưa được công nhận sản phẩm OCOP.").class("muted")
            } else {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Hạng sao"); TableHeaderCell("Số quyết định"); TableHeaderCell("Ngày quyết định")
                        TableHeaderCell("Hết hạn"); TableHeaderCell("Cấp công nhận"); TableHeaderCell("Hiệu lực")
                    }) {
                        for row in model.recognitions {
                            TableRow {
                                TableCell(row.star); TableCell(row.decisionNumber); TableCell(row.decisionDate)
                                TableCell(row.expiryDate); TableCell(row.issuer)
                                TableCell { Span(row.isValid ? "Còn hiệu lực" : "Đã hết hạn").class(row.isValid ? "ok" : "bad") }
                            }
                        }
                    }.class("data-table").id("product-recognitions")
                }.class("table-wrap")
            }
            if let note = model.reEvaluation { Paragraph(note).id("product-re-evaluation") }
        }
    }
}
