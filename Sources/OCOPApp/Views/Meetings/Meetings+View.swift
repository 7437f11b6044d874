import Plot
import OCOPCore

enum MeetingsView {
    static func form(_ context: PageContext, _ model: MeetingFormModel) -> HTML {
        Layout.page(context) {
            Paragraph { Link("← \(model.councilName)", url: SiteURL.council(id: model.councilID).path) }
            ErrorSummary(errors: model.errors)
            if let warning = model.warning {
                Paragraph(warning).class("requests").id("schedule-warning").attribute(named: "role", value: "alert")
            }
            Paragraph("Tài liệu phải đến thành viên ít nhất \(model.leadDays) ngày làm việc trước phiên họp (không kể thứ Bảy, Chủ nhật, ngày lễ, Tết và ngày nghỉ bù).").class("lead")
            Form(url: SiteURL.newMeeting(council: model.councilID).path, method: .post) {
                CSRFField(token: context.csrfToken)
                SelectField(label: "Đợt đánh giá, phân hạng", name: "evaluationRound", options: model.evaluationRounds,
                            selected: model.evaluationRound, error: model.errors["evaluationRound"])
                SelectField(label: "Hình thức đánh giá", name: "procedure",
                            options: CouncilProcedure.allCases.map { ($0.rawValue, $0.title) }, selected: model.procedure,
                            error: model.errors["procedure"])
                Paragraph("Hồ sơ đánh giá lại được đánh giá bằng lấy ý kiến bằng văn bản (Điều 7.6 Quyết định 26/2026/QĐ-TTg): thành viên chấm từ xa, không họp, không áp dụng hạn gửi tài liệu; khi đó «Ngày» là hạn gửi phiếu lấy ý kiến.").class("muted")
                SelectField(label: "Vòng", name: "round", options: MeetingRound.allCases.map { (String($0.rawValue), $0.title) }, selected: model.round)
                FormField(label: "Ngày họp (hoặc hạn gửi phiếu lấy ý kiến)", name: "day", value: model.day, type: .date, error: model.errors["day"], isRequired: true)
                FormField(label: "Giờ họp", name: "time", value: model.time, type: .time, error: model.errors["time"])
                FormField(label: "Địa điểm (không cần khi lấy ý kiến bằng văn bản)", name: "place", value: model.place, error: model.errors["place"])
                Tag("fieldset", [("class", "criterion"), ("id", "agenda")]) {
                    Tag("legend") { Text("Hồ sơ đưa vào phiên họp") }
                    if let error = model.errors["agenda"] { Paragraph(error).class("error") }
                    if model.dossiers.isEmpty { Paragraph("Chưa có hồ sơ nào được tỉnh tiếp nhận.").class("muted") }
                    for dossier in model.dossiers {
                        Div {
                            Tag("input", [("type", "checkbox"), ("name", "ho-so[]"), ("value", dossier.id), ("id", "agenda-\(dossier.id)")]
                                + (model.picked.contains(dossier.id) ? [("checked", nil)] : []))
                            Tag("label", [("for", "agenda-\(dossier.id)")]) { Text(" " + dossier.label) }
                        }.class("choice")
                    }
                }
                if model.warning != nil {
                    CheckboxField(label: "Vẫn lên lịch: Hội đồng đã biết hạn gửi tài liệu không bảo đảm", name: "confirm", isChecked: false)
                }
                Button { Text("Lên lịch phiên họp") }.attribute(named: "type", value: "submit").class("primary")
            }.id("meeting-form")
        }
    }

    static func page(_ context: PageContext, _ model: MeetingPageModel) -> HTML {
        Layout.page(context) {
            Paragraph { Link("← \(model.councilName)", url: SiteURL.council(id: model.councilID).path) }
            Tag("dl", [("class", "facts"), ("id", "meeting-facts")]) {
                for fact in model.facts { Tag("dt") { Text(fact.label) }; Tag("dd") { Text(fact.value) } }
            }
            Paragraph(model.materialsStatus).class(model.materialsLate ? "requests" : "lead").id("materials-status")
            if !model.meetingReasons.isEmpty {
                Div {
                    H2("Cần tổ chức họp Hội đồng")
                    List(model.meetingReasons) { Text($0) }
                    if model.maySend {
                        Paragraph { Link("Lên lịch phiên họp cho các hồ sơ này", url: SiteURL.newMeeting(council: model.councilID).path).class("button") }
                    }
                }.class("requests").id("meeting-needed").attribute(named: "role", value: "status")
            }
            if model.maySend && !model.materialsSent {
                Form(url: SiteURL.meetingAction(id: model.id, action: .sendMaterials).path, method: .post) {
                    CSRFField(token: context.csrfToken)
                    Button { Text("Gửi tài liệu cho thành viên") }.attribute(named: "type", value: "submit").class("primary")
                }.id("send-materials")
            }
            if model.maySend {
                Paragraph {
                    Link("Bảng điểm trực tiếp", url: SiteURL.meetingAction(id: model.id, action: .board).path).class("button").id("scoring-board-link")
                    Text(" ")
                    Link("Kết quả, biên bản và quyết định", url: SiteURL.meetingAction(id: model.id, action: .results).path).class("button").id("results-link")
                }.class("actions")
            }
            H2("Hồ sơ của phiên họp")
            Div {
                Table(header: TableRow {
                    TableHeaderCell("TT"); TableHeaderCell("Sản phẩm"); TableHeaderCell("Chủ thể"); TableHeaderCell("Xã/phường"); TableHeaderCell("Ghi chú")
                }) {
                    for (index, item) in model.items.enumerated() {
                        TableRow {
                            TableCell(String(index + 1))
                            TableCell {
                                if item.mayOpen { Link(item.product, url: SiteURL.dossier(id: item.dossierID).path) } else { Text(item.product) }
                            }
                            TableCell(item.producer); TableCell(item.commune)
                            TableCell {
                                if item.mayScore {
                                    Link("Chấm điểm", url: SiteURL.scoringSheet(meeting: model.id, dossier: item.dossierID).path).class("button primary")
                                } else {
                                    Text(item.note)
                                }
                            }
                        }
                    }
                }.class("data-table").id("meeting-agenda")
            }.class("table-wrap")
            supplementaryTests(context, model)
        }
    }

    /// Kiểm nghiệm bổ sung: what round 1 asked for, the results for round 2, and the secretary's forms.
    @ComponentBuilder
    private static func supplementaryTests(_ context: PageContext, _ model: MeetingPageModel) -> Component {
        H2("Kiểm nghiệm bổ sung")
        if model.tests.isEmpty {
            Paragraph("Chưa có yêu cầu kiểm nghiệm bổ sung nào.").class("muted")
        } else {
            Tag("ul", [("class", "timeline"), ("id", "supplementary-tests")]) {
                for test in model.tests {
                    ListItem {
                        Paragraph {
                            Tag("strong") { Text(test.product) }
                            Text(": \(test.requested) — \(test.laboratory). \(test.status)")
                            if let result = test.result {
                                Text(" ")
                                Link(result.name, url: result.url)
                            }
                        }
                        if model.maySend && test.result == nil {
                            Form(url: SiteURL.testResult(id: test.id).path, method: .post, contentType: .multipartData) {
                                CSRFField(token: context.csrfToken)
                                Tag("label", [("for", "f-result-\(test.id)")]) { Text("Kết quả (PDF, ảnh)") }
                                Tag("input", [("type", "file"), ("name", "file"), ("id", "f-result-\(test.id)"), ("required", nil),
                                              ("accept", ".pdf,.jpg,.jpeg,.png")])
                                Input(type: .text, name: "note", placeholder: "Nhận xét: đạt / không đạt chỉ tiêu…")
                                Button { Text("Nộp kết quả") }.attribute(named: "type", value: "submit")
                                UploadProgress()
                            }.class("inline-form").attribute(named: "data-upload", value: "true")
                        }
                    }
                }
            }
        }
        if model.maySend {
            ErrorSummary(errors: model.testForm.errors)
            Form(url: SiteURL.meetingAction(id: model.id, action: .requestTest).path, method: .post) {
                CSRFField(token: context.csrfToken)
                SelectField(label: "Hồ sơ", name: "dossier", options: model.items.map { ($0.dossierID, $0.product) },
                            selected: model.testForm.dossier, error: model.testForm.errors["dossier"])
                FormField(label: "Chỉ tiêu cần kiểm nghiệm", name: "requested", value: model.testForm.requested,
                          error: model.testForm.errors["requested"], isRequired: true)
                FormField(label: "Phòng thử nghiệm", name: "laboratory", value: model.testForm.laboratory,
                          error: model.testForm.errors["laboratory"], isRequired: true)
                Button { Text("Ghi yêu cầu kiểm nghiệm bổ sung") }.attribute(named: "type", value: "submit")
            }.class("narrow-form").id("test-form")
        }
    }
}
