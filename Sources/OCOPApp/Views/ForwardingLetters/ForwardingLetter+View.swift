import Plot
import OCOPCore

enum ForwardingLetterView {
    static func form(_ context: PageContext, _ model: ForwardingLetterFormModel) -> HTML {
        Layout.page(context) {
            ErrorSummary(errors: model.errors)
            ErrorList(title: "Chưa chuyển được hồ sơ lên tỉnh", messages: model.stepErrors, id: "step-errors",
                      reloadURL: model.isConflict ? SiteURL.dossierQueue(state: .communeAssessed).path : nil)
            Paragraph("Một văn bản đề nghị UBND tỉnh đánh giá, phân hạng các sản phẩm dưới đây (khoản 2 Điều 6 Quyết định 26/2026/QĐ-TTg). Khi lưu, các hồ sơ được chuyển lên tỉnh cùng báo cáo Mẫu số 03 và sản phẩm mẫu.").class("lead")
            Form(url: SiteURL.newForwardingLetter.path, method: .post) {
                CSRFField(token: context.csrfToken)
                Div {
                    Table(header: TableRow { TableHeaderCell("Sản phẩm"); TableHeaderCell("Chủ thể"); TableHeaderCell("Đánh giá của xã") }) {
                        for row in model.rows {
                            TableRow {
                                TableCell {
                                    Input(type: .hidden, name: "ho-so[]", value: row.pick)
                                    Text(row.productName)
                                }
                                TableCell(row.producerName); TableCell(row.assessment)
                            }
                        }
                    }.class("data-table").id("letter-dossiers")
                }.class("table-wrap")
                FormField(label: "Số công văn", name: "number", value: model.number, error: model.errors["number"],
                          hint: "Ví dụ: 125/UBND-KT", isRequired: true)
                FormField(label: "Ngày ký", name: "signedOn", value: model.signedOn, type: .date, error: model.errors["signedOn"], isRequired: true)
                FormField(label: "Người ký", name: "signer", value: model.signer, error: model.errors["signer"], isRequired: true)
                CheckboxField(label: "Phó Chủ tịch ký thay Chủ tịch (KT. CHỦ TỊCH)", name: "signerIsDeputy", isChecked: model.signerIsDeputy)
                Paragraph("Trước khi chuyển, công văn được hiện ra để kiểm tra.").class("hint")
                Button { Text("Xem trước công văn") }.attribute(named: "type", value: "submit")
                    .attribute(named: "name", value: "step").attribute(named: "value", value: "preview").class("primary")
            }.id("letter-form")
        }
    }

    static func letter(_ context: PageContext, _ model: ForwardingLetterModel) -> HTML {
        Layout.page(context) {
            if let draft = model.draft {
                confirmation(context, draft, count: model.rows.count, province: model.provinceName)
            } else {
                PrintBar(backLabel: "← Về danh sách hồ sơ", backURL: SiteURL.dossiers.path)
            }
            OfficialDocument(
                parentAgency: "UBND \(model.provinceName.uppercased())",
                agency: "ỦY BAN NHÂN DÂN \(model.communeName.uppercased())",
                number: "Số: \(model.number)",
                placeAndDate: "\(UnitNames.shortName(model.communeName)), \(OfficialDocument.longDate(model.signedOn))",
                title: "",
                subject: "V/v đề nghị đánh giá, phân hạng sản phẩm OCOP năm \(model.year)",
                signerTitle: model.signerTitle,
                signerName: model.signer,
                recipients: ["Như trên;", "Các chủ thể có tên tại danh sách;", "Lưu: VT."],
                content: Div {
                    Paragraph("Kính gửi: Ủy ban nhân dân \(UnitNames.inSentence(model.provinceName)).").class("doc-subject")
                    Paragraph("Căn cứ Quyết định số 26/2026/QĐ-TTg ngày 22/5/2026 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm mỗi xã một sản phẩm;")
                        .id("letter-basis")
                    Paragraph("Ủy ban nhân dân \(UnitNames.inSentence(model.communeName)) đã tiếp nhận hồ sơ sản phẩm, kiểm tra thành phần hồ sơ và đánh giá một số nội dung của hồ sơ theo khoản 2 Điều 7 Quyết định số 26/2026/QĐ-TTg. Ủy ban nhân dân \(UnitNames.inSentence(model.communeName)) đề nghị Ủy ban nhân dân \(UnitNames.inSentence(model.provinceName)) tổ chức đánh giá, phân hạng sản phẩm OCOP năm \(model.year) đối với \(model.rows.count) sản phẩm sau:")
                    Table(header: TableRow {
                        TableHeaderCell("TT"); TableHeaderCell("Tên sản phẩm"); TableHeaderCell("Bộ sản phẩm"); TableHeaderCell("Chủ thể")
                        TableHeaderCell("Loại hồ sơ"); TableHeaderCell("Tự đánh giá"); TableHeaderCell("Đánh giá của xã")
                        TableHeaderCell("Sản phẩm mẫu")
                    }) {
                        for (index, row) in model.rows.enumerated() {
                            TableRow {
                                TableCell(String(index + 1))
                                TableCell { Link(row.productName, url: SiteURL.dossier(id: row.dossierID).path) }
                                TableCell(row.productSet); TableCell(row.producerName); TableCell(row.kind)
                                TableCell(row.selfAssessment); TableCell(row.assessment); TableCell(row.samples)
                            }
                        }
                    }.class("verdicts").id("letter-rows")
                    Paragraph("Hồ sơ gửi kèm theo khoản 2 Điều 6 Quyết định số 26/2026/QĐ-TTg (01 bộ hồ sơ giấy và 01 bộ hồ sơ điện tử cho mỗi sản phẩm):")
                    List {
                        ListItem { Text("Báo cáo đánh giá một số nội dung của hồ sơ đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP theo Mẫu số 03;") }
                        ListItem { Text("Hồ sơ sản phẩm của chủ thể;") }
                        ListItem { Text("\(ProductSamples.countText) của mỗi sản phẩm (trừ nhóm sản phẩm Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch).") }
                    }.id("letter-enclosures")
                    Paragraph("Ủy ban nhân dân \(UnitNames.inSentence(model.communeName)) kính đề nghị Ủy ban nhân dân \(UnitNames.inSentence(model.provinceName)) xem xét, tổ chức đánh giá, phân hạng./.")
                }
            )
        }
    }

    /// Above a draft letter: what forwarding does, and the buttons to forward or change it.
    private static func confirmation(_ context: PageContext, _ draft: ForwardingLetterFormModel, count: Int, province: String) -> Component {
        Div {
            Paragraph("DỰ THẢO — chưa ký, chưa chuyển").class("draft-mark").id("draft-mark")
            H2("Kiểm tra trước khi chuyển tỉnh")
            List {
                ListItem("Công văn số \(draft.number) được lưu với nội dung dưới đây; số công văn không dùng lại được.")
                ListItem("\(count) hồ sơ được chuyển lên Ủy ban nhân dân \(UnitNames.inSentence(province)): xã không sửa được đánh giá của mình nữa, trừ khi tỉnh trả lại.")
                ListItem("Chủ thể và cán bộ tỉnh được báo.")
            }.id("forward-consequences")
            Form(url: SiteURL.newForwardingLetter.path, method: .post) {
                CSRFField(token: context.csrfToken)
                for row in draft.rows { Input(type: .hidden, name: "ho-so[]", value: row.pick) }
                Input(type: .hidden, name: "number", value: draft.number)
                Input(type: .hidden, name: "signedOn", value: draft.signedOn)
                Input(type: .hidden, name: "signer", value: draft.signer)
                if draft.signerIsDeputy { Input(type: .hidden, name: "signerIsDeputy", value: "on") }
                Button { Text("Ký công văn và chuyển tỉnh") }
                    .attribute(named: "type", value: "submit").attribute(named: "name", value: "step").attribute(named: "value", value: "forward")
                    .class("primary").id("forward-button")
                Text(" ")
                Button { Text("Sửa công văn") }
                    .attribute(named: "type", value: "submit").attribute(named: "name", value: "step").attribute(named: "value", value: "edit")
                    .id("edit-button")
            }.id("forward-form")
        }.class("screen-only confirm-panel")
    }
}
