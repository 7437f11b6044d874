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
            filterForm(model)
            H2("Chủ thể (\(VietnameseFormat.integer(model.total)))")
            if model.rows.isEmpty {
                Paragraph(model.filter.narrows ? "Không tìm thấy chủ thể phù hợp." : "Chưa có chủ thể nào.").class("muted")
            } else {
                Paragraph {
                    Span("\(VietnameseFormat.integer(model.total)) chủ thể\(model.filter.narrows ? " khớp bộ lọc" : "").").id("producers-found")
                    ExportLinks(url: { SiteURL.producerExport(format: $0).path }, query: model.filter.queryString())
                }.class("result-line")
                table(model.rows, id: "producer-list")
                Pager(page: model.page, pageCount: model.pageCount, baseQuery: model.filter.queryString())
            }
        }
    }

    /// A GET form, so a filtered list is a link an officer can bookmark or send.
    private static func filterForm(_ model: ProducerListModel) -> Component {
        let filter = model.filter
        return Form(url: SiteURL.producers.path, method: .get) {
            Div {
                FormField(label: "Tìm theo tên chủ thể, mã số thuế hoặc người đại diện (có dấu hoặc không dấu)", name: "q",
                          value: filter.text, type: .search)
                UnitFilterFields(units: model.units, province: filter.province, commune: filter.commune)
                SelectField(label: "Trạng thái", name: "trang-thai",
                            options: [("", "Tất cả")] + ProducerStatus.allCases.map { ($0.rawValue, $0.title) }, selected: filter.status?.rawValue ?? "")
                SelectField(label: "Sắp xếp", name: "sap-xep", options: ListSort.allCases.map { ($0.rawValue, $0.title) },
                            selected: filter.sort.rawValue)
                Button { Text("Lọc") }.attribute(named: "type", value: "submit")
                if filter.narrows || filter.sort != .name { Link("Bỏ lọc", url: SiteURL.producers.path).id("clear-filter") }
            }.class("search-row")
        }.attribute(named: "role", value: "search").attribute(named: "aria-label", value: "Tìm và lọc chủ thể").id("producer-filter")
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
