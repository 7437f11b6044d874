import Plot
import OCOPCore

/// Hộp thông báo: one page of the person's messages.
struct InboxModel {
    struct Row {
        let id: String
        let text: String
        let at: String
        let unread: Bool
        /// Names what the button opens: "Mở phiếu chấm", "Mở phiên họp", "Mở hồ sơ"…
        let button: String
    }

    /// The button's label from the page the message links to, so that it names what it opens (a
    /// meeting's notice said "Mở hồ sơ"). The most specific paths first.
    static func buttonLabel(for link: String) -> String {
        let path = link.split(separator: "?").first.map(String.init) ?? link
        let rules: [(matches: (String) -> Bool, label: String)] = [
            ({ $0.contains("/cham/") }, "Mở phiếu chấm"),
            ({ $0.hasSuffix("/" + MeetingPage.board.rawValue) }, "Xem bảng điểm"),
            ({ $0.hasSuffix("/" + MeetingPage.results.rawValue) }, "Mở kết quả"),
            ({ $0.hasPrefix("/phien-hop/") }, "Mở phiên họp"),
            ({ $0.hasPrefix("/ho-so/") }, "Mở hồ sơ"),
            ({ $0.hasPrefix("/hoi-dong/") }, "Mở hội đồng"),
            ({ $0.hasPrefix("/quyet-dinh/") }, "Mở quyết định"),
            ({ $0.hasPrefix("/cong-van/") }, "Mở công văn"),
            ({ $0.hasPrefix("/chu-the/") }, "Mở chủ thể"),
            ({ $0.hasPrefix("/san-pham/") }, "Mở sản phẩm"),
        ]
        return rules.first { $0.matches(path) }?.label ?? "Mở"
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
                                Button { Text(row.button) }.attribute(named: "type", value: "submit").class("open-notice")
                            }.class("inline-form")
                        }.class(row.unread ? "unread" : "read")
                    }
                }
                Pager(page: model.page, pageCount: model.pageCount, baseQuery: "")
            }
        }
    }
}
