import Foundation
import OCOPCore
import Plot

enum ProductListView {
    static func render(_ context: PageContext, _ model: ProductListModel) -> HTML {
        Layout.page(context) {
            for producer in model.ownProducers {
                Paragraph {
                    Link("+ Thêm sản phẩm cho \(producer.name)", url: SiteURL.newProduct(producerID: producer.id).path)
                        .class("button primary").id("add-product-\(producer.id)")
                }
            }
            Form(url: SiteURL.products.path, method: .get) {
                Div {
                    FormField(label: "Tìm theo tên sản phẩm hoặc chủ thể", name: "q", value: model.query, type: .search)
                    Button { Text("Tìm") }.attribute(named: "type", value: "submit")
                }.class("search-row")
            }.attribute(named: "role", value: "search")
            Paragraph("\(VietnameseFormat.integer(model.total)) sản phẩm.").id("product-count")
            if model.rows.isEmpty {
                Paragraph(model.query.isEmpty ? "Chưa có sản phẩm nào." : "Không tìm thấy sản phẩm phù hợp.").class("muted")
            } else {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Tên sản phẩm"); TableHeaderCell("Chủ thể"); TableHeaderCell("Bộ sản phẩm"); TableHeaderCell("Công nhận gần nhất")
                    }) {
                        for row in model.rows {
                            TableRow {
                                TableCell { Link(row.name, url: SiteURL.product(id: row.id).path) }
                                TableCell { Link(row.producerName, url: SiteURL.producer(id: row.producerID).path) }
                                TableCell(row.productSet); TableCell(row.latestStar)
                            }
                        }
                    }.class("data-table").id("product-list")
                }.class("table-wrap")
                Pager(page: model.page, pageCount: model.pageCount,
                      baseQuery: "q=" + (model.query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            }
        }
    }
}
