import Foundation
import OCOPCore
import Plot

/// Nhật ký thư: the mail of the reader's units, newest first, with a filter by result.
struct MailLogModel {
    let rows: [MailMessageRecord]
    let status: MailStatus?
    let page: Int
    let pageCount: Int
    let total: Int
    let mayResend: Bool
    /// Whether an SMTP server is configured (else the page says why nothing leaves).
    let configured: Bool
}

enum MailLogView {
    static func render(_ context: PageContext, _ model: MailLogModel) -> HTML {
        Layout.page(context) {
            if !model.configured {
                Paragraph("Chưa cấu hình máy chủ thư (SMTP_HOST …): thư được giữ lại với tình trạng «chưa gửi» và sẽ được gửi khi có cấu hình.")
                    .class("notice").id("mail-not-configured")
            }
            if model.mayResend {
                Paragraph { Link("Sửa mẫu thư nhắc hạn giấy chứng nhận", url: SiteURL.reminderTemplates.path).id("templates-link") }
            }
            Form(url: SiteURL.mailLog.path, method: .get) {
                Div {
                    SelectField(label: "Tình trạng", name: "trang-thai",
                                options: [("", "Tất cả")] + MailStatus.allCases.map { ($0.rawValue, $0.title) }, selected: model.status?.rawValue ?? "")
                    Button { Text("Lọc") }.attribute(named: "type", value: "submit")
                }.class("search-row")
            }.attribute(named: "role", value: "search").attribute(named: "aria-label", value: "Lọc thư theo tình trạng")
            Paragraph { Span("\(VietnameseFormat.integer(model.total)) thư.").id("mail-count") }.class("result-line")
            if model.rows.isEmpty {
                Paragraph("Chưa có thư nào.").class("muted").id("mail-empty")
            } else {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Thời gian"); TableHeaderCell("Người nhận"); TableHeaderCell("Tiêu đề"); TableHeaderCell("Tình trạng")
                        TableHeaderCell("Số lần gửi")
                        if model.mayResend { TableHeaderCell("Thao tác") }
                    }) {
                        for row in model.rows {
                            TableRow {
                                TableCell(VietnameseFormat.dateTime(row.createdAt))
                                TableCell {
                                    Text(row.recipientName)
                                    if let address = row.toAddress { Tag("br"); Span(address).class("muted") }
                                }
                                TableCell(row.subject)
                                TableCell {
                                    Span(row.status.title).class("mail-\(row.status.rawValue)")
                                    if let sent = row.sentAt { Text(" lúc \(VietnameseFormat.dateTime(sent))") }
                                    if let error = row.lastError, row.status != .sent { Paragraph(error).class("error") }
                                }
                                TableCell(String(row.attempts))
                                if model.mayResend { TableCell { resendButton(context, row) } }
                            }.id("mail-\(row.id!.uuidString)")
                        }
                    }.class("data-table").id("mail-list")
                }.class("table-wrap")
                Pager(page: model.page, pageCount: model.pageCount, baseQuery: model.status.map { "trang-thai=\($0.rawValue)" } ?? "")
            }
        }
    }

    private static func resendButton(_ context: PageContext, _ row: MailMessageRecord) -> Component {
        guard [.failed, .uncertain, .notConfigured].contains(row.status), row.toAddress != nil else { return Text("") }
        return Form(url: SiteURL.mailResend(id: row.id!.uuidString).path, method: .post) {
            CSRFField(token: context.csrfToken)
            Button { Text("Gửi lại") }.attribute(named: "type", value: "submit")
        }.class("inline-form")
    }
}
