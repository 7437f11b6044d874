import Plot
import OCOPCore

enum DossierQueueView {
    static func render(_ context: PageContext, _ model: DossierQueueModel) -> HTML {
        Layout.page(context) {
            if !model.products.isEmpty {
                H2("Tạo hồ sơ")
                List(model.products) { product in
                    Link("Tạo hồ sơ cho \(product.name)", url: SiteURL.newDossier(product: product.id).path)
                }.id("new-dossier-links")
            }
            ErrorList(title: "Chưa thực hiện được", messages: model.errors, id: "queue-errors")
            DossierQueueFilterForm(filter: model.filter, options: model.options)
            Navigation {
                Tag("ul", [("class", "tabs")]) {
                    for tab in model.tabs {
                        ListItem {
                            Link(url: "\(SiteURL.dossiers.path)?\(model.filter.queryString(tab: (tab.state, tab.outcome)))") {
                                Text("\(tab.title) (\(tab.count))")
                                if tab.awaitsViewer && tab.count > 0 { Span("cần xử lý").class("badge") }
                            }
                            .attribute(named: "aria-current", value: tab.state == model.filter.state && tab.outcome == model.filter.outcome ? "page" : nil)
                            .id(tab.id)
                        }
                    }
                }
            }.attribute(named: "aria-label", value: "Lọc theo trạng thái")
            resultLine(model)
            if model.rows.isEmpty {
                Paragraph("Không có hồ sơ nào ở đây.").class("muted").id("queue-empty")
            } else if let bulk = model.bulk {
                bulkForm(context, model, bulk)
            } else {
                table(model, selectable: false)
            }
            Pager(page: model.page, pageCount: model.pageCount, baseQuery: model.filter.queryString())
        }
    }

    /// "12 hồ sơ" and the export of exactly those, in Excel and CSV.
    private static func resultLine(_ model: DossierQueueModel) -> Component {
        Paragraph {
            Span("\(VietnameseFormat.integer(model.found)) hồ sơ\(model.filter.narrowsBeyondState ? " khớp bộ lọc" : "").").id("queue-found")
            if model.found > 0 {
                ExportLinks(url: { SiteURL.dossierExport(format: $0).path }, query: model.filter.queryString())
            }
        }.class("result-line")
    }

    private static func bulkForm(_ context: PageContext, _ model: DossierQueueModel, _ bulk: DossierQueueModel.Bulk) -> Component {
        switch bulk {
        case .forward:
            // A GET: the next page asks for the letter's number, date and signer.
            return Form(url: SiteURL.newForwardingLetter.path, method: .get) {
                table(model, selectable: true)
                Button { Text("Lập công văn chuyển tỉnh cho các hồ sơ đã chọn") }.attribute(named: "type", value: "submit").class("primary")
            }.id("forward-form")
        case .accept(let rounds):
            return Form(url: SiteURL.dossierIntake.path, method: .post) {
                CSRFField(token: context.csrfToken)
                table(model, selectable: true)
                if rounds.isEmpty {
                    Paragraph {
                        Text("Chưa có đợt đánh giá nào để tiếp nhận hồ sơ. ")
                        Link("Mở đợt đánh giá", url: SiteURL.evaluationRounds.path)
                    }.class("muted")
                } else {
                    SelectField(label: "Đợt đánh giá, phân hạng", name: "evaluationRound", options: rounds, selected: model.selectedRound)
                    Button { Text("Tiếp nhận các hồ sơ đã chọn") }.attribute(named: "type", value: "submit").class("primary")
                }
            }.id("accept-form")
        case .recordSamples:
            return Form(url: SiteURL.dossierSamplesIntake.path, method: .post) {
                CSRFField(token: context.csrfToken)
                table(model, selectable: true)
                FormField(label: "Ngày nhận sản phẩm mẫu", name: "receivedOn", value: model.samplesDay, type: .date, isRequired: true)
                Button { Text("Đã nhận đủ \(ProductSamples.countText) của các hồ sơ đã chọn") }.attribute(named: "type", value: "submit")
                    .class("primary")
            }.id("samples-form")
        }
    }

    private static func table(_ model: DossierQueueModel, selectable: Bool) -> Component {
        Div {
            Table(header: TableRow {
                if selectable { TableHeaderCell("Chọn") }
                TableHeaderCell("Sản phẩm"); TableHeaderCell("Chủ thể"); TableHeaderCell("Xã/phường"); TableHeaderCell("Đợt đăng ký")
                TableHeaderCell("Loại hồ sơ"); TableHeaderCell("Trạng thái"); TableHeaderCell("Ngày nộp")
                TableHeaderCell("Hạn xử lý của xã")
            }) {
                for row in model.rows {
                    TableRow {
                        if selectable {
                            TableCell {
                                RowPickBox(name: "ho-so[]", value: row.pick, id: "pick-\(row.id)", label: "Chọn \(row.product)",
                                           checked: model.selected.contains(row.id))
                            }
                        }
                        TableCell {
                            Link(row.product, url: SiteURL.dossier(id: row.id).path)
                            if !row.productSet.isEmpty { Span(row.productSet).class("cell-note") }
                        }
                        TableCell(row.producer); TableCell(row.commune); TableCell(row.round)
                        TableCell(row.kind); TableCell(row.state); TableCell(row.submittedAt)
                        CommuneDeadlineCell(deadline: row.deadline)
                    }
                }
            }.class("data-table").id("dossier-list")
        }.class("table-wrap")
    }
}
