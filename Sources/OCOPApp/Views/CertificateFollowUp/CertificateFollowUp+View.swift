import Foundation
import OCOPCore
import Plot

/// Theo dõi giấy chứng nhận: the four lists as tabs with their counts, a filter, the table, and the
/// whole list on one page to print («Bản in»).
enum CertificateFollowUpView {
    static func render(_ context: PageContext, _ model: CertificateFollowUpModel) -> HTML {
        Layout.page(context) {
            if !model.printing {
                if !model.ownOnly { filterForm(model) }
                tabs(model)
            }
            H2(model.filter.list.title).id("list-title")
            Paragraph(model.filter.list.explanation(on: model.today)).class("muted").id("list-explanation")
            resultLine(model)
            if model.rows.isEmpty {
                Paragraph(model.filter.narrows ? "Không có giấy chứng nhận nào khớp bộ lọc." : "Không có giấy chứng nhận nào trong danh sách này.")
                    .class("muted").id("follow-up-empty")
            } else {
                let table = CertificateFollowUpTable(rows: model.rows, firstNumber: (model.page - 1) * CertificateFollowUpController.pageSize + 1,
                                                     selectable: model.mayRevoke && !model.printing)
                if table.selectable {
                    // A GET form: the choice opens the revocation form, which still asks for everything.
                    Form(url: SiteURL.newRevocation.path, method: .get) {
                        table
                        Button { Text("Lập kế hoạch kiểm tra các giấy đã chọn…") }.attribute(named: "type", value: "submit")
                            .attribute(named: "formaction", value: SiteURL.newInspection.path).id("inspect-chosen")
                        Button { Text("Thu hồi các giấy chứng nhận đã chọn…") }.attribute(named: "type", value: "submit").id("revoke-chosen")
                    }.id("follow-up-pick")
                } else {
                    table
                }
                if !model.printing {
                    Pager(page: model.page, pageCount: model.pageCount, baseQuery: model.filter.queryString())
                }
            }
        }
    }

    private static func tabs(_ model: CertificateFollowUpModel) -> Component {
        Navigation {
            Tag("ul", [("class", "tabs")]) {
                for list in CertificateFollowUpList.allCases {
                    ListItem {
                        Link("\(list.title) (\(VietnameseFormat.integer(model.counts[list] ?? 0)))",
                             url: "\(SiteURL.certificateFollowUp.path)?\(tabQuery(list, model.filter))")
                            .attribute(named: "aria-current", value: list == model.filter.list ? "page" : nil)
                            .id("tab-\(list.rawValue)")
                    }
                }
            }
        }.attribute(named: "aria-label", value: "Chọn danh sách")
    }

    private static func tabQuery(_ list: CertificateFollowUpList, _ filter: CertificateFollowUpFilter) -> String {
        var filter = filter
        filter.list = list
        return filter.queryString()
    }

    private static func resultLine(_ model: CertificateFollowUpModel) -> Component {
        Paragraph {
            Span("\(VietnameseFormat.integer(model.total)) giấy chứng nhận\(model.filter.narrows ? " khớp bộ lọc" : "").").id("follow-up-count")
            if model.total > 0 && !model.printing {
                ExportLinks(url: { SiteURL.certificateFollowUpExport(format: $0).path }, query: model.filter.queryString())
                Text(" · ")
                Link("Bản in", url: "\(SiteURL.certificateFollowUp.path)?\(model.filter.queryString())&ban-in=1").id("print-version")
            }
            if model.printing {
                Text(" Ngày lập danh sách: \(model.today.vietnamese). ")
                Button { Text("In (A4)") }.attribute(named: "type", value: "button").attribute(named: "data-print", value: "true")
                Link("Quay lại danh sách", url: "\(SiteURL.certificateFollowUp.path)?\(model.filter.queryString())").class("button")
            }
        }.class("result-line")
    }

    /// A GET form, so a filtered list is a link an officer can bookmark or send.
    private static func filterForm(_ model: CertificateFollowUpModel) -> Component {
        let filter = model.filter
        return Form(url: SiteURL.certificateFollowUp.path, method: .get) {
            Input(type: .hidden, name: "loai", value: filter.list.rawValue)
            Div {
                FormField(label: "Tìm theo tên sản phẩm (có dấu hoặc không dấu)", name: "q", value: filter.text, type: .search)
                UnitFilterFields(units: model.units, province: filter.province, commune: filter.commune)
                SelectField(label: "Hạng sao", name: "sao", options: [("", "Tất cả"), ("3", "3 sao"), ("4", "4 sao"), ("5", "5 sao")],
                            selected: filter.star)
                SelectField(label: "Sắp xếp", name: "sap-xep", options: CertificateFollowUpFilter.Sort.allCases.map { ($0.rawValue, $0.title) },
                            selected: filter.sort.rawValue)
                Button { Text("Lọc") }.attribute(named: "type", value: "submit")
                if filter.narrows || filter.sort != .expiry {
                    Link("Bỏ lọc", url: "\(SiteURL.certificateFollowUp.path)?loai=\(filter.list.rawValue)").id("clear-filter")
                }
            }.class("search-row")
        }.attribute(named: "role", value: "search").attribute(named: "aria-label", value: "Tìm và lọc giấy chứng nhận").id("follow-up-filter")
    }
}

/// The certificates of a follow-up list as a table, on the list page and on the dashboard.
struct CertificateFollowUpTable: Component {
    let rows: [CertificateFollowUp.Row]
    /// The STT of the first row (the page's offset plus one).
    var firstNumber = 1
    /// A box on each row to choose certificates to revoke.
    var selectable = false

    var body: Component {
        Div {
            Table(header: TableRow {
                if selectable { TableHeaderCell("Chọn") }
                TableHeaderCell("STT"); TableHeaderCell("Sản phẩm"); TableHeaderCell("Chủ thể"); TableHeaderCell("Xã, phường")
                TableHeaderCell("Hạng"); TableHeaderCell("Quyết định công nhận"); TableHeaderCell("Hiệu lực đến hết ngày")
                TableHeaderCell("Thời hạn nộp hồ sơ đánh giá lại"); TableHeaderCell("Tình trạng"); TableHeaderCell("Thư nhắc")
            }) {
                for (index, row) in rows.enumerated() {
                    TableRow {
                        if selectable {
                            TableCell {
                                RowPickBox(name: "gcn[]", value: row.recognitionID, id: "pick-\(row.recognitionID)", label: "Chọn \(row.product)")
                            }
                        }
                        TableCell(String(firstNumber + index))
                        TableCell { Link(row.product, url: SiteURL.product(id: row.productID).path) }
                        TableCell { Link(row.producer, url: SiteURL.producer(id: row.producerID).path) }
                        TableCell(row.commune)
                        TableCell("\(row.star.rawValue) sao")
                        TableCell("\(row.decisionNumber) ngày \(row.decisionDay.vietnamese)")
                        TableCell(row.lastValidDay.vietnamese)
                        TableCell("\(row.window.opensOn.vietnamese) – \(row.window.closesOn.vietnamese)")
                        TableCell { stateCell(row) }
                        TableCell { Link("In thư nhắc", url: SiteURL.reminderLetter(recognition: row.recognitionID).path).class("letter-link") }
                    }.id("certificate-\(row.recognitionID)")
                }
            }.class("data-table").id("follow-up-list")
        }.class("table-wrap")
    }

    private func stateCell(_ row: CertificateFollowUp.Row) -> Component {
        ComponentGroup {
            if let dossier = row.filingDossierID {
                Link(row.state.title, url: SiteURL.dossier(id: dossier).path).class("state-\(row.state.rawValue)")
            } else {
                Span(row.state.title).class("state-\(row.state.rawValue)")
            }
            if row.daysToExpiry > 0 { Text(" (còn \(row.daysToExpiry) ngày đến hạn)") }
        }
    }
}
