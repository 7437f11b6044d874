import Plot
import OCOPCore

/// Phiếu in: the sheet on A4 with the heading of an administrative form and signature lines.
enum SheetView {
    static func render(_ context: PageContext, _ model: SheetModel) -> HTML {
        Layout.page(context) {
            Div {
                Paragraph("PHIẾU ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP").class("form-title")
                Paragraph("Bộ sản phẩm: \(model.productSet.name)").class("form-subtitle")
                Paragraph("\(model.set.name) (phiên bản \(model.set.version)) — \(model.set.legalBasis)").class("muted")
                Paragraph("Tên sản phẩm: ………………………………………  Chủ thể: ………………………………………").class("blank-line")
            }.class("sheet-heading")
            Paragraph {
                Link("Thử chấm trên màn hình", url: SiteURL.criteriaTry(id: model.recordID, productSet: model.productSet.code).path)
                Text(" · Dùng lệnh In của trình duyệt để in khổ A4.")
            }.class("screen-only")
            SheetTable(sheet: model.productSet.sheet, answers: model.answers, mode: .print)
            if let result = model.result {
                H2("Kết quả")
                Paragraph(result.partSummary)
                Paragraph(result.explanation).id("sheet-result")
            }
            Div {
                Div { Paragraph("Chủ thể (ký, ghi rõ họ tên)") }.class("signature")
                Div { Paragraph("Người đánh giá (ký, ghi rõ họ tên)") }.class("signature")
            }.class("signatures")
        }
    }
}
