import Plot
import OCOPCore

/// The commune's and the province's step forms: return with reasons per document, assess the four
/// local criteria, return to the commune. Each carries the version it was opened with, and comes
/// back with everything typed when refused.
enum CommuneStageView {
    static func returnForm(_ context: PageContext, _ model: ReturnFormModel) -> HTML {
        Layout.page(context) {
            stepHeader(model, refusedTitle: "Chưa trả lại được hồ sơ")
            Paragraph("Ghi rõ tài liệu nào cần bổ sung hoặc sửa và vì sao. Chủ thể thấy từng lý do bên cạnh tài liệu tương ứng.").class("lead")
            Form(url: SiteURL.dossierAction(id: model.dossierID, action: "tra-lai").path, method: .post) {
                CSRFField(token: context.csrfToken)
                Input(type: .hidden, name: "version", value: String(model.version))
                for item in model.items {
                    TextAreaField(label: item.code == 0 ? item.title : "\(item.code). \(item.title)", name: "ly-do-\(item.code)", value: item.reason)
                }
                Button { Text("Trả lại để bổ sung") }.attribute(named: "type", value: "submit").class("primary")
            }.id("return-form")
        }
    }

    static func assessmentForm(_ context: PageContext, _ model: AssessmentFormModel) -> HTML {
        Layout.page(context) {
            stepHeader(model, refusedTitle: "Chưa ghi nhận được đánh giá")
            Paragraph("Đánh giá của UBND xã về bốn tiêu chí địa phương. «Không đạt» và «Chưa rõ» phải có nhận xét; còn tiêu chí «Chưa rõ» thì chưa chuyển tỉnh được.").class("lead")
            Form(url: SiteURL.dossierAction(id: model.dossierID, action: "danh-gia-xa").path, method: .post) {
                CSRFField(token: context.csrfToken)
                Input(type: .hidden, name: "version", value: String(model.version))
                for row in model.rows {
                    Tag("fieldset", [("class", "criterion"), ("id", "local-\(row.criterion.rawValue)")]) {
                        Tag("legend") { Text(row.criterion.title) }
                        for verdict in LocalVerdict.allCases {
                            let id = "v-\(row.criterion.rawValue)-\(verdict.rawValue)"
                            Div {
                                Tag("input", [("type", "radio"), ("name", "v-\(row.criterion.rawValue)"), ("id", id),
                                              ("value", verdict.rawValue)] + (row.verdict == verdict ? [("checked", nil)] : []))
                                Tag("label", [("for", id)]) { Text(verdict.title) }
                            }.class("choice")
                        }
                        TextAreaField(label: "Nhận xét", name: "r-\(row.criterion.rawValue)", value: row.remark)
                    }
                }
                FormField(label: "Số báo cáo", name: "so-bao-cao", value: model.reportNumber,
                          hint: "Số trong sổ văn bản của UBND xã, ví dụ 45/BC-UBND. Để trống nếu văn thư ghi số khi ký.")
                Button { Text("Ghi nhận đánh giá") }.attribute(named: "type", value: "submit").class("primary")
            }.id("assessment-form")
        }
    }

    static func provinceReturnForm(_ context: PageContext, _ model: ProvinceReturnModel) -> HTML {
        Layout.page(context) {
            stepHeader(model, refusedTitle: "Chưa trả lại được hồ sơ")
            Form(url: SiteURL.dossierAction(id: model.dossierID, action: "tra-xa").path, method: .post) {
                CSRFField(token: context.csrfToken)
                Input(type: .hidden, name: "version", value: String(model.version))
                TextAreaField(label: "Lý do trả lại xã", name: "ly-do", value: model.reasons, hint: "Mỗi lý do một dòng.")
                Button { Text("Trả lại xã") }.attribute(named: "type", value: "submit").class("primary")
            }.id("province-return-form")
        }
    }

    /// Báo cáo kết quả đánh giá cấp xã, in the administrative format, ready to print and sign.
    static func report(_ context: PageContext, dossierID: String, _ model: CommuneReportModel) -> HTML {
        Layout.page(context) {
            PrintBar(backLabel: "← Về hồ sơ", backURL: SiteURL.dossier(id: dossierID).path)
            OfficialDocument(
                parentAgency: "UBND \(model.provinceName.uppercased())",
                agency: "ỦY BAN NHÂN DÂN \(model.communeName.uppercased())",
                number: model.numberLine,
                placeAndDate: "\(UnitNames.shortName(model.communeName)), \(OfficialDocument.longDate(model.assessedOn))",
                title: "BÁO CÁO",
                subject: "Kết quả đánh giá sản phẩm «\(model.productName)» tham gia Chương trình OCOP cấp xã",
                signerTitle: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                signerName: "",
                recipients: ["UBND \(model.provinceName) (Cơ quan thường trực OCOP);", "\(model.producerName);", "Lưu: VT."],
                content: Div {
                    H2("1. Thông tin sản phẩm và chủ thể")
                    Tag("dl", [("class", "facts")]) {
                        Tag("dt") { Text("Sản phẩm") }; Tag("dd") { Text(model.productName) }
                        Tag("dt") { Text("Bộ sản phẩm") }; Tag("dd") { Text(model.productSet) }
                        Tag("dt") { Text("Chủ thể") }; Tag("dd") { Text(model.producerName) }
                        Tag("dt") { Text("Người đại diện") }; Tag("dd") { Text(model.representative) }
                        Tag("dt") { Text("Địa chỉ") }; Tag("dd") { Text(model.producerAddress) }
                        Tag("dt") { Text("Loại hồ sơ") }; Tag("dd") { Text(model.dossierKind) }
                    }
                    H2("2. Đánh giá các tiêu chí địa phương")
                    Table(header: TableRow { TableHeaderCell("TT"); TableHeaderCell("Tiêu chí"); TableHeaderCell("Kết luận"); TableHeaderCell("Nhận xét") }) {
                        for (index, finding) in model.findings.enumerated() {
                            TableRow {
                                TableCell(String(index + 1)); TableCell(finding.criterion.title)
                                TableCell(finding.verdict.title); TableCell(finding.remark)
                            }
                        }
                    }.class("verdicts").id("report-findings")
                    H2("3. Kết quả tự đánh giá của chủ thể")
                    Paragraph(model.selfAssessment)
                    H2("4. Kết luận")
                    Paragraph(model.summary).id("report-summary")
                    if !model.assessedBy.isEmpty { Paragraph("Cán bộ đánh giá: \(model.assessedBy).").id("report-assessor") }
                }
            )
        }
    }

    /// Back to the dossier, and the refusal with, after a conflict, the link that reloads it.
    @ComponentBuilder
    private static func stepHeader(_ model: some StepFormModel, refusedTitle: String) -> Component {
        Paragraph { Link("← Về hồ sơ", url: SiteURL.dossier(id: model.dossierID).path) }
        ErrorList(title: refusedTitle, messages: model.errors, id: "step-errors",
                  reloadURL: model.isConflict ? SiteURL.dossier(id: model.dossierID).path : nil)
    }
}
