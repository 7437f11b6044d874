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
            filterForm(model)
            Paragraph {
                Span("\(VietnameseFormat.integer(model.total)) sản phẩm\(model.filter.narrows ? " khớp bộ lọc" : "").").id("product-count")
                if model.total > 0 { ExportLinks(url: { SiteURL.productExport(format: $0).path }, query: model.filter.queryString()) }
            }.class("result-line")
            if model.rows.isEmpty {
                Paragraph(model.filter.narrows ? "Không tìm thấy sản phẩm phù hợp." : "Chưa có sản phẩm nào.").class("muted")
            } else {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Tên sản phẩm"); TableHeaderCell("Chủ thể"); TableHeaderCell("Xã, phường"); TableHeaderCell("Bộ sản phẩm")
                        TableHeaderCell("Công nhận gần nhất")
                    }) {
                        for row in model.rows {
                            TableRow {
                                TableCell { Link(row.name, url: SiteURL.product(id: row.id).path) }
                                TableCell { Link(row.producerName, url: SiteURL.producer(id: row.producerID).path) }
                                TableCell(row.commune); TableCell(row.productSet); TableCell(row.latestStar)
                            }
                        }
                    }.class("data-table").id("product-list")
                }.class("table-wrap")
                Pager(page: model.page, pageCount: model.pageCount, baseQuery: model.filter.queryString())
            }
        }
    }

    /// A GET form, so a filtered list is a link an officer can bookmark or send.
    private static func filterForm(_ model: ProductListModel) -> Component {
        let filter = model.filter
        return Form(url: SiteURL.products.path, method: .get) {
            Div {
                FormField(label: "Tìm theo tên sản phẩm hoặc chủ thể (có dấu hoặc không dấu)", name: "q", value: filter.text, type: .search)
                UnitFilterFields(units: model.units, province: filter.province, commune: filter.commune)
                if model.productSets.count > 1 {
                    SelectField(label: "Bộ sản phẩm", name: "bo", options: [("", "Tất cả")] + model.productSets.map { ($0, $0) },
                                selected: filter.productSet)
                }
                SelectField(label: "Sắp xếp", name: "sap-xep", options: ListSort.allCases.map { ($0.rawValue, $0.title) },
                            selected: filter.sort.rawValue)
                Button { Text("Lọc") }.attribute(named: "type", value: "submit")
                if filter.narrows || filter.sort != .name { Link("Bỏ lọc", url: SiteURL.products.path).id("clear-filter") }
            }.class("search-row")
        }.attribute(named: "role", value: "search").attribute(named: "aria-label", value: "Tìm và lọc sản phẩm").id("product-filter")
    }
}
