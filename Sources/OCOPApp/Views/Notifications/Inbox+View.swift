import Plot
import OCOPCore

/// Hộp thông báo: one page of the person's messages.
struct InboxModel {
    struct Row {
        let id: String
        let text: String
        let at: String
        let unread: Bool
    }

    let rows: [Row]
    let page: Int
    let pageCount: Int
    let unread: Int
}

enum InboxView {
    static func render(_ context: PageContext, _ model: InboxModel) -> HTML {
        Layout.page(context) {
            if model.rows.isEmpty {
                Paragraph("Bạn chưa có thông báo nào.").class("muted").id("inbox-empty")
            } else {
                if model.unread > 0 {
                    Form(url: SiteURL.notificationRead(id: nil).path, method: .post) {
                        CSRFField(token: context.csrfToken)
                        Button { Text("Đánh dấu tất cả là đã đọc") }.attribute(named: "type", value: "submit")
                    }.id("read-all")
                }
                Tag("ul", [("class", "timeline"), ("id", "inbox")]) {
                    for row in model.rows {
                        ListItem {
                            Paragraph(row.at + (row.unread ? " · chưa đọc" : "")).class("when")
                            Tag("pre", [("class", "advice")]) { Text(row.text) }
                            Form(url: SiteURL.notificationRead(id: row.id).path, method: .post) {
                                CSRFField(token: context.csrfToken)
                                Button { Text("Mở hồ sơ") }.attribute(named: "type", value: "submit")
                            }.class("inline-form")
                        }.class(row.unread ? "unread" : "read")
                    }
                }
                Pager(page: model.page, pageCount: model.pageCount, baseQuery: "")
            }
        }
    }
}
