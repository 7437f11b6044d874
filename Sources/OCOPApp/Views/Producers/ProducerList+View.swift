import Foundation
import OCOPCore
import Plot

enum ProducerListView {
    static func render(_ context: PageContext, _ model: ProducerListModel) -> HTML {
        Layout.page(context) {
            if model.mayCreate {
                Paragraph { Link("+ Thêm chủ thể", url: SiteURL.newProducer.path).class("button primary").id("new-producer") }
            }
            if !model.pending.isEmpty {
                H2("Đăng ký chờ duyệt (\(model.pending.count))")
                table(model.pending, id: "pending-producers")
            }
            Form(url: SiteURL.producers.path, method: .get) {
                Div {
                    FormField(label: "Tìm theo tên chủ thể, mã số thuế hoặc người đại diện", name: "q", value: model.query, type: .search)
                    Button { Text("Tìm") }.attribute(named: "type", value: "submit")
                }.class("search-row")
            }.attribute(named: "role", value: "search")
            H2("Chủ thể (\(VietnameseFormat.integer(model.total)))")
            if model.rows.isEmpty {
                Paragraph(model.query.isEmpty ? "Chưa có chủ thể nào." : "Không tìm thấy chủ thể phù hợp.").class("muted")
            } else {
                table(model.rows, id: "producer-list")
                Pager(page: model.page, pageCount: model.pageCount,
                      baseQuery: "q=" + (model.query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            }
        }
    }

    private static func table(_ rows: [ProducerListModel.Row], id: String) -> Component {
        Div {
            Table(header: TableRow {
                TableHeaderCell("Tên chủ thể"); TableHeaderCell("Loại hình"); TableHeaderCell("Mã số thuế")
                TableHeaderCell("Người đại diện"); TableHeaderCell("Xã, phường"); TableHeaderCell("Sản phẩm"); TableHeaderCell("Trạng thái")
            }) {
                for row in rows {
                    TableRow {
                        TableCell { Link(row.name, url: SiteURL.producer(id: row.id).path) }
                        TableCell(row.legalForm); TableCell(row.taxCode); TableCell(row.representative); TableCell(row.commune)
                        TableCell(String(row.productCount)); TableCell(row.status.title)
                    }
                }
            }.class("data-table").id(id)
        }.class("table-wrap")
    }
}
