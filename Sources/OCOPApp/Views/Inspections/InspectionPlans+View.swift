import Foundation
import OCOPCore
import Plot

/// Kế hoạch kiểm tra: the form that issues one (with the system's proposals), and the plan as
/// printed, with its list of products.
extension InspectionsView {
    static func plan(_ context: PageContext, _ plan: Inspections.Plan, chosen: [ChosenCertificate],
                     proposed: [(InspectionProposals.Reason, [ChosenCertificate])], problems: [String: String]) -> HTML {
        Layout.page(context) {
            ErrorList(title: "Chưa lập được kế hoạch kiểm tra", messages: Array(problems.values).sorted(), id: "plan-errors")
            H2("Sản phẩm kiểm tra (\(chosen.count))")
            if chosen.isEmpty {
                Paragraph("Chưa chọn giấy chứng nhận nào: chọn trên danh sách theo dõi giấy chứng nhận hoặc trong các đề xuất bên dưới.").class("muted")
            } else {
                List(chosen) { row in Text("\(row.product) — \(row.producer), \(row.commune) (\(row.star.rawValue) sao)") }.id("plan-products")
            }
            Form(url: SiteURL.newInspection.path, method: .post) {
                CSRFField(token: context.csrfToken)
                for id in plan.recognitionIDs { Input(type: .hidden, name: "gcn[]", value: id) }
                if !plan.complaintID.isEmpty { Input(type: .hidden, name: "complaint", value: plan.complaintID) }
                FormField(label: "Số kế hoạch", name: "number", value: plan.number, error: problems["number"], hint: "Ví dụ: 45/KH-SNN", isRequired: true)
                SelectField(label: "Loại kiểm tra", name: "kind", options: InspectionKind.allCases.map { ($0.rawValue, $0.title) },
                            selected: plan.kind, error: problems["kind"])
                TextAreaField(label: "Căn cứ kiểm tra", name: "reason", value: plan.reason,
                              hint: "Kế hoạch năm, văn bản chỉ đạo, hoặc phản ánh, phát hiện dẫn đến kiểm tra đột xuất.", error: problems["reason"])
                FormField(label: "Kiểm tra từ ngày", name: "plannedOn", value: plan.plannedOn, type: .date, error: problems["plannedOn"], isRequired: true)
                FormField(label: "Đến ngày", name: "periodTo", value: plan.periodTo, type: .date, error: problems["periodTo"],
                          hint: "Để trống nếu kiểm tra trong một ngày.")
                TextAreaField(label: "Đoàn kiểm tra (họ tên, cơ quan)", name: "team", value: plan.team, error: problems["team"])
                FormField(label: "Cơ quan ban hành", name: "agency", value: plan.agency, error: problems["agency"], isRequired: true)
                FormField(label: "Người ký", name: "signer", value: plan.signer, error: problems["signer"], isRequired: true)
                FormField(label: "Chức vụ người ký", name: "signerTitle", value: plan.signerTitle, error: problems["signerTitle"],
                          hint: "Ví dụ: GIÁM ĐỐC, hoặc KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC.", isRequired: true)
                Button { Text("Lập kế hoạch kiểm tra") }.attribute(named: "type", value: "submit").class("primary").id("plan-submit")
            }.id("plan-form")
            proposals(plan, proposed)
        }
    }

    /// The system's proposals, each a list of boxes; ticking some and «Thêm vào kế hoạch» keeps those
    /// already chosen.
    private static func proposals(_ plan: Inspections.Plan, _ proposed: [(InspectionProposals.Reason, [ChosenCertificate])]) -> Component {
        Form(url: SiteURL.newInspection.path, method: .get) {
            H2("Đề xuất sản phẩm cần kiểm tra")
            for id in plan.recognitionIDs { Input(type: .hidden, name: "gcn[]", value: id) }
            if !plan.complaintID.isEmpty { Input(type: .hidden, name: "phan-anh", value: plan.complaintID) }
            for (reason, rows) in proposed {
                H3("\(reason.title) (\(rows.count))")
                if rows.isEmpty {
                    Paragraph("Không có.").class("muted")
                } else {
                    Div {
                        Table(header: TableRow {
                            TableHeaderCell("Chọn"); TableHeaderCell("Sản phẩm"); TableHeaderCell("Chủ thể"); TableHeaderCell("Xã, phường")
                            TableHeaderCell("Hạng"); TableHeaderCell("Hiệu lực đến hết ngày")
                        }) {
                            for row in rows {
                                TableRow {
                                    TableCell {
                                        RowPickBox(name: "gcn[]", value: row.id, id: "propose-\(reason.rawValue)-\(row.id)", label: "Chọn \(row.product)")
                                    }
                                    TableCell(row.product); TableCell(row.producer); TableCell(row.commune); TableCell("\(row.star.rawValue) sao")
                                    TableCell(row.lastValidDay.vietnamese)
                                }
                            }
                        }.class("data-table").id("proposed-\(reason.rawValue)")
                    }.class("table-wrap")
                }
            }
            Button { Text("Thêm các sản phẩm đã chọn vào kế hoạch") }.attribute(named: "type", value: "submit").id("add-proposed")
        }.id("proposals")
    }

    /// The plan as the office issues it (Nghị định 30): basis, content (the checklist of Điều 9),
    /// period, team, and the annex list of products; on screen, each product's inspection state.
    static func planDocument(_ context: PageContext, _ model: InspectionPlanModel) -> HTML {
        let plan = model.plan
        let period = model.plan.period
        return Layout.page(context) {
            PrintBar(backLabel: "← Về danh sách kiểm tra", backURL: SiteURL.inspections.path)
            Paragraph("Đã kiểm tra \(model.recordedCount)/\(model.rows.count) sản phẩm.").class("screen-only").id("plan-progress")
            OfficialDocument(
                parentAgency: model.parentAgency, agency: plan.agency.uppercased(), number: "Số: \(plan.number)",
                placeAndDate: "\(model.place), \(OfficialDocument.longDate(CalendarDay.inVietnam(plan.createdAt)))", title: "KẾ HOẠCH",
                subject: model.subject,
                signerTitle: plan.signerTitle.components(separatedBy: " / ").map { $0.uppercased() }, signerName: plan.signer,
                recipients: ["Các chủ thể có tên tại Phụ lục;", "UBND các xã, phường có liên quan;", "Lưu: VT."],
                content: Div {
                    H3("I. CĂN CỨ")
                    Paragraph("Điều 9 Quyết định số 26/2026/QĐ-TTg ngày 22/5/2026 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm;")
                    Paragraph(plan.reason).id("plan-reason")
                    H3("II. NỘI DUNG KIỂM TRA")
                    List(InspectionItem.allCases) { Text($0.title) }
                    H3("III. THỜI GIAN")
                    Paragraph(period.map { $0.from == $0.to ? "Ngày \($0.from.vietnamese)." : "Từ ngày \($0.from.vietnamese) đến ngày \($0.to.vietnamese)." } ?? "")
                        .id("plan-period")
                    H3("IV. THÀNH PHẦN ĐOÀN KIỂM TRA")
                    Paragraph(plan.team)
                    H3("V. DANH SÁCH SẢN PHẨM KIỂM TRA (\(model.rows.count))")
                    Div {
                        Table(header: TableRow {
                            TableHeaderCell("STT"); TableHeaderCell("Sản phẩm"); TableHeaderCell("Chủ thể, địa chỉ"); TableHeaderCell("Xã, phường")
                            TableHeaderCell("Giấy chứng nhận"); TableHeaderCell("Tình trạng").class("screen-only")
                        }) {
                            for (index, row) in model.rows.enumerated() {
                                TableRow {
                                    TableCell(String(index + 1))
                                    TableCell { Link(row.product, url: SiteURL.inspection(id: row.inspection.id!.uuidString).path) }
                                    TableCell("\(row.producer), \(row.address)"); TableCell(row.commune); TableCell(row.certificate)
                                    TableCell(row.inspection.status == .recorded ? (row.inspection.conclusion?.title ?? row.inspection.status.title)
                                              : row.inspection.status.title).class("screen-only")
                                }.id("plan-row-\(row.inspection.id!.uuidString)")
                            }
                        }.class("data-table").id("plan-list")
                    }.class("table-wrap")
                })
        }
    }

    /// The plans above the list of inspections.
    static func planList(_ rows: [InspectionPlanListRow]) -> Component {
        Div {
            H2("Kế hoạch kiểm tra")
            if rows.isEmpty {
                Paragraph("Chưa có kế hoạch kiểm tra nào.").class("muted")
            } else {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Số kế hoạch"); TableHeaderCell("Loại"); TableHeaderCell("Thời gian"); TableHeaderCell("Đã kiểm tra")
                    }) {
                        for row in rows {
                            TableRow {
                                TableCell { Link(row.plan.number, url: SiteURL.inspectionPlan(id: row.plan.id!.uuidString).path) }
                                TableCell(row.plan.kind.title)
                                TableCell(row.plan.period.map { $0.from == $0.to ? $0.from.vietnamese : "\($0.from.vietnamese) – \($0.to.vietnamese)" } ?? "")
                                TableCell("\(row.recorded)/\(row.total)")
                            }.id("plan-\(row.plan.id!.uuidString)")
                        }
                    }.class("data-table").id("plan-table")
                }.class("table-wrap")
            }
        }.id("inspection-plans")
    }
}
