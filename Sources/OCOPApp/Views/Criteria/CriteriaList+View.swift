import Plot

enum CriteriaListView {
    static func render(_ context: PageContext, _ model: CriteriaListModel) -> HTML {
        Layout.page(context) {
            Paragraph("Mỗi bộ tiêu chí có phiên bản; phiên bản đã ban hành không bao giờ thay đổi, mỗi điểm số ghi nhận đúng phiên bản đã dùng. Phiếu của bộ sản phẩm có lỗi không được dùng để chấm.")
            if model.canImport {
                Paragraph { Link("Nhập bộ tiêu chí từ tệp (JSON hoặc Excel)", url: SiteURL.criteriaImport.path).class("button primary") }
            }
            Div {
                Table(header: TableRow {
                    TableHeaderCell("Bộ tiêu chí"); TableHeaderCell("Phiên bản"); TableHeaderCell("Phạm vi")
                    TableHeaderCell("Trạng thái"); TableHeaderCell("Bộ sản phẩm"); TableHeaderCell("Lỗi")
                }) {
                    for row in model.rows {
                        TableRow {
                            TableCell { Link(row.name, url: SiteURL.criteriaSet(id: row.id).path); Tag("br"); Tag("small") { Text(row.code) } }
                            TableCell(String(row.version))
                            TableCell(row.scope)
                            TableCell(row.status)
                            TableCell(String(row.productSets))
                            TableCell(row.defects == 0 ? "Không" : "\(row.defects) lỗi")
                        }
                    }
                }.class("data-table").id("criteria-list")
            }.class("table-wrap")
        }
    }
}
