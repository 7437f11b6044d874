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
                Paragraph(model.placeAndDate).class("place-date").id("certificate-place-date")
                Div {
                    Div {}
                    Div {
                        for line in model.signingLines { Paragraph(line).class("agency") }
                        Paragraph(model.signer).class("name")
                    }.class("sign").id("certificate-sign")
                }.class("signature")
            }
        }
    }

    static func verification(_ context: PageContext, _ model: VerificationModel) -> HTML {
        Layout.page(context) {
            if !model.found {
                Paragraph("Không tìm thấy giấy chứng nhận số «\(model.number)» với mã tra cứu này. Vui lòng quét lại mã QR trên giấy chứng nhận.")
                    .class("bad").id("verify-status")
            } else {
                verified(model)
            }
        }
    }

    /// Tra cứu theo số: the form, and under it what was found for the number typed.
    static func lookup(_ context: PageContext, typed: String, result: VerificationModel?) -> HTML {
        Layout.page(context) {
            CertificateLookupForm(typed: typed)
            if let result {
                if result.found {
                    verified(result)
                } else {
                    Paragraph("Không có giấy chứng nhận OCOP nào mang số «\(result.number)». Vui lòng kiểm tra lại số in trên giấy chứng nhận (ví dụ OCOP-31-2026-0001).")
                        .class("bad").id("verify-status")
                }
            }
        }
    }

    private static func verified(_ model: VerificationModel) -> Component {
        Div {
            if let status = model.status {
                Paragraph("Giấy chứng nhận số \(model.number) \(status.title).").class(status == .valid ? "ok lead" : "bad lead").id("verify-status")
                Tag("dl", [("class", "facts"), ("id", "verify-facts")]) {
                    Tag("dt") { Text("Sản phẩm") }; Tag("dd") { Text(model.product) }
                    Tag("dt") { Text("Chủ thể") }; Tag("dd") { Text(model.producer) }
                    Tag("dt") { Text("Hạng") }; Tag("dd") { Text(model.star) }
                    Tag("dt") { Text("Quyết định") }; Tag("dd") { Text(model.decision) }
                    Tag("dt") { Text("Hiệu lực") }; Tag("dd") { Text(model.validity) }
                    if let revocation = model.revocation {
                        Tag("dt") { Text("Thu hồi") }; Tag("dd", [("id", "verify-revocation")]) { Text(revocation) }
                    }
                }
                Paragraph(model.mayUseMark
                    ? "Sản phẩm được sử dụng dấu «Sản phẩm OCOP Việt Nam» hôm nay."
                    : "Sản phẩm không được sử dụng dấu «Sản phẩm OCOP Việt Nam»: giấy chứng nhận \(status.title).")
                    .class(model.mayUseMark ? "ok" : "bad").id("mark-status")
                markBadge(model)
            }
        }
    }
}

/// The live badge and the line a shop pastes into its web page to show it.
private func markBadge(_ model: VerificationModel) -> Component {
    Div {
        Image(url: SiteURL.markBadge(number: model.number).path, description: "Dấu OCOP của giấy chứng nhận \(model.number)")
        Paragraph("Gắn huy hiệu này vào trang bán hàng (luôn cho biết tình trạng hiện tại):").class("hint")
        Tag("pre") { Tag("code") { Text(#"<img src="\#(model.badgeURL)" alt="Sản phẩm OCOP \#(model.number)">"#) } }
    }.class("mark-badge").id("mark-badge")
}

/// The number field of the certificate lookup, on the home page and on the lookup page.
struct CertificateLookupForm: Component {
    var typed = ""

    var body: Component {
        Form(url: SiteURL.certificateLookup.path, method: .get) {
            Div {
                FormField(label: "Số giấy chứng nhận", name: "so", value: typed, type: .search, hint: "Ví dụ: OCOP-31-2026-0001")
                Button { Text("Tra cứu") }.attribute(named: "type", value: "submit")
            }.class("search-row")
        }.attribute(named: "role", value: "search").attribute(named: "aria-label", value: "Tra cứu giấy chứng nhận").id("certificate-lookup")
    }
}
