import Plot

enum WorkspaceView {
    static func render(_ context: PageContext, _ model: WorkspaceModel) -> HTML {
        Layout.page(context) {
            if let parent = model.parentName { Paragraph("Thuộc \(parent)").class("scope-line") }
            H2("Cán bộ và tài khoản (\(model.people.count))")
            if model.people.isEmpty {
                Paragraph("Đơn vị chưa có tài khoản nào.").class("muted")
            } else {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Họ và tên"); TableHeaderCell("Tên đăng nhập"); TableHeaderCell("Vai trò"); TableHeaderCell("Trạng thái")
                    }) {
                        for person in model.people {
                            TableRow {
                                TableCell(person.fullName); TableCell(person.username); TableCell(person.role)
                                TableCell(person.isActive ? "Đang hoạt động" : "Đã khóa")
                            }
                        }
                    }.class("data-table").id("unit-people")
                }.class("table-wrap")
            }
            if !model.communes.isEmpty {
                H2("Xã, phường (\(model.communes.count))")
                Div {
                    Table(header: TableRow { TableHeaderCell("Mã"); TableHeaderCell("Tên"); TableHeaderCell("Cán bộ OCOP") }) {
                        for commune in model.communes {
                            TableRow {
                                TableCell(commune.code)
                                TableCell { Link(commune.name, url: SiteURL.communeWorkspace(code: commune.code).path) }
                                TableCell(String(commune.officers))
                            }
                        }
                    }.class("data-table")
                }.class("table-wrap")
            }
            H2("Hoạt động gần đây")
            AuditTable(rows: model.recentActivity, showDetails: false)
        }
    }
}
