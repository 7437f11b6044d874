import Plot
import OCOPCore

/// Thông báo kết quả đánh giá, phân hạng: the letter to a producer whose product was not recognised.
enum ResultLetterView {
    static func render(_ context: PageContext, _ model: ResultLetterModel) -> HTML {
        Layout.page(context) {
            PrintBar(backLabel: "← Về hồ sơ", backURL: SiteURL.dossier(id: model.dossierID).path)
            OfficialDocument(
                parentAgency: "", agency: "ỦY BAN NHÂN DÂN \(model.provinceName.uppercased())", number: OfficialDocument.unnumbered("TB-UBND"),
                placeAndDate: "\(UnitNames.shortName(model.provinceName)), \(OfficialDocument.longDate(model.day))", title: "THÔNG BÁO",
                subject: "Kết quả đánh giá, phân hạng sản phẩm «\(model.product)»", signerTitle: ["TL. CHỦ TỊCH"], signerName: "",
                recipients: ["\(model.producer);", "Lưu: VT."],
                content: Div {
                    Paragraph("Kính gửi: \(model.producer).")
                    Paragraph(model.explanation).id("letter-result")
                    if !model.remarks.isEmpty {
                        H2("Nhận xét của Hội đồng")
                        List(model.remarks) { Text($0) }.id("letter-remarks")
                    }
                    if !model.advice.isEmpty {
                        H2("Để đạt hạng cao hơn")
                        Tag("pre", [("class", "advice"), ("id", "letter-advice")]) { Text(model.advice) }
                    }
                    Paragraph("Chủ thể có thể hoàn thiện sản phẩm và đăng ký đánh giá lại ở các đợt tiếp theo.")
                })
        }
    }
}
