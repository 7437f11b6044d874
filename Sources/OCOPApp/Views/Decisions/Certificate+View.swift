import Plot
import OCOPCore

/// The certificate on A4 with its QR code, and the public page the code opens.
enum CertificateView {
    static func certificate(_ context: PageContext, _ model: CertificateModel) -> HTML {
        Layout.page(context) {
            PrintBar(backLabel: "← Quay lại", backURL: SiteURL.dossiers.path)
            Tag("article", [("class", "official certificate"), ("id", "certificate")]) {
                Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").class("motto")
                Paragraph("Độc lập - Tự do - Hạnh phúc").class("motto-sub")
                Paragraph(model.issuer.uppercased()).class("agency")
                Paragraph("GIẤY CHỨNG NHẬN").class("doc-title")
                Paragraph("SẢN PHẨM OCOP \(String(repeating: "★", count: model.star.rawValue))").class("doc-title").id("certificate-star")
                Tag("dl", [("class", "facts")]) {
                    Tag("dt") { Text("Số") }; Tag("dd", [("id", "certificate-number")]) { Text(model.number) }
                    Tag("dt") { Text("Sản phẩm") }; Tag("dd") { Text(model.product) }
                    Tag("dt") { Text("Chủ thể") }; Tag("dd") { Text(model.producer) }
                    Tag("dt") { Text("Địa chỉ") }; Tag("dd") { Text(model.address) }
                    Tag("dt") { Text("Hạng") }; Tag("dd") { Text("\(model.star) (\(model.star.rawValue) sao)") }
                    Tag("dt") { Text("Quyết định") }; Tag("dd") { Text("Số \(model.decisionNumber) ngày \(model.decisionDay.vietnamese)") }
                    Tag("dt") { Text("Có giá trị đến") }; Tag("dd") { Text("hết ngày \(model.expiryDay.adding(days: -1).vietnamese) (36 tháng)") }
                }
                Div {
                    Div { Node<HTML.BodyContext>.raw(model.qrSVG) }.class("qr").id("certificate-qr")
                    Paragraph("Quét mã để tra cứu: \(model.verifyURL)").class("hint")
                }
                Div {
                    Div {}
                    Div {
                        Paragraph("TM. ỦY BAN NHÂN DÂN").class("agency")
                        Paragraph(model.signer).class("name")
                    }.class("sign")
                }.class("signature")
            }
        }
    }

    static func verification(_ context: PageContext, _ model: VerificationModel) -> HTML {
        Layout.page(context) {
            if !model.found {
                Paragraph("Không tìm thấy giấy chứng nhận số «\(model.number)» với mã tra cứu này. Vui lòng quét lại mã QR trên giấy chứng nhận.")
                    .class("bad").id("verify-status")
            } else if let status = model.status {
                Paragraph("Giấy chứng nhận số \(model.number) \(status.title).").class(status == .valid ? "ok lead" : "bad lead").id("verify-status")
                Tag("dl", [("class", "facts"), ("id", "verify-facts")]) {
                    Tag("dt") { Text("Sản phẩm") }; Tag("dd") { Text(model.product) }
                    Tag("dt") { Text("Chủ thể") }; Tag("dd") { Text(model.producer) }
                    Tag("dt") { Text("Hạng") }; Tag("dd") { Text(model.star) }
                    Tag("dt") { Text("Quyết định") }; Tag("dd") { Text(model.decision) }
                    Tag("dt") { Text("Hiệu lực") }; Tag("dd") { Text(model.validity) }
                }
            }
        }
    }
}
