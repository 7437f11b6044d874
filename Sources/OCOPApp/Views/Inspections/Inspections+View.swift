import Foundation
import OCOPCore
import Plot

/// Kiểm tra sau công nhận: the list, one inspection (its record form on a phone, or
/// its result), and the printed minutes.
enum InspectionsView {
    static func list(_ context: PageContext, _ rows: [InspectionRecord], plans: [InspectionPlanListRow], names: [String: String], mayPlan: Bool) -> HTML {
        Layout.page(context) {
            if mayPlan {
                Paragraph {
                    Text("Chọn sản phẩm cần kiểm tra trên ")
                    Link("danh sách theo dõi giấy chứng nhận", url: SiteURL.certificateFollowUp.path)
                    Text(" rồi bấm «Lập kế hoạch kiểm tra các giấy đã chọn».")
                }
            }
            if mayPlan || !plans.isEmpty { planList(plans) }
            H2("Các cuộc kiểm tra")
            if rows.isEmpty {
                Paragraph("Chưa có cuộc kiểm tra nào.").class("muted").id("inspections-empty")
            } else {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Sản phẩm"); TableHeaderCell("Xã, phường"); TableHeaderCell("Loại"); TableHeaderCell("Ngày")
                        TableHeaderCell("Tình trạng"); TableHeaderCell("Kết luận")
                    }) {
                        for row in rows {
                            TableRow {
                                TableCell { Link(row.product.name, url: SiteURL.inspection(id: row.id!.uuidString).path) }
                                TableCell(names[row.communeCode] ?? row.communeCode)
                                TableCell(row.kind.title)
                                TableCell((CalendarDay(iso: row.inspectedOn ?? row.plannedOn) ?? .inVietnam(Date())).vietnamese)
                                TableCell(row.status.title)
                                TableCell(row.conclusion?.title ?? "")
                            }
                        }
                    }.class("data-table").id("inspection-list")
                }.class("table-wrap")
            }
        }
    }

    static func page(_ context: PageContext, _ model: InspectionPageModel) -> HTML {
        let inspection = model.inspection
        return Layout.page(context) {
            facts(model)
            if model.mayRecord {
                recordForm(context, model)
            } else if inspection.status == .recorded {
                result(model)
                Paragraph {
                    Link("In biên bản kiểm tra", url: SiteURL.inspectionAction(id: model.id, action: "bien-ban").path).class("button").id("minutes-link")
                    if let revoke = model.revokeURL, model.revocation == nil {
                        Text(" ")
                        Link("Lập quyết định thu hồi", url: revoke).class("button primary").id("revoke-link")
                    }
                    if let revocation = model.revocation {
                        Text(" ")
                        Link("Quyết định thu hồi số \(revocation.number)", url: SiteURL.revocation(id: revocation.id).path).id("revocation-link")
                    }
                    if let visit = model.followUpID {
                        Text(" ")
                        Link("Xem cuộc kiểm tra lại", url: SiteURL.inspection(id: visit).path).id("follow-up-link")
                    }
                }
                if model.mayPlanFollowUp {
                    Form(url: SiteURL.inspectionAction(id: model.id, action: "kiem-tra-lai").path, method: .post) {
                        CSRFField(token: context.csrfToken)
                        Button { Text("Lập kế hoạch kiểm tra lại việc khắc phục") }.attribute(named: "type", value: "submit").id("plan-follow-up")
                    }.class("inline-form")
                }
            } else {
                Paragraph("Cuộc kiểm tra chưa diễn ra.").class("muted")
            }
            answers(context, model)
        }
    }

    private static func facts(_ model: InspectionPageModel) -> Component {
        let inspection = model.inspection
        return Tag("dl", [("class", "facts"), ("id", "inspection-facts")]) {
            Tag("dt") { Text("Sản phẩm") }; Tag("dd") { Text(model.product) }
            Tag("dt") { Text("Chủ thể") }; Tag("dd") { Text("\(model.producer), \(model.address)") }
            Tag("dt") { Text("Giấy chứng nhận") }; Tag("dd") { Text(model.certificate) }
            Tag("dt") { Text("Loại") }; Tag("dd") { Text(inspection.kind.title) }
            Tag("dt") { Text("Căn cứ") }
            Tag("dd") {
                Text(inspection.reason)
                if let plan = model.plan {
                    Text(" (")
                    Link("Kế hoạch số \(plan.number)", url: SiteURL.inspectionPlan(id: plan.id).path).id("plan-link")
                    Text(")")
                }
                if let complaint = model.complaintID {
                    Text(" (")
                    Link("phản ánh", url: SiteURL.complaint(id: complaint).path).id("complaint-link")
                    Text(")")
                }
                if let first = inspection.followUpOf {
                    Text(" (")
                    Link("cuộc kiểm tra trước", url: SiteURL.inspection(id: first.uuidString).path).id("first-inspection-link")
                    Text(")")
                }
            }
            Tag("dt") { Text("Đoàn kiểm tra") }; Tag("dd") { Text(inspection.team) }
            Tag("dt") { Text("Tình trạng") }; Tag("dd", [("id", "inspection-status")]) { Text(inspection.status.title) }
        }
    }

    /// The field form: one fieldset per item (a verdict, a remark, a photo from the phone's camera),
    /// then findings, the conclusion and what it needs.
    private static func recordForm(_ context: PageContext, _ model: InspectionPageModel) -> Component {
        let form = model.form, problems = model.problems
        return Form(url: SiteURL.inspectionAction(id: model.id, action: "ghi").path, method: .post, contentType: .multipartData) {
            CSRFField(token: context.csrfToken)
            ErrorList(title: "Chưa ghi được kết quả kiểm tra", messages: Array(problems.values).sorted(), id: "record-errors")
            H2("Ghi kết quả kiểm tra")
            FormField(label: "Ngày kiểm tra", name: "inspectedOn", value: form.inspectedOn, type: .date, error: problems["inspectedOn"], isRequired: true)
            for item in InspectionItem.allCases {
                Tag("fieldset", [("class", "criterion"), ("id", "item-\(item.rawValue)")]) {
                    Tag("legend") { Text(item.title) }
                    for verdict in InspectionVerdict.allCases {
                        Div {
                            Tag("input", [("type", "radio"), ("name", "verdict-\(item.rawValue)"), ("value", verdict.rawValue),
                                          ("id", "verdict-\(item.rawValue)-\(verdict.rawValue)")]
                                + (form.verdicts[item] == verdict.rawValue ? [("checked", nil)] : []))
                            Tag("label", [("for", "verdict-\(item.rawValue)-\(verdict.rawValue)")]) { Text(verdict.title) }
                        }.class("choice")
                    }
                    if let error = problems["verdict-\(item.rawValue)"] { Paragraph(error).class("error") }
                    TextAreaField(label: "Nhận xét", name: "remark-\(item.rawValue)", value: form.remarks[item] ?? "")
                    Div {
                        Tag("label", [("for", "f-photo-\(item.rawValue)")]) { Text("Ảnh chụp (JPEG, PNG)") }
                        Tag("input", [("type", "file"), ("id", "f-photo-\(item.rawValue)"), ("name", "photo-\(item.rawValue)"),
                                      ("accept", "image/jpeg,image/png"), ("capture", "environment")])
                        if let error = problems["photo-\(item.rawValue)"] { Paragraph(error).class("error") }
                    }.class("field")
                }
            }
            TextAreaField(label: "Tồn tại, vi phạm phát hiện", name: "findings", value: form.findings, error: problems["findings"], rows: 4)
            SelectField(label: "Kết luận", name: "conclusion", options: [("", "— Chọn kết luận —")] + InspectionConclusion.allCases.map { ($0.rawValue, $0.title) },
                        selected: form.conclusion, error: problems["conclusion"])
            FormField(label: "Thời hạn khắc phục (khi phải khắc phục)", name: "fixDeadline", value: form.fixDeadline, type: .date, error: problems["fixDeadline"])
            SelectField(label: "Căn cứ thu hồi (khi đề nghị thu hồi)", name: "revocationGround",
                        options: [("", "—")] + RevocationGround.allCases.map { ($0.rawValue, "\($0.letter)) \($0.clause)") },
                        selected: form.revocationGround, error: problems["revocationGround"])
            Button { Text("Ghi kết quả kiểm tra") }.attribute(named: "type", value: "submit").class("primary").id("record-submit")
        }.id("record-form")
    }

    private static func result(_ model: InspectionPageModel) -> Component {
        let inspection = model.inspection
        return Div {
            H2("Kết quả kiểm tra ngày \(CalendarDay(iso: inspection.inspectedOn ?? "")?.vietnamese ?? "")")
            checklistTable(model)
            if let findings = inspection.findings { Paragraph("Tồn tại, vi phạm: \(findings)").id("inspection-findings") }
            Paragraph("Kết luận: \(inspection.conclusion?.title ?? "")").class(inspection.conclusion == .keepsCriteria ? "ok" : "bad").id("inspection-conclusion")
            if let deadline = inspection.fixDeadline.flatMap(CalendarDay.init(iso:)) {
                Paragraph("Thời hạn khắc phục: \(deadline.vietnamese)").id("inspection-deadline")
            }
            if let ground = inspection.revocationGround {
                Paragraph("Căn cứ đề nghị thu hồi: \(ground.citation) — \(ground.clause)").id("inspection-ground")
            }
        }.id("inspection-result")
    }

    private static func checklistTable(_ model: InspectionPageModel) -> Component {
        Div {
            Table(header: TableRow { TableHeaderCell("Nội dung"); TableHeaderCell("Kết quả"); TableHeaderCell("Nhận xét"); TableHeaderCell("Ảnh") }) {
                for line in model.inspection.lines {
                    TableRow {
                        TableCell(line.item.title)
                        TableCell(line.verdict.title).class(line.verdict == .fails ? "bad" : "")
                        TableCell(line.remark)
                        TableCell {
                            for photo in model.photos where photo.item == line.item {
                                Image(url: SiteURL.inspectionFile(id: model.id, file: photo.fileID.uuidString).path, description: "Ảnh: \(line.item.title)")
                                    .class("inspection-photo")
                            }
                        }
                    }.id("line-\(line.item.rawValue)")
                }
            }.class("data-table").id("inspection-checklist")
        }.class("table-wrap")
    }

    private static func answers(_ context: PageContext, _ model: InspectionPageModel) -> Component {
        Div {
            if !model.answers.isEmpty || model.mayAnswer { H2("Trả lời của chủ thể") }
            for answer in model.answers {
                Article {
                    Paragraph("\(answer.author), \(VietnameseFormat.dateTime(answer.createdAt)):").class("muted")
                    Paragraph(answer.text)
                    if let file = answer.fileID {
                        Paragraph { Link("Tải minh chứng", url: SiteURL.inspectionFile(id: model.id, file: file.uuidString).path) }
                    }
                }.class("answer")
            }
            if model.mayAnswer {
                Form(url: SiteURL.inspectionAction(id: model.id, action: "tra-loi").path, method: .post, contentType: .multipartData) {
                    CSRFField(token: context.csrfToken)
                    TextAreaField(label: "Nội dung đã khắc phục hoặc giải trình", name: "answer", value: model.form.answer, error: model.problems["answer"], rows: 4)
                    Div {
                        Tag("label", [("for", "f-evidence")]) { Text("Minh chứng (PDF, ảnh; không bắt buộc)") }
                        Tag("input", [("type", "file"), ("id", "f-evidence"), ("name", "evidence")])
                        if let error = model.problems["evidence"] { Paragraph(error).class("error") }
                    }.class("field")
                    Button { Text("Gửi trả lời") }.attribute(named: "type", value: "submit").class("primary")
                }.id("answer-form")
            }
        }.id("inspection-answers")
    }

    static func minutes(_ context: PageContext, _ model: InspectionPageModel) -> HTML {
        let inspection = model.inspection
        let day = CalendarDay(iso: inspection.inspectedOn ?? "") ?? .inVietnam(Date())
        return Layout.page(context) {
            PrintBar(backLabel: "← Về cuộc kiểm tra", backURL: SiteURL.inspection(id: model.id).path)
            OfficialDocument(
                parentAgency: "UBND \(model.province.uppercased())", agency: "ĐOÀN KIỂM TRA SẢN PHẨM OCOP", number: "",
                placeAndDate: "\(UnitNames.shortName(model.commune)), \(OfficialDocument.longDate(day))", title: "BIÊN BẢN KIỂM TRA",
                subject: "Việc duy trì tiêu chí và sử dụng biểu trưng của sản phẩm OCOP «\(model.product)»",
                signerTitle: ["TRƯỞNG ĐOÀN KIỂM TRA"], signerName: "",
                recipients: ["Chủ thể được kiểm tra;", "UBND \(UnitNames.inSentence(model.commune));", "Lưu: VT."],
                content: Div {
                    Paragraph("Căn cứ Điều 9 Quyết định số 26/2026/QĐ-TTg; \(inspection.reason).")
                    Paragraph("Hôm nay, \(OfficialDocument.longDate(day)), đoàn kiểm tra gồm: \(inspection.team), tiến hành \(inspection.kind.title.lowercased()) sản phẩm «\(model.product)» (\(model.certificate)) của \(model.producer), địa chỉ \(model.address).")
                    Paragraph("Kết quả kiểm tra:").class("doc-title")
                    checklistTable(model)
                    if let findings = inspection.findings { Paragraph("Tồn tại, vi phạm: \(findings)") }
                    Paragraph("Kết luận: \(inspection.conclusion?.title ?? "").").id("minutes-conclusion")
                    if let deadline = inspection.fixDeadline.flatMap(CalendarDay.init(iso:)) {
                        Paragraph("Chủ thể khắc phục các tồn tại trên trước ngày \(deadline.vietnamese) và báo cáo kết quả về đoàn kiểm tra.")
                    }
                    if let ground = inspection.revocationGround {
                        Paragraph("Đoàn kiểm tra đề nghị cấp có thẩm quyền thu hồi giấy chứng nhận theo \(ground.citation).")
                    }
                    Paragraph("Biên bản được lập thành 03 bản, đọc lại cho các bên cùng nghe và thống nhất ký tên. Đại diện chủ thể: ……………………")
                }.id("minutes-body"))
        }
    }
}
