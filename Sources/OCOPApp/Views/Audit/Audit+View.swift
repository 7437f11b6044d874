import Plot
import OCOPCore

enum AuditView {
    static func render(_ context: PageContext, _ model: AuditModel) -> HTML {
        Layout.page(context) {
            Form(url: SiteURL.audit.path, method: .get) {
                Div {
                    FormField(label: "Đối tượng (mã hoặc tên)", name: "ban-ghi", value: model.record, type: .search)
                    FormField(label: "Người thực hiện (tên đăng nhập)", name: "nguoi", value: model.actor, type: .search)
                    Button { Text("Lọc") }.attribute(named: "type", value: "submit").class("primary")
                }.class("search-row")
            }.attribute(named: "role", value: "search")
            Paragraph("\(VietnameseFormat.integer(model.total)) mục trong phạm vi của bạn.").id("audit-count")
            AuditTable(rows: model.rows, showDetails: true)
            Pager(page: model.page, pageCount: model.pageCount, baseQuery: "ban-ghi=\(model.record)&nguoi=\(model.actor)")
        }
    }
}
