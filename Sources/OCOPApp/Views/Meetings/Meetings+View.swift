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
                SelectField(label: "Vòng", name: "round", options: MeetingRound.allCases.map { (String($0.rawValue), $0.title) }, selected: model.round)
                FormField(label: "Ngày họp", name: "day", value: model.day, type: .date, error: model.errors["day"], isRequired: true)
                FormField(label: "Giờ họp", name: "time", value: model.time, type: .time, error: model.errors["time"], isRequired: true)
                FormField(label: "Địa điểm", name: "place", value: model.place, error: model.errors["place"], isRequired: true)
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
            if model.maySend && !model.materialsSent {
                Form(url: SiteURL.meetingAction(id: model.id, action: "gui-tai-lieu").path, method: .post) {
                    CSRFField(token: context.csrfToken)
                    Button { Text("Gửi tài liệu cho thành viên") }.attribute(named: "type", value: "submit").class("primary")
                }.id("send-materials")
            }
            if model.maySend {
                Paragraph {
                    Link("Bảng điểm trực tiếp", url: "\(SiteURL.meeting(id: model.id).path)/bang-diem").class("button").id("scoring-board-link")
                    Text(" ")
                    Link("Kết quả, biên bản và quyết định", url: "\(SiteURL.meeting(id: model.id).path)/ket-qua").class("button").id("results-link")
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
                                    Link("Chấm điểm", url: "\(SiteURL.meeting(id: model.id).path)/cham/\(item.dossierID)").class("button primary")
                                } else {
                                    Text(item.note)
                                }
                            }
                        }
                    }
                }.class("data-table").id("meeting-agenda")
            }.class("table-wrap")
        }
    }
}
