import Plot
import OCOPCore

/// Lịch làm việc of a year: the holidays the law gives, the compensatory days, and the days the
/// government moves, which the administrator keys in.
struct WorkingCalendarModel {
    struct Adjustment {
        let id: String
        let day: String
        let kind: String
        let note: String
    }

    let year: Int
    let days: [(day: String, weekday: String, name: String)]
    let adjustments: [Adjustment]
    let mayEdit: Bool
    var form = (day: "", kind: CalendarAdjustment.Kind.dayOff.rawValue, note: "")
    var errors: [String: String] = [:]
}

enum WorkingCalendarView {
    static func render(_ context: PageContext, _ model: WorkingCalendarModel) -> HTML {
        Layout.page(context) {
            Paragraph {
                Link("« \(model.year - 1)", url: "\(SiteURL.workingCalendar.path)?nam=\(model.year - 1)")
                Text(" · Năm \(model.year) · ")
                Link("\(model.year + 1) »", url: "\(SiteURL.workingCalendar.path)?nam=\(model.year + 1)")
            }.class("pager")
            H2("Ngày nghỉ lễ, Tết và nghỉ bù")
            Div {
                Table(header: TableRow { TableHeaderCell("Ngày"); TableHeaderCell("Thứ"); TableHeaderCell("Lý do") }) {
                    for day in model.days { TableRow { TableCell(day.day); TableCell(day.weekday); TableCell(day.name) } }
                }.class("data-table").id("holidays")
            }.class("table-wrap")
            H2("Điều chỉnh theo thông báo của Chính phủ")
            if model.adjustments.isEmpty {
                Paragraph("Chưa có điều chỉnh nào cho năm \(model.year).").class("muted")
            } else {
                Div {
                    Table(header: TableRow { TableHeaderCell("Ngày"); TableHeaderCell("Loại"); TableHeaderCell("Căn cứ"); if model.mayEdit { TableHeaderCell("") } }) {
                        for adjustment in model.adjustments {
                            TableRow {
                                TableCell(adjustment.day); TableCell(adjustment.kind); TableCell(adjustment.note)
                                if model.mayEdit {
                                    TableCell {
                                        Form(url: SiteURL.removeCalendarAdjustment(id: adjustment.id).path, method: .post) {
                                            CSRFField(token: context.csrfToken)
                                            Button { Text("Xóa") }.attribute(named: "type", value: "submit")
                                        }.class("inline-form")
                                    }
                                }
                            }
                        }
                    }.class("data-table").id("adjustments")
                }.class("table-wrap")
            }
            if model.mayEdit {
                ErrorSummary(errors: model.errors)
                Form(url: SiteURL.workingCalendar.path, method: .post) {
                    CSRFField(token: context.csrfToken)
                    FormField(label: "Ngày", name: "day", value: model.form.day, type: .date, error: model.errors["day"], isRequired: true)
                    SelectField(label: "Loại", name: "kind", options: [(CalendarAdjustment.Kind.dayOff.rawValue, "Ngày nghỉ thêm (hoán đổi)"),
                                                                     (CalendarAdjustment.Kind.makeUpWorkingDay.rawValue, "Ngày làm bù")],
                                selected: model.form.kind)
                    FormField(label: "Căn cứ", name: "note", value: model.form.note, error: model.errors["note"],
                              hint: "Ví dụ: Thông báo số …/TB-BNV về lịch nghỉ Tết Nguyên đán", isRequired: true)
                    Button { Text("Thêm điều chỉnh") }.attribute(named: "type", value: "submit").class("primary")
                }.class("narrow-form").id("adjustment-form")
            }
        }
    }
}
