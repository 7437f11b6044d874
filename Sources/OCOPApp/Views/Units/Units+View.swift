import Plot
import OCOPCore

enum UnitsView {
    static func render(_ context: PageContext, _ model: UnitsModel) -> HTML {
        Layout.page(context) {
            Form(url: SiteURL.units.path, method: .get) {
                Div {
                    FormField(label: "Tên xã, phường (gõ có dấu hoặc không dấu)", name: "q", value: model.query,
                              type: .search, hint: "Ví dụ: viet khe")
                    Div {
                        Tag("label", [("for", "f-tinh")]) { Text("Tỉnh, thành phố") }
                        SelectBox(id: "f-tinh", name: "tinh", options: [("", "Tất cả")] + model.provinces, selected: model.provinceCode)
                    }.class("field")
                    Button { Text("Tìm") }.attribute(named: "type", value: "submit").class("primary")
                }.class("search-row")
            }.attribute(named: "role", value: "search")
            Paragraph(summary(model)).id("result-count").attribute(named: "aria-live", value: "polite")
            Div {
                Table(header: TableRow {
                    TableHeaderCell("Mã")
                    TableHeaderCell("Tên")
                    TableHeaderCell(model.listsProvinces ? "Số xã, phường" : "Tỉnh, thành phố")
                }) {
                    for row in model.rows {
                        TableRow {
                            TableCell(row.code)
                            TableCell { Link(row.name, url: SiteURL.unit(code: row.code).path) }
                            TableCell(row.communeCount.map(VietnameseFormat.integer) ?? row.provinceName)
                        }
                    }
                }.class("data-table").id("unit-results")
            }.class("table-wrap")
            Pager(page: model.page, pageCount: model.pageCount, baseQuery: "q=\(percent(model.query))&tinh=\(model.provinceCode)")
        }
    }

    private static func summary(_ model: UnitsModel) -> String {
        model.listsProvinces
            ? "\(model.total) tỉnh, thành phố. Gõ tên để tìm xã, phường."
            : "Tìm thấy \(VietnameseFormat.integer(model.total)) xã, phường."
    }

    private static func percent(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    static func renderDetail(_ context: PageContext, _ model: UnitDetailModel) -> HTML {
        Layout.page(context) {
            Tag("dl", [("class", "facts")]) {
                Tag("dt") { Text("Mã đơn vị") }
                Tag("dd") { Text(model.code) }
                Tag("dt") { Text("Loại") }
                Tag("dd") { Text(model.kind) }
                if let province = model.provinceName {
                    Tag("dt") { Text("Thuộc") }
                    Tag("dd") { Text(province) }
                }
                if let note = model.note {
                    Tag("dt") { Text("Căn cứ sắp xếp") }
                    Tag("dd") { Text(note) }
                }
            }
            if let workspace = model.workspace {
                Paragraph { Link("Mở trang làm việc của đơn vị", url: workspace.path) }
            }
            if !model.communes.isEmpty {
                H2("Các xã, phường, đặc khu (\(model.communes.count))")
                List(model.communes) { row in Link(row.name, url: SiteURL.unit(code: row.code).path) }.class("columns")
            }
        }
    }
}

/// Previous / next links for paged lists.
struct Pager: Component {
    let page: Int
    let pageCount: Int
    let baseQuery: String

    var body: Component {
        if pageCount <= 1 {
            EmptyComponent()
        } else {
            Navigation {
                if page > 1 { Link("« Trang trước", url: "?\(baseQuery)&trang=\(page - 1)").attribute(named: "rel", value: "prev") }
                Span("Trang \(page)/\(pageCount)")
                if page < pageCount { Link("Trang sau »", url: "?\(baseQuery)&trang=\(page + 1)").attribute(named: "rel", value: "next") }
            }.class("pager").attribute(named: "aria-label", value: "Phân trang")
        }
    }
}
