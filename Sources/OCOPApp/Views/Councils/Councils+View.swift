import Plot
import OCOPCore

enum CouncilsView {
    static func list(_ context: PageContext, _ model: CouncilListModel) -> HTML {
        Layout.page(context) {
            if model.rows.isEmpty {
                Paragraph("Chưa có Hội đồng nào trong phạm vi của bạn.").class("muted").id("councils-empty")
            } else {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Hội đồng"); TableHeaderCell("Cấp"); TableHeaderCell("Quyết định thành lập")
                        TableHeaderCell("Nhiệm kỳ"); TableHeaderCell("Thành viên")
                    }) {
                        for row in model.rows {
                            TableRow {
                                TableCell { Link(row.name, url: SiteURL.council(id: row.id).path) }
                                TableCell(row.level); TableCell(row.decision); TableCell(row.term); TableCell(String(row.members))
                            }
                        }
                    }.class("data-table").id("council-list")
                }.class("table-wrap")
            }
            if model.mayCreate {
                H2("Thành lập Hội đồng")
                ErrorSummary(errors: model.errors)
                Form(url: SiteURL.councils.path, method: .post) {
                    CSRFField(token: context.csrfToken)
                    FormField(label: "Tên Hội đồng", name: "name", value: model.form.name, error: model.errors["name"],
                              hint: "Ví dụ: Hội đồng đánh giá, phân hạng sản phẩm OCOP thành phố Hải Phòng năm 2026", isRequired: true)
                    FormField(label: "Số quyết định thành lập", name: "decisionNumber", value: model.form.decisionNumber,
                              error: model.errors["decisionNumber"], isRequired: true)
                    FormField(label: "Ngày quyết định", name: "decisionDate", value: model.form.decisionDate, type: .date,
                              error: model.errors["decisionDate"], isRequired: true)
                    FormField(label: "Nhiệm kỳ từ ngày", name: "termFrom", value: model.form.termFrom, type: .date,
                              error: model.errors["termFrom"], isRequired: true)
                    FormField(label: "Đến ngày", name: "termTo", value: model.form.termTo, type: .date, error: model.errors["termTo"], isRequired: true)
                    FormField(label: "Số ngày làm việc gửi tài liệu trước phiên họp", name: "materialsLeadDays",
                              value: model.form.materialsLeadDays, type: .number, error: model.errors["materialsLeadDays"],
                              hint: "Theo quy định của tỉnh (ví dụ 3 ngày làm việc).", isRequired: true)
                    Button { Text("Thành lập Hội đồng") }.attribute(named: "type", value: "submit").class("primary")
                }.id("council-form")
            }
        }
    }

    static func page(_ context: PageContext, _ model: CouncilPageModel) -> HTML {
        Layout.page(context) {
            Tag("dl", [("class", "facts"), ("id", "council-facts")]) {
                for fact in model.facts { Tag("dt") { Text(fact.label) }; Tag("dd") { Text(fact.value) } }
            }
            ErrorSummary(errors: model.errors)
            H2("Thành viên")
            membersTable(model)
            if model.mayRunSecretariat {
                H3("Thêm thành viên")
                memberForm(context, model)
            }
            H2("Phiên họp")
            meetings(model)
            if model.mayRunSecretariat {
                Paragraph { Link("Lên lịch phiên họp", url: SiteURL.newMeeting(council: model.id).path).class("button primary").id("new-meeting") }
            }
            H2("Xung đột lợi ích")
            conflictsTable(model)
            if model.mayRunSecretariat || model.ownSeatID != nil {
                H3(model.mayRunSecretariat ? "Ghi nhận xung đột lợi ích" : "Khai xung đột lợi ích của bạn")
                conflictForm(context, model)
            }
        }
    }

    private static func membersTable(_ model: CouncilPageModel) -> Component {
        if model.members.isEmpty { return Paragraph("Hội đồng chưa có thành viên.").class("muted") }
        return Div {
            Table(header: TableRow {
                TableHeaderCell("Họ và tên"); TableHeaderCell("Chức danh"); TableHeaderCell("Cơ quan"); TableHeaderCell("Tài khoản")
            }) {
                for member in model.members {
                    TableRow { TableCell(member.name); TableCell(member.position); TableCell(member.agency); TableCell(member.username) }
                }
            }.class("data-table").id("council-members")
        }.class("table-wrap")
    }

    private static func memberForm(_ context: PageContext, _ model: CouncilPageModel) -> Component {
        Form(url: SiteURL.councilAction(id: model.id, action: "thanh-vien").path, method: .post) {
            CSRFField(token: context.csrfToken)
            FormField(label: "Tên đăng nhập của thành viên", name: "username", value: model.memberForm.username,
                      error: model.errors["username"], hint: "Tài khoản đã có; thành viên được cấp vai trò thành viên Hội đồng của tỉnh.", isRequired: true)
            FormField(label: "Cơ quan", name: "agency", value: model.memberForm.agency, error: model.errors["agency"], isRequired: true)
            SelectField(label: "Chức danh", name: "position", options: CouncilPosition.allCases.map { ($0.rawValue, $0.title) },
                        selected: model.memberForm.position)
            Button { Text("Thêm thành viên") }.attribute(named: "type", value: "submit")
        }.class("narrow-form").id("member-form")
    }

    private static func meetings(_ model: CouncilPageModel) -> Component {
        if model.meetings.isEmpty { return Paragraph("Chưa có phiên họp nào.").class("muted") }
        return Div {
            Table(header: TableRow {
                TableHeaderCell("Thời gian"); TableHeaderCell("Địa điểm"); TableHeaderCell("Vòng"); TableHeaderCell("Số hồ sơ")
                TableHeaderCell("Tài liệu")
            }) {
                for meeting in model.meetings {
                    TableRow {
                        TableCell { Link(meeting.when, url: SiteURL.meeting(id: meeting.id).path) }
                        TableCell(meeting.place); TableCell(meeting.round); TableCell(String(meeting.items)); TableCell(meeting.materials)
                    }
                }
            }.class("data-table").id("council-meetings")
        }.class("table-wrap")
    }

    private static func conflictsTable(_ model: CouncilPageModel) -> Component {
        if model.conflicts.isEmpty { return Paragraph("Chưa có xung đột lợi ích nào được khai hoặc phát hiện.").class("muted") }
        return Div {
            Table(header: TableRow {
                TableHeaderCell("Thành viên"); TableHeaderCell("Hồ sơ"); TableHeaderCell("Loại"); TableHeaderCell("Nguồn"); TableHeaderCell("Ghi chú")
            }) {
                for conflict in model.conflicts {
                    TableRow {
                        TableCell(conflict.member); TableCell(conflict.dossier); TableCell(conflict.kind)
                        TableCell(conflict.source); TableCell(conflict.note)
                    }
                }
            }.class("data-table").id("council-conflicts")
        }.class("table-wrap")
    }

    private static func conflictForm(_ context: PageContext, _ model: CouncilPageModel) -> Component {
        Form(url: SiteURL.councilAction(id: model.id, action: "xung-dot").path, method: .post) {
            CSRFField(token: context.csrfToken)
            if model.mayRunSecretariat {
                SelectField(label: "Thành viên", name: "member", options: model.memberChoices, selected: model.conflictForm.member,
                            error: model.errors["member"])
            } else if let seat = model.ownSeatID {
                Input(type: .hidden, name: "member", value: seat)
            }
            SelectField(label: "Hồ sơ", name: "dossier", options: model.dossierChoices, selected: model.conflictForm.dossier,
                        error: model.errors["dossier"])
            SelectField(label: "Loại xung đột", name: "kind", options: ConflictKind.declarable.map { ($0.rawValue, $0.title) },
                        selected: model.conflictForm.kind)
            TextAreaField(label: "Nội dung", name: "note", value: model.conflictForm.note, error: model.errors["note"])
            Button { Text(model.mayRunSecretariat ? "Ghi nhận xung đột" : "Khai xung đột lợi ích") }.attribute(named: "type", value: "submit")
        }.class("narrow-form").id("conflict-form")
    }
}
