import Plot
import OCOPCore

/// Mẫu số 01 printed as the form: the national motto, "PHIẾU ĐĂNG KÝ", items 1–5 numbered as the
/// form numbers them, the pledge, the representative's signature, the footnote, then "PHẦN DÀNH
/// CHO CƠ QUAN QUẢN LÝ" with the commune's and the province's boxes. A4 through `.official` and `.mau01`.
enum Mau01View {
    static let dots = "……………………………………"

    static func render(_ context: PageContext, _ model: Mau01Model) -> HTML {
        Layout.page(context) {
            PrintBar(backLabel: "← Về hồ sơ", backURL: SiteURL.dossier(id: model.dossierID).path)
            Tag("article", [("class", "official mau01"), ("id", "mau01")]) {
                Div {
                    Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").class("motto")
                    Paragraph("Độc lập - Tự do - Hạnh phúc").class("motto-sub")
                }.class("motto-only")
                Paragraph("PHIẾU ĐĂNG KÝ").class("doc-title")
                Paragraph("Tham gia đánh giá, phân hạng sản phẩm OCOP của \(UnitNames.inSentence(model.provinceName)) năm \(model.year)")
                    .class("doc-subject").id("mau01-subject")
                Paragraph("1. Thông tin về đơn vị đăng ký:").class("item")
                Tag("ul", [("class", "mau01-facts"), ("id", "mau01-producer")]) {
                    line("Tên đơn vị", model.producerName + (model.legalFormAndTaxCode.isEmpty ? "" : " (\(model.legalFormAndTaxCode))"), id: "mau01-name")
                    line("Họ tên người đại diện pháp lý", model.representative + " (\(model.representativeFacts))", id: "mau01-representative")
                    line("Chức vụ", model.representativePosition, id: "mau01-position")
                    line("Địa chỉ liên hệ", model.address, id: "mau01-address")
                    ListItem {
                        Text("Điện thoại: "); Span(model.phone ?? dots).id("mau01-phone")
                        Text("   Email: "); Span(model.email ?? dots).id("mau01-email")
                    }
                }
                Paragraph { Text("2. Tên sản phẩm: "); Span(model.productName).id("mau01-product") }.class("item")
                Paragraph { Text("3. Nhóm sản phẩm đăng ký (Ngành, Nhóm, Phân nhóm"); Tag("sup") { Text("1") }; Text("):") }.class("item")
                if model.classification.isEmpty {
                    Paragraph(dots + dots).id("mau01-classification")
                } else {
                    Tag("ul", [("class", "mau01-facts"), ("id", "mau01-classification")]) {
                        for level in model.classification { ListItem(level) }
                    }
                }
                Paragraph {
                    Text("4. Lần đăng ký đánh giá: ")
                    for option in Mau01Model.kinds {
                        Span("\(option.label) \(option.kind == model.kind ? "☑" : "☐")")
                            .class(option.kind == model.kind ? "box ticked" : "box").id("mau01-kind-\(option.kind.rawValue)")
                        Text(" ")
                    }
                }.class("item").id("mau01-kind")
                Paragraph("5. Tài liệu kèm theo:").class("item")
                Tag("ul", [("class", "mau01-facts")]) {
                    ListItem("Báo cáo đánh giá về sản phẩm theo Bộ tiêu chí (bản gốc, bản điện tử).")
                    ListItem { Text("Sản phẩm mẫu (số lượng): "); Span(model.samples).id("mau01-samples") }
                }
                Paragraph("Cam đoan những thông tin trong Phiếu đăng ký là đúng sự thật, chúng tôi xin cam kết tuân thủ các quy định về đánh giá, phân hạng sản phẩm OCOP, chịu trách nhiệm trước Hội đồng và pháp luật về Hồ sơ đăng ký đánh giá, phân hạng sản phẩm.")
                    .class("pledge")
                Div {
                    Div {}
                    Div {
                        Paragraph(model.signedOn.map { "\(model.place), \(OfficialDocument.longDate($0))" }
                                  ?? "........, ngày........tháng........năm......").class("place-date").id("mau01-date")
                        Paragraph("ĐẠI DIỆN").class("agency")
                        Paragraph("(Ký, đóng dấu, ghi rõ họ tên)")
                        Paragraph(model.representative).class("name")
                    }.class("sign")
                }.class("signature")
                Paragraph("1 Theo Phụ lục I về Danh mục phân loại sản phẩm tham gia đánh giá, phân hạng sản phẩm OCOP.").class("footnote")
                Div {
                    Paragraph("PHẦN DÀNH CHO CƠ QUAN QUẢN LÝ").class("doc-title")
                    for receipt in model.receipts { box(receipt) }
                }.class("mau01-office").id("mau01-office")
            }
        }
    }

    /// A receipt box: the number, day and officer once received, the form's dotted lines before.
    private static func box(_ receipt: Mau01Model.Receipt) -> Component {
        Div {
            Paragraph(receipt.desk.boxTitle).class("agency")
            Paragraph { Text("Phiếu số: "); Span(receipt.number ?? "……-……. /PĐK- (Mã tỉnh) - (Mã xã) - (Năm)").id("receipt-\(receipt.desk.rawValue)") }
            Paragraph { Text("Ngày nhận: "); Span(receipt.receivedOn?.vietnamese ?? dots) }
            Paragraph { Text("Người tiếp nhận: "); Span(receipt.receivedBy ?? dots); Text("   Chữ ký: ……………………") }
            Div {
                Paragraph("Cơ quan tiếp nhận").class("agency")
                Paragraph("(Ký, đóng dấu và ghi rõ họ tên)")
            }.class("sign")
        }.class("receipt-box").id("receipt-box-\(receipt.desk.rawValue)")
    }

    private static func line(_ label: String, _ value: String?, id: String) -> Component {
        let text = value.map(DossierText.trimmed) ?? ""
        return ListItem { Text("- \(label): "); Span(text.isEmpty ? dots : text).id(id) }
    }
}
