import Foundation
import OCOPCore
import Plot

/// Phản ánh về sản phẩm: the list (open ones, or all), the form that records one, and one
/// complaint with what was done about it.
enum ComplaintsView {
    static func list(_ context: PageContext, _ rows: [ComplaintRow], showAll: Bool) -> HTML {
        Layout.page(context) {
            Paragraph {
                Link("Ghi nhận phản ánh mới", url: SiteURL.newComplaint.path).class("button primary").id("new-complaint")
                Text(" ")
                if showAll {
                    Link("Chỉ xem phản ánh chưa xử lý xong", url: SiteURL.complaints.path).id("complaints-open")
                } else {
                    Link("Xem cả phản ánh đã xử lý xong", url: SiteURL.complaints.path + "?tat-ca=1").id("complaints-all")
                }
            }
            if rows.isEmpty {
                Paragraph(showAll ? "Chưa có phản ánh nào." : "Không có phản ánh nào chưa xử lý xong.").class("muted").id("complaints-empty")
            } else {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Ngày nhận"); TableHeaderCell("Sản phẩm"); TableHeaderCell("Xã, phường"); TableHeaderCell("Nguồn")
                        TableHeaderCell("Nội dung"); TableHeaderCell("Tình trạng")
                    }) {
                        for row in rows {
                            TableRow {
                                TableCell(row.complaint.receivedDay?.vietnamese ?? "")
                                TableCell { Link(row.product, url: SiteURL.complaint(id: row.id).path) }
                                TableCell(row.commune); TableCell(row.complaint.source.title)
                                TableCell(row.summary)
                                TableCell(row.state.title)
                            }.id("complaint-\(row.id)")
                        }
                    }.class("data-table").id("complaint-list")
                }.class("table-wrap")
            }
        }
    }

    static func form(_ context: PageContext, _ model: NewComplaintModel) -> HTML {
        let input = model.input, problems = model.problems
        return Layout.page(context) {
            ErrorList(title: "Chưa ghi nhận được phản ánh", messages: Array(problems.values).sorted(), id: "complaint-errors")
            H2("Sản phẩm bị phản ánh")
            if model.picker.chosen.isEmpty {
                Paragraph("Chưa chọn sản phẩm: tìm theo tên bên dưới.").class("muted").id("none-chosen")
            } else {
                ChosenCertificateTable(rows: model.picker.chosen, id: "chosen-list", pick: nil)
            }
            CertificateSearchForm(action: SiteURL.newComplaint.path, picker: model.picker, label: "Tìm sản phẩm OCOP theo tên",
                                  addLabel: "Chọn sản phẩm này", purpose: "Tìm sản phẩm bị phản ánh", id: "complaint-search")
            Form(url: SiteURL.newComplaint.path, method: .post) {
                CSRFField(token: context.csrfToken)
                for id in input.recognitionIDs { Input(type: .hidden, name: "gcn[]", value: id) }
                H2("Nội dung phản ánh")
                FormField(label: "Ngày nhận", name: "receivedOn", value: input.receivedOn, type: .date, error: problems["receivedOn"], isRequired: true)
                SelectField(label: "Nguồn phản ánh", name: "source", options: ComplaintSource.allCases.map { ($0.rawValue, $0.title) },
                            selected: input.source, error: problems["source"])
                FormField(label: "Người phản ánh, cách liên hệ (không bắt buộc)", name: "sender", value: input.sender)
                TextAreaField(label: "Nội dung phản ánh", name: "content", value: input.content,
                              hint: "Ví dụ: sản phẩm mua ngày …, tại …; nhãn ghi …; chất lượng …", error: problems["content"], rows: 5)
                Button { Text("Ghi nhận phản ánh") }.attribute(named: "type", value: "submit").class("primary").id("complaint-submit")
            }.id("complaint-form")
        }
    }

    static func page(_ context: PageContext, _ model: ComplaintPageModel) -> HTML {
        let complaint = model.row.complaint
        return Layout.page(context) {
            Tag("dl", [("class", "facts"), ("id", "complaint-facts")]) {
                Tag("dt") { Text("Sản phẩm") }; Tag("dd") { Text("\(model.row.product) — \(model.certificate?.producer ?? ""), \(model.row.commune)") }
                Tag("dt") { Text("Giấy chứng nhận") }
                Tag("dd") { Text(model.certificate.map { "\($0.star.rawValue) sao, Quyết định số \($0.decision); \($0.state.title)" } ?? "") }
                Tag("dt") { Text("Ngày nhận") }; Tag("dd") { Text(complaint.receivedDay?.vietnamese ?? "") }
                Tag("dt") { Text("Nguồn") }; Tag("dd") { Text(complaint.source.title + (complaint.sender.isEmpty ? "" : " — \(complaint.sender)")) }
                Tag("dt") { Text("Nội dung") }; Tag("dd", [("id", "complaint-content")]) { Text(complaint.content) }
                Tag("dt") { Text("Tình trạng") }; Tag("dd", [("id", "complaint-state")]) { Text(model.row.state.title) }
                if let inspection = model.row.inspection {
                    Tag("dt") { Text("Kiểm tra đột xuất") }
                    Tag("dd") {
                        Link(inspection.status == .recorded ? "Kết quả: \(inspection.conclusion?.title ?? "")"
                             : "Dự kiến ngày \(CalendarDay(iso: inspection.plannedOn)?.vietnamese ?? inspection.plannedOn)",
                             url: SiteURL.inspection(id: inspection.id!.uuidString).path).id("complaint-inspection")
                    }
                }
                if let outcome = complaint.outcome {
                    Tag("dt") { Text("Kết quả xử lý") }; Tag("dd", [("id", "complaint-outcome")]) { Text(outcome) }
                }
            }
            if model.mayPlanInspection {
                Paragraph {
                    Link("Lập kế hoạch kiểm tra đột xuất", url: SiteURL.newInspection.path + "?phan-anh=\(model.row.id)").class("button primary")
                        .id("plan-complaint-inspection")
                }
            }
            if model.mayClose {
                Form(url: SiteURL.closeComplaint(id: model.row.id).path, method: .post) {
                    CSRFField(token: context.csrfToken)
                    H2("Kết thúc xử lý")
                    TextAreaField(label: "Kết quả xử lý", name: "outcome", value: model.typedOutcome,
                                  hint: "Ví dụ: đã kiểm tra, phản ánh không đúng; hoặc đã yêu cầu khắc phục; hoặc đã thu hồi giấy chứng nhận.",
                                  error: model.problem)
                    Button { Text("Kết thúc xử lý phản ánh") }.attribute(named: "type", value: "submit").id("close-complaint")
                }.id("close-form")
            }
        }
    }
}
