import Plot
import OCOPCore

/// Mẫu số 03 printed as the form: the commune's masthead and the national motto, "BÁO CÁO", parts
/// I and II, the proposal sentence and "T.M ỦY BAN NHÂN DÂN". A4 through the shared print styles
/// of `.official` and the few of `.mau03`.
enum Mau03View {
    static func render(_ context: PageContext, _ model: Mau03Model) -> HTML {
        Layout.page(context) {
            PrintBar(backLabel: "← Về hồ sơ", backURL: SiteURL.dossier(id: model.dossierID).path)
            OfficialDocument(
                parentAgency: "ỦY BAN NHÂN DÂN",
                agency: UnitNames.inSentence(model.communeName).uppercased(),
                number: model.numberLine,
                placeAndDate: "\(UnitNames.shortName(model.communeName)), \(OfficialDocument.longDate(model.assessedOn))",
                title: "BÁO CÁO",
                subject: "Đánh giá một số nội dung của hồ sơ đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP",
                signerTitle: ["T.M ỦY BAN NHÂN DÂN \(UnitNames.inSentence(model.communeName).uppercased())", "(Ký tên và đóng dấu)"],
                signerName: "",
                recipients: [],
                content: Div {
                    H2("I. THÔNG TIN CHUNG VỀ HỒ SƠ SẢN PHẨM")
                    Tag("ol", [("class", "mau03-facts"), ("id", "mau03-facts")]) {
                        fact("Tên chủ thể", model.producerName)
                        fact("Loại hình tổ chức", model.legalForm)
                        fact("Địa chỉ", model.address)
                        ListItem {
                            Text("Tên người đại diện pháp luật:")
                            List {
                                ListItem { Text("Họ tên: "); Span(model.representative).id("mau03-representative") }
                                ListItem { Text("Giới tính: \(model.gender); Dân tộc: \(model.ethnicity)") }
                                ListItem { Text("Địa chỉ thường trú: ……………………………………………") }
                            }
                        }
                        fact("Sản phẩm đăng ký đánh giá", "\(model.productName) (\(model.productSet))")
                    }
                    H2("II. ĐÁNH GIÁ MỘT SỐ NỘI DUNG CỦA HỒ SƠ SẢN PHẨM")
                    Table(header: TableRow {
                        TableHeaderCell("TT"); TableHeaderCell("Nội dung đánh giá"); TableHeaderCell("Kết luận của UBND xã")
                        TableHeaderCell("Nhận xét, đánh giá của UBND xã")
                    }) {
                        for (index, point) in model.assessments.enumerated() {
                            TableRow {
                                TableCell(String(index + 1))
                                TableCell {
                                    Paragraph(point.heading).class("point")
                                    Paragraph("(\(point.guidance))").class("guidance")
                                }
                                TableCell(point.verdict).class("verdict")
                                TableCell(point.remark.isEmpty ? "Không có nhận xét." : point.remark).class("remark")
                            }.id("mau03-\(point.criterion.rawValue)")
                        }
                    }.class("verdicts mau03-table").id("mau03-assessments")
                    if let proposal = model.proposal {
                        Paragraph(proposal).id("mau03-proposal")
                    } else {
                        Div {
                            Paragraph("Ủy ban nhân dân \(UnitNames.inSentence(model.communeName)) chưa đề nghị đánh giá, phân hạng sản phẩm này:")
                            List(model.notProposed) { Text($0) }
                        }.class("requests screen-only").id("mau03-not-proposed")
                    }
                }
            )
        }
    }

    private static func fact(_ label: String, _ value: String) -> Component {
        ListItem { Text("\(label): "); Span(value.isEmpty ? "……………………" : value) }
    }
}
