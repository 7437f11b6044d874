import Plot
import OCOPCore

/// Quyết định công nhận in the national format (Nghị định 30/2020): who decides, the legal bases,
/// the articles, the signing block ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), nơi nhận, and the list of
/// products as an appendix with its reference to the decision. A draft is the same document marked
/// "DỰ THẢO", with the form that issues it as shown.
enum DecisionView {
    static func render(_ context: PageContext, _ model: DecisionModel) -> HTML {
        let recognised = model.lines.filter(\.recognised)
        let date = OfficialDocument.longDate(model.signedOn)
        return Layout.page(context) {
            if let draft = model.draft {
                confirmation(context, model, draft, recognised: recognised.count)
            } else {
                PrintBar(backLabel: "← Danh sách hồ sơ", backURL: SiteURL.dossiers.path)
            }
            OfficialDocument(
                parentAgency: "", agency: model.agency, number: "Số: \(model.number)",
                placeAndDate: "\(model.place), \(date)", title: "QUYẾT ĐỊNH",
                subject: "Về việc công nhận kết quả đánh giá, phân hạng và cấp giấy chứng nhận sản phẩm OCOP",
                signerTitle: model.signingLines, signerName: model.signer,
                recipients: ["Như Điều 3;"] + (model.national ? [] : ["Bộ Nông nghiệp và Môi trường (để báo cáo);"]) + ["Lưu: VT."],
                content: Div {
                    Paragraph(model.decides).class("doc-title").id("decision-decides")
                    Div { for line in model.legalBases { Paragraph(line).class("basis") } }.id("legal-bases")
                    Paragraph("QUYẾT ĐỊNH:").class("doc-title")
                    Paragraph("Điều 1. Công nhận kết quả đánh giá, phân hạng và cấp giấy chứng nhận sản phẩm OCOP cho \(recognised.count) sản phẩm (Phụ lục kèm theo).")
                    Paragraph("Điều 2. Giấy chứng nhận có giá trị 36 tháng kể từ ngày ký Quyết định này. Chủ thể có sản phẩm được công nhận có trách nhiệm duy trì và nâng cao chất lượng sản phẩm, sử dụng biểu trưng OCOP đúng quy định và chịu sự kiểm tra, giám sát của cơ quan có thẩm quyền.")
                    Paragraph(model.national
                        ? "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Bộ, Vụ trưởng Vụ Kinh tế hợp tác và Phát triển nông thôn, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố có sản phẩm và các chủ thể có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này."
                        : "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các xã, phường có sản phẩm và các chủ thể có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này.")
                }.id("decision"))
            Tag("section", [("class", "official appendix"), ("id", "decision-appendix"), ("aria-labelledby", "appendix-title")]) {
                Paragraph("Phụ lục").class("doc-title").id("appendix-title")
                Paragraph("DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN ĐẠT SẢN PHẨM OCOP").class("doc-title")
                Paragraph("(Kèm theo Quyết định số \(model.number) \(date) của \(model.decidesShort))").class("doc-subject").id("appendix-reference")
                appendixTable(recognised, issued: model.draft == nil)
            }
        }
    }

    /// TT, product, producer, address, star, certificate: what the province publishes, no working notes.
    private static func appendixTable(_ lines: [ResultLine], issued: Bool) -> Component {
        Div {
            Table(header: TableRow {
                TableHeaderCell("TT"); TableHeaderCell("Tên sản phẩm"); TableHeaderCell("Chủ thể"); TableHeaderCell("Địa chỉ")
                TableHeaderCell("Hạng"); TableHeaderCell("Số giấy chứng nhận")
            }) {
                for (index, line) in lines.enumerated() {
                    TableRow {
                        TableCell(String(index + 1)); TableCell(line.product); TableCell(line.producer); TableCell(line.commune)
                        TableCell(line.star)
                        TableCell {
                            if let certificate = line.certificate {
                                if line.mayOpenDocuments {
                                    Link(certificate.number, url: SiteURL.certificate(id: certificate.id).path)
                                } else {
                                    Text(certificate.number)
                                }
                            } else {
                                Text(issued ? "" : "Cấp khi ban hành")
                            }
                        }
                    }
                }
            }.class("data-table").id("appendix-list")
        }.class("table-wrap")
    }

    /// Above a draft: what issuing will do, and the buttons to issue it or go back and change it.
    private static func confirmation(_ context: PageContext, _ model: DecisionModel, _ draft: DecisionDraft, recognised: Int) -> Component {
        Div {
            Paragraph("DỰ THẢO — chưa ban hành").class("draft-mark").id("draft-mark")
            H2("Kiểm tra trước khi ban hành")
            List {
                ListItem("Quyết định số \(draft.number) được ban hành với nội dung dưới đây; sau khi ban hành không sửa, không xóa được.")
                ListItem("\(recognised) sản phẩm được cấp giấy chứng nhận (có mã QR tra cứu), có giá trị 36 tháng kể từ ngày \(model.signedOn.vietnamese).")
                ListItem("Chủ thể và UBND xã của mọi hồ sơ trong phiên được báo kết quả; hồ sơ không đạt nhận thư thông báo kết quả.")
                ListItem("Phiếu chấm của phiên họp bị khóa: không thành viên nào chấm lại được.")
            }.id("decision-consequences")
            Form(url: SiteURL.meetingAction(id: model.meetingID, action: .decide).path, method: .post) {
                CSRFField(token: context.csrfToken)
                Input(type: .hidden, name: "number", value: draft.number)
                Input(type: .hidden, name: "signedOn", value: draft.signedOn)
                Input(type: .hidden, name: "signer", value: draft.signer)
                Input(type: .hidden, name: "signerPosition", value: draft.signerPosition)
                Input(type: .hidden, name: "proposer", value: draft.proposer)
                Button { Text("Ban hành quyết định và cấp giấy chứng nhận") }
                    .attribute(named: "type", value: "submit").attribute(named: "name", value: "step").attribute(named: "value", value: "issue")
                    .class("primary").id("issue-button")
                Text(" ")
                Button { Text("Sửa dự thảo") }
                    .attribute(named: "type", value: "submit").attribute(named: "name", value: "step").attribute(named: "value", value: "edit")
                    .id("edit-button")
            }.id("issue-form")
        }.class("screen-only confirm-panel")
    }
}
