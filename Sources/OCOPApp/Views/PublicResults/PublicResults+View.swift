import Foundation
import Plot
import OCOPCore

/// The published list of recognised products.
struct PublicResultsModel {
    struct Row {
        let product: String
        let producer: String
        let place: String
        let star: String
        let certificate: String
        let decision: String
    }

    let query: String
    let province: String
    let page: Int
    let pageCount: Int
    let total: Int
    let provinces: [(value: String, label: String)]
    let rows: [Row]
}

enum PublicResultsView {
    static func render(_ context: PageContext, _ model: PublicResultsModel) -> HTML {
        Layout.page(context) {
            Form(url: SiteURL.publicResults.path, method: .get) {
                Div {
                    FormField(label: "Tìm theo tên sản phẩm", name: "q", value: model.query, type: .search)
                    SelectField(label: "Tỉnh, thành phố", name: "tinh", options: model.provinces, selected: model.province)
                    Button { Text("Tìm") }.attribute(named: "type", value: "submit")
                }.class("search-row")
            }.attribute(named: "role", value: "search")
            Paragraph("\(VietnameseFormat.integer(model.total)) sản phẩm có giấy chứng nhận còn hiệu lực.").id("public-count")
            if !model.rows.isEmpty {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Sản phẩm"); TableHeaderCell("Chủ thể"); TableHeaderCell("Địa phương"); TableHeaderCell("Hạng")
                        TableHeaderCell("Giấy chứng nhận"); TableHeaderCell("Quyết định")
                    }) {
                        for row in model.rows {
                            TableRow {
                                TableCell(row.product); TableCell(row.producer); TableCell(row.place); TableCell(row.star)
                                TableCell(row.certificate); TableCell(row.decision)
                            }
                        }
                    }.class("data-table").id("public-results")
                }.class("table-wrap")
                Pager(page: model.page, pageCount: model.pageCount,
                      baseQuery: "q=\(model.query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")&tinh=\(model.province)")
            }
        }
    }
}
