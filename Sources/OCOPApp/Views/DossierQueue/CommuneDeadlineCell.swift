import Plot

/// The queue's "Hạn xử lý của xã" cell. Overdue and near limits are flagged by words first
/// ("Quá hạn …", with a warning sign read out as "Cảnh báo") and by colour second, so the flag
/// survives a black-and-white print and a screen reader.
struct CommuneDeadlineCell: Component {
    let deadline: DossierQueueModel.Deadline?

    var body: Component {
        guard let deadline else { return TableCell("—").class("deadline") }
        let flag = deadline.isOverdue ? "deadline deadline-overdue" : deadline.isUrgent ? "deadline deadline-urgent" : "deadline"
        return TableCell {
            if deadline.isUrgent {
                Span("⚠").attribute(named: "role", value: "img").attribute(named: "aria-label", value: "Cảnh báo")
                Text(" ")
            }
            if deadline.isOverdue { Tag("strong") { Text(deadline.label) } } else { Text(deadline.label) }
        }.class(flag)
    }
}
