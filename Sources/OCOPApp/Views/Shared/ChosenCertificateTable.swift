import Plot

/// The certificates a step on many chose, or found by a search with a box each to choose them
/// (`pick` names the boxes): the revocation form and the complaint form share it.
struct ChosenCertificateTable: Component {
    let rows: [ChosenCertificate]
    let id: String
    let pick: String?

    var body: Component {
        Div {
            Table(header: TableRow {
                if pick != nil { TableHeaderCell("Chọn") }
                TableHeaderCell("Sản phẩm"); TableHeaderCell("Chủ thể"); TableHeaderCell("Xã, phường"); TableHeaderCell("Hạng")
                TableHeaderCell("Quyết định công nhận"); TableHeaderCell("Hiệu lực đến hết ngày"); TableHeaderCell("Tình trạng")
            }) {
                for row in rows {
                    TableRow {
                        if let pick {
                            TableCell {
                                RowPickBox(name: pick, value: row.id, id: "pick-\(row.id)", label: "Chọn \(row.product)")
                            }
                        }
                        TableCell(row.product); TableCell(row.producer); TableCell(row.commune); TableCell("\(row.star.rawValue) sao")
                        TableCell(row.decision); TableCell(row.lastValidDay.vietnamese); TableCell(row.state.title)
                    }.id("\(id)-\(row.id)")
                }
            }.class("data-table").id(id)
        }.class("table-wrap")
    }
}
