import Plot
import OCOPCore

/// The results list, the minutes and the decision: administrative documents on A4.
enum ResultsView {
    static func results(_ context: PageContext, _ model: MeetingResultsModel) -> HTML {
        Layout.page(context) {
            PrintBar(backLabel: "← Phiên họp", backURL: SiteURL.meeting(id: model.meetingID).path)
            Paragraph { Link("Biên bản họp Hội đồng", url: SiteURL.meetingAction(id: model.meetingID, action: .minutes).path).id("minutes-link") }
                .class("screen-only")
            OfficialDocument(parentAgency: model.parentAgency, agency: model.councilName.uppercased(), number: "",
                             placeAndDate: "\(model.locality), \(OfficialDocument.longDate(model.day))", title: "DANH SÁCH",
                             subject: "Kết quả đánh giá, phân hạng sản phẩm OCOP", signerTitle: ["TM. HỘI ĐỒNG", "CHỦ TỊCH"], signerName: "",
                             recipients: [], content: resultsTable(model.lines))
            if let decision = model.decision {
                Paragraph {
                    Text("Đã ban hành ")
                    if model.mayOpenDecision {
                        Link("Quyết định số \(decision.number)", url: SiteURL.decision(id: decision.id).path)
                    } else {
                        Text("Quyết định số \(decision.number).")
                    }
                }.class("ok screen-only").id("decision-link")
            } else if model.mayIssue {
                Div {
                    H2("Ban hành quyết định công nhận")
                    ErrorList(title: "Chưa ban hành được quyết định", messages: model.refusals, id: "decision-errors")
                    ErrorSummary(errors: model.errors)
                    Form(url: SiteURL.meetingAction(id: model.meetingID, action: .decide).path, method: .post) {
                        CSRFField(token: context.csrfToken)
                        FormField(label: "Số quyết định", name: "number", value: model.form.number, error: model.errors["number"],
                                  hint: "Ví dụ: 2156/QĐ-UBND", isRequired: true)
                        FormField(label: "Ngày ký", name: "signedOn", value: model.form.signedOn, type: .date, error: model.errors["signedOn"], isRequired: true)
                        FormField(label: "Người ký", name: "signer", value: model.form.signer, error: model.errors["signer"], isRequired: true)
                        SelectField(label: "Chức vụ người ký", name: "signerPosition",
                                    options: DecisionSignerPosition.allCases.map { ($0.rawValue, $0.title(national: model.national)) },
                                    selected: model.form.signerPosition, error: model.errors["signerPosition"])
                        FormField(label: "Theo đề nghị của", name: "proposer", value: model.form.proposer,
                                  hint: "Để trống: «\(DecisionWording.defaultProposer(national: model.national))».")
                        Paragraph("Trước khi ban hành, dự thảo quyết định được hiện ra để kiểm tra.").class("hint")
                        Button { Text("Xem trước dự thảo quyết định") }.attribute(named: "type", value: "submit")
                            .attribute(named: "name", value: "step").attribute(named: "value", value: "preview").class("primary")
                    }.class("narrow-form").id("decision-form")
                }.class("screen-only")
            }
        }
    }

    static func resultsTable(_ lines: [ResultLine]) -> Component {
        Table(header: TableRow {
            TableHeaderCell("TT"); TableHeaderCell("Sản phẩm"); TableHeaderCell("Chủ thể"); TableHeaderCell("Xã/phường")
            TableHeaderCell("Điểm"); TableHeaderCell("Hạng"); TableHeaderCell("Ghi chú")
        }) {
            for (index, line) in lines.enumerated() {
                TableRow {
                    TableCell(String(index + 1)); TableCell(line.product); TableCell(line.producer); TableCell(line.commune)
                    TableCell(line.mean); TableCell(line.star)
                    TableCell {
                        Text(line.explanation)
                        if let certificate = line.certificate {
                            Text(" ")
                            if line.mayOpenDocuments {
                                Link("Giấy chứng nhận \(certificate.number)", url: SiteURL.certificate(id: certificate.id).path)
                            } else {
                                Text("Giấy chứng nhận \(certificate.number).")
                            }
                        } else if !line.recognised && line.mayOpenDocuments {
                            Text(" ")
                            Link("Thư thông báo kết quả", url: SiteURL.dossierAction(id: line.dossierID, action: "thu-ket-qua").path)
                        }
                    }
                }
            }
        }.class("verdicts").id("results")
    }

    static func minutes(_ context: PageContext, _ model: MinutesModel) -> HTML {
        let written = model.procedure == .writtenOpinions
        return Layout.page(context) {
            PrintBar(backLabel: "← Phiên họp", backURL: SiteURL.meeting(id: model.meetingID).path)
            OfficialDocument(
                parentAgency: model.parentAgency, agency: model.councilName.uppercased(), number: model.number,
                placeAndDate: "\(model.locality), \(OfficialDocument.longDate(model.day))", title: "BIÊN BẢN",
                subject: written
                    ? "Tổng hợp ý kiến bằng văn bản của Hội đồng đánh giá, phân hạng sản phẩm OCOP (đánh giá lại) – \(model.round)"
                    : "Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP – \(model.round)",
                signerTitle: ["CHỦ TỊCH HỘI ĐỒNG"], signerName: model.chair,
                recipients: ["Thành viên Hội đồng;", "Cơ quan thường trực Chương trình OCOP;", "Lưu: VT, HĐ."],
                content: Div {
                    if written {
                        Paragraph("Hình thức: lấy ý kiến thành viên bằng văn bản, không tổ chức họp (điểm d khoản 6 Điều 7 Quyết định 26/2026/QĐ-TTg). Hạn gửi ý kiến: ngày \(model.day.vietnamese).")
                            .id("minutes-procedure")
                    } else {
                        Paragraph("Thời gian: \(model.time) ngày \(model.day.vietnamese).").id("minutes-time")
                        Paragraph("Địa điểm: \(model.place).").id("minutes-place")
                    }
                    Paragraph("Chủ trì: \(model.chair.isEmpty ? "……" : model.chair), Chủ tịch Hội đồng. Thư ký: \(model.secretary.isEmpty ? "……" : model.secretary).")
                        .id("minutes-chair")
                    H2("1. Thành phần")
                    Paragraph((written ? "Thành viên gửi ý kiến (" : "Có mặt (") + "\(model.present.count)): " + model.present.joined(separator: "; ") + ".")
                    if !model.absent.isEmpty { Paragraph((written ? "Chưa gửi ý kiến: " : "Vắng mặt hoặc không chấm: ") + model.absent.joined(separator: "; ") + ".") }
                    H2("2. Xung đột lợi ích")
                    if model.conflicts.isEmpty { Paragraph("Không có thành viên nào có xung đột lợi ích với hồ sơ của phiên họp.") }
                    else { List(model.conflicts) { Text($0) } }
                    H2("3. Kết quả chấm điểm")
                    resultsTable(model.lines)
                    H2("4. Nhận xét của thành viên")
                    for line in model.lines where !line.remarks.isEmpty {
                        Paragraph(line.product).class("subgroup")
                        List(line.remarks) { Text($0) }
                    }
                    H2("5. Kết luận")
                    Paragraph("Hội đồng thống nhất kết quả nêu trên và đề nghị cơ quan có thẩm quyền xem xét, công nhận; sản phẩm đạt từ 90 điểm được đề nghị cấp trung ương đánh giá, công nhận 5★.")
                        .class("conclusion")
                    Paragraph("Biên bản được lập thành 02 bản, các thành viên Hội đồng thống nhất nội dung biên bản.")
                }.id("minutes"),
                leftSigner: (["THƯ KÝ HỘI ĐỒNG"], model.secretary))
        }
    }
}
