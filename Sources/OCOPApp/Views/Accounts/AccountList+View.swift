import Plot

enum AccountListView {
    static func render(_ context: PageContext, _ model: AccountListModel) -> HTML {
        Layout.page(context) {
            Paragraph { Link("+ Tạo tài khoản", url: SiteURL.newAccount.path).class("button primary").id("new-account") }
            Form(url: SiteURL.accounts.path, method: .get) {
                Div {
                    FormField(label: "Tìm theo tên hoặc tên đăng nhập", name: "q", value: model.query, type: .search)
                    Button { Text("Tìm") }.attribute(named: "type", value: "submit")
                }.class("search-row")
            }.attribute(named: "role", value: "search")
            Div {
                Table(header: TableRow {
                    TableHeaderCell("Họ và tên"); TableHeaderCell("Tên đăng nhập"); TableHeaderCell("Vai trò"); TableHeaderCell("Trạng thái")
                }) {
                    for row in model.rows {
                        TableRow {
                            TableCell { Link(row.fullName, url: SiteURL.account(id: row.id).path) }
                            TableCell(row.username)
                            TableCell(row.roles)
                            TableCell(row.isActive ? "Đang hoạt động" : "Đã khóa")
                        }
                    }
                }.class("data-table").id("account-list")
            }.class("table-wrap")
        }
    }
}
