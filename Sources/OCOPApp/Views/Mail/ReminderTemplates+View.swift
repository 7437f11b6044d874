import OCOPCore
import Plot

/// Mẫu thư nhắc hạn: the four reminders' subjects, and the editor of one with the facts it may name.
enum ReminderTemplatesView {
    struct Row {
        let step: CertificateReminder
        let subject: String
        let edited: Bool
    }

    static func list(_ context: PageContext, _ rows: [ReminderTemplatesView.Row]) -> HTML {
        Layout.page(context) {
            Paragraph("Thư nhắc được gửi cho đại diện chủ thể, cán bộ xã và cán bộ tỉnh vào bốn thời điểm của giấy chứng nhận, trong ứng dụng và qua thư điện tử.")
            Div {
                Table(header: TableRow { TableHeaderCell("Thời điểm"); TableHeaderCell("Tiêu đề thư"); TableHeaderCell("Mẫu"); TableHeaderCell("Thao tác") }) {
                    for row in rows {
                        TableRow {
                            TableCell(row.step.title)
                            TableCell(row.subject)
                            TableCell(row.edited ? "Đã sửa" : "Mặc định")
                            TableCell { Link("Sửa", url: SiteURL.reminderTemplate(step: row.step.rawValue).path).id("edit-\(row.step.rawValue)") }
                        }
                    }
                }.class("data-table").id("template-list")
            }.class("table-wrap")
        }
    }

    static func edit(_ context: PageContext, step: CertificateReminder, template: ReminderTemplates.Template, errors: [String: String]) -> HTML {
        Layout.page(context) {
            ErrorList(title: "Chưa lưu được mẫu thư", messages: Array(errors.values).sorted(), id: "template-errors")
            Form(url: SiteURL.reminderTemplate(step: step.rawValue).path, method: .post) {
                CSRFField(token: context.csrfToken)
                FormField(label: "Tiêu đề thư", name: "subject", value: template.subject, error: errors["subject"], isRequired: true)
                TextAreaField(label: "Nội dung thư", name: "body", value: template.body, hint: "Viết {tên} để chèn thông tin của giấy chứng nhận, xem bảng bên dưới.",
                              error: errors["body"], rows: 14)
                Button { Text("Lưu mẫu thư") }.attribute(named: "type", value: "submit").class("primary")
            }.id("template-form")
            Form(url: SiteURL.reminderTemplateReset(step: step.rawValue).path, method: .post) {
                CSRFField(token: context.csrfToken)
                Button { Text("Dùng mẫu mặc định") }.attribute(named: "type", value: "submit")
            }.id("template-reset")
            H2("Thông tin chèn được")
            Div {
                Table(header: TableRow { TableHeaderCell("Viết"); TableHeaderCell("Được thay bằng") }) {
                    for item in ReminderTemplates.placeholders {
                        TableRow { TableCell { Tag("code") { Text("{\(item.key)}") } }; TableCell(item.meaning) }
                    }
                }.class("data-table").id("placeholder-list")
            }.class("table-wrap")
        }
    }
}

