import Plot

/// The province's evaluation rounds and the form that opens one.
struct EvaluationRoundsModel {
    struct Row {
        let name: String
        let year: Int
        let province: String
        let received: Int
        let createdBy: String
        /// "30/04/2026" or "—" for a round without statutory dates.
        let proposalsBefore: String
        let concludesBefore: String
    }

    var name = ""
    var year: String
    var errors: [String: String] = [:]
    var rows: [Row] = []
    var mayCreate = false
    /// The statutory rounds' form: the year typed, and what was wrong with it.
    var statutoryYear = ""
    var statutoryError: String?
}

enum EvaluationRoundsView {
    static func render(_ context: PageContext, _ model: EvaluationRoundsModel) -> HTML {
        Layout.page(context) {
            if model.rows.isEmpty {
                Paragraph("Chưa có đợt đánh giá, phân hạng nào.").class("muted")
            } else {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Đợt đánh giá"); TableHeaderCell("Năm"); TableHeaderCell("Tỉnh/thành phố")
                        TableHeaderCell("Xã đề nghị trước ngày"); TableHeaderCell("Kết thúc trước ngày")
                        TableHeaderCell("Hồ sơ đã tiếp nhận"); TableHeaderCell("Người mở")
                    }) {
                        for row in model.rows {
                            TableRow {
                                TableCell(row.name); TableCell(String(row.year)); TableCell(row.province)
                                TableCell(row.proposalsBefore); TableCell(row.concludesBefore)
                                TableCell(String(row.received)); TableCell(row.createdBy)
                            }
                        }
                    }.class("data-table").id("evaluation-rounds")
                }.class("table-wrap")
            }
            if model.mayCreate {
                StatutoryRoundsForm.render(context, model)
                H2("Mở đợt đánh giá mới")
                ErrorSummary(errors: model.errors)
                Form(url: SiteURL.evaluationRounds.path, method: .post) {
                    CSRFField(token: context.csrfToken)
                    FormField(label: "Tên đợt đánh giá", name: "name", value: model.name, error: model.errors["name"],
                              hint: "Ví dụ: Đánh giá, phân hạng sản phẩm OCOP năm 2026 – đợt 1", isRequired: true)
                    FormField(label: "Năm", name: "year", value: model.year, type: .number, error: model.errors["year"], isRequired: true)
                    Button { Text("Mở đợt đánh giá") }.attribute(named: "type", value: "submit").class("primary")
                }.id("evaluation-round-form")
            }
        }
    }
}
