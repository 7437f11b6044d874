import Plot
import OCOPCore

enum RoundsView {
    static func list(_ context: PageContext, _ model: RoundListModel) -> HTML {
        Layout.page(context) {
            Paragraph("Mỗi đợt đăng ký có hạn chót; sau hạn chót hồ sơ không được tổng hợp, trừ chủ thể được gia hạn có lý do ghi rõ.")
            if model.canOpen {
                Paragraph { Link("Mở đợt đăng ký", url: SiteURL.newRound.path).class("button primary").id("new-round") }
            }
            if model.rows.isEmpty {
                Paragraph("Chưa có đợt đăng ký nào trong phạm vi của bạn.").class("muted")
            } else {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Đợt đăng ký"); TableHeaderCell("Năm"); TableHeaderCell("Loại hồ sơ")
                        TableHeaderCell("Thời gian nhận"); TableHeaderCell("Tình trạng"); TableHeaderCell("Địa bàn")
                    }) {
                        for row in model.rows {
                            TableRow {
                                TableCell { Link(row.name, url: SiteURL.round(id: row.id).path) }
                                TableCell(String(row.year)); TableCell(row.kinds); TableCell(row.period)
                                TableCell(row.phase); TableCell(row.coverage)
                            }
                        }
                    }.class("data-table").id("round-list")
                }.class("table-wrap")
            }
        }
    }

    static func form(_ context: PageContext, _ model: RoundFormModel) -> HTML {
        Layout.page(context) {
            ErrorList(title: "Vui lòng kiểm tra lại", messages: model.errors, id: "round-errors")
            Form(url: SiteURL.newRound.path, method: .post) {
                CSRFField(token: context.csrfToken)
                Paragraph("Đơn vị mở đợt: \(model.ownerName)").class("scope-line")
                FormField(label: "Tên đợt đăng ký", name: "name", value: model.name, isRequired: true)
                FormField(label: "Năm đánh giá", name: "year", value: model.year, type: .number, isRequired: true)
                Tag("fieldset") {
                    Tag("legend") { Text("Loại hồ sơ nhận") }
                    for kind in DossierKind.allCases {
                        Div {
                            Tag("input", [("type", "checkbox"), ("id", "f-kind-" + kind.rawValue), ("name", "kinds[]"), ("value", kind.rawValue)]
                                + (model.kinds.contains(kind.rawValue) ? [("checked", nil)] : []))
                            Tag("label", [("for", "f-kind-" + kind.rawValue)]) { Text(" " + kind.title) }
                        }.class("choice")
                    }
                }
                FormField(label: "Ngày bắt đầu nhận hồ sơ", name: "opensOn", value: model.opensOn, type: .date, isRequired: true)
                FormField(label: "Hạn chót (ngày cuối cùng còn nhận)", name: "closesOn", value: model.closesOn, type: .date,
                          hint: "Văn bản ghi «trước ngày 30/6» thì nhập ngày cuối cùng còn nhận hồ sơ.", isRequired: true)
                SelectField(label: "Bộ tiêu chí dùng để tự đánh giá và chấm", name: "criteriaSet", options: model.criteriaSetChoices,
                            selected: model.criteriaSet)
                if !model.communeChoices.isEmpty {
                    Div {
                        Tag("label", [("for", "f-communes")]) { Text("Địa bàn (để trống: toàn tỉnh; giữ Ctrl để chọn nhiều xã)") }
                        Tag("select", [("id", "f-communes"), ("name", "communes[]"), ("multiple", nil), ("size", "8")]) {
                            for choice in model.communeChoices {
                                Tag("option", [("value", choice.value)] + (model.communes.contains(choice.value) ? [("selected", nil)] : [])) {
                                    Text(choice.label)
                                }
                            }
                        }
                    }.class("field")
                }
                Button { Text("Mở đợt đăng ký") }.attribute(named: "type", value: "submit").class("primary")
            }.id("round-form")
        }
    }

    static func detail(_ context: PageContext, _ model: RoundDetailModel) -> HTML {
        Layout.page(context) {
            Tag("dl", [("class", "facts")]) {
                Tag("dt") { Text("Năm đánh giá") }; Tag("dd") { Text(String(model.row.year)) }
                Tag("dt") { Text("Loại hồ sơ") }; Tag("dd") { Text(model.row.kinds) }
                Tag("dt") { Text("Thời gian nhận") }; Tag("dd") { Text(model.row.period) }
                Tag("dt") { Text("Tình trạng") }; Tag("dd", [("id", "round-phase")]) { Text(model.row.phase) }
                Tag("dt") { Text("Địa bàn") }; Tag("dd") { Text(model.row.coverage) }
                Tag("dt") { Text("Bộ tiêu chí") }; Tag("dd") { Text(model.row.criteriaSet) }
            }
            H2("Gia hạn cho chủ thể")
            if model.extensions.isEmpty {
                Paragraph("Chưa có chủ thể nào được gia hạn.").class("muted")
            } else {
                List(model.extensions) { item in
                    Text("\(item.producer): đến hết ngày \(item.day) — \(item.reason) (\(item.grantedBy))")
                }.id("extensions")
            }
            if !model.producerChoices.isEmpty {
                if !model.extensionErrors.isEmpty {
                    Div { List(model.extensionErrors) { Text($0) } }.class("error-summary").attribute(named: "role", value: "alert")
                }
                Form(url: SiteURL.roundAction(id: model.row.id, action: "gia-han").path, method: .post) {
                    CSRFField(token: context.csrfToken)
                    SelectField(label: "Chủ thể", name: "producer", options: model.producerChoices, selected: model.form.producer)
                    FormField(label: "Gia hạn đến hết ngày", name: "day", value: model.form.day, type: .date, isRequired: true)
                    TextAreaField(label: "Lý do (ghi vào hồ sơ)", name: "reason", value: model.form.reason)
                    Button { Text("Gia hạn") }.attribute(named: "type", value: "submit")
                }.class("narrow-form").id("extension-form")
            }
        }
    }
}
