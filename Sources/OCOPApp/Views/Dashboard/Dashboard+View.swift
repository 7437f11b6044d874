import Plot
import OCOPCore

enum DashboardView {
    static func render(_ context: PageContext, _ model: DashboardModel) -> HTML {
        Layout.page(context) {
            Paragraph {
                Span(model.roleTitle).class("badge")
                Text(" " + model.scopeName)
            }.class("scope-line").id("dashboard-scope")
            if let note = model.note { Paragraph(note).class("notice") }
            Tag("ul", [("class", "stats"), ("aria-label", "Số liệu")]) {
                for stat in model.stats {
                    ListItem {
                        Span(VietnameseFormat.integer(stat.value)).class("stat-value")
                        if let url = stat.url {
                            Link(stat.label, url: url.path).class("stat-label")
                        } else {
                            Span(stat.label).class("stat-label")
                        }
                    }.class("stat")
                }
            }
            if !model.links.isEmpty {
                H2("Việc thường làm")
                List(model.links) { link in Link(link.label, url: link.url.path) }.class("quick-links")
            }
            H2("Hoạt động gần đây")
            AuditTable(rows: model.recentActivity, showDetails: false)
        }
    }
}

/// The audit log as a table, on the dashboard and on the log page.
struct AuditTable: Component {
    let rows: [AuditRow]
    let showDetails: Bool

    var body: Component {
        if rows.isEmpty {
            Paragraph("Chưa có hoạt động nào.").class("muted")
        } else {
            Div {
                Table(header: TableRow {
                    TableHeaderCell("Thời gian")
                    TableHeaderCell("Người thực hiện")
                    TableHeaderCell("Thao tác")
                    TableHeaderCell("Đối tượng")
                    TableHeaderCell("Đơn vị")
                    if showDetails { TableHeaderCell("Thay đổi") }
                }) {
                    for row in rows {
                        TableRow {
                            TableCell(VietnameseFormat.dateTime(row.at))
                            TableCell(row.actor)
                            TableCell(row.action)
                            TableCell(row.record)
                            TableCell(row.unit ?? "—")
                            if showDetails {
                                TableCell {
                                    if let before = row.before { Tag("details") { Tag("summary") { Text("Trước") }; Tag("pre") { Text(before) } } }
                                    if let after = row.after { Tag("details") { Tag("summary") { Text("Sau") }; Tag("pre") { Text(after) } } }
                                }
                            }
                        }
                    }
                }.class("data-table")
            }.class("table-wrap")
        }
    }
}
