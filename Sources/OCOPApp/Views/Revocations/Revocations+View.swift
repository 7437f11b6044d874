import Foundation
import OCOPCore
import Plot

/// Thu hồi giấy chứng nhận: the decisions, the form that makes one, and the printed decision.
enum RevocationsView {
    static func list(_ context: PageContext, rows: [RevocationListRow], mayRevoke: Bool) -> HTML {
        Layout.page(context) {
            if mayRevoke {
                Paragraph {
                    Link("+ Lập quyết định thu hồi", url: SiteURL.newRevocation.path).class("button primary").id("new-revocation")
                    Text(" Chọn giấy chứng nhận theo tên, hoặc từ ")
                    Link("danh sách theo dõi", url: SiteURL.certificateFollowUpList(.expiredThisYear).path)
                    Text(".")
                }
            }
            if rows.isEmpty {
                Paragraph("Chưa có quyết định thu hồi nào.").class("muted").id("revocations-empty")
            } else {
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("Quyết định"); TableHeaderCell("Ngày ký"); TableHeaderCell("Căn cứ"); TableHeaderCell("Số giấy chứng nhận")
                    }) {
                        for row in rows {
                            TableRow {
                                TableCell { Link(row.number, url: SiteURL.revocation(id: row.id).path) }
                                TableCell(row.signedOn?.vietnamese ?? "")
                                TableCell("Điểm \(row.ground.letter) khoản 1 Điều 8")
                                TableCell(String(row.count))
                            }
                        }
                    }.class("data-table").id("revocation-list")
                }.class("table-wrap")
            }
        }
    }

    static func form(_ context: PageContext, _ model: NewRevocationModel) -> HTML {
        let input = model.input
        return Layout.page(context) {
            ErrorList(title: "Chưa ban hành được quyết định", messages: Array(model.errors.values).sorted(), id: "revocation-errors")
            H2("Giấy chứng nhận thu hồi (\(model.chosen.count))")
            if model.chosen.isEmpty {
                Paragraph("Chưa chọn giấy chứng nhận nào. Tìm theo tên sản phẩm bên dưới, hoặc chọn từ danh sách theo dõi giấy chứng nhận.")
                    .class("muted").id("none-chosen")
            } else {
                ChosenCertificateTable(rows: model.chosen, id: "chosen-list", pick: nil)
            }
            CertificateSearchForm(action: SiteURL.newRevocation.path, picker: model.picker, hidden: [("kiem-tra", input.inspectionID)],
                                  label: "Tìm giấy chứng nhận theo tên sản phẩm", addLabel: "Thêm các giấy đã chọn vào quyết định",
                                  purpose: "Tìm giấy chứng nhận để thu hồi", id: "revocation-search")
            if !model.chosen.isEmpty { decisionForm(context, model) }
        }
    }

    private static func decisionForm(_ context: PageContext, _ model: NewRevocationModel) -> Component {
        let input = model.input, errors = model.errors
        return Form(url: SiteURL.newRevocation.path, method: .post, contentType: .multipartData) {
            CSRFField(token: context.csrfToken)
            for id in input.recognitionIDs { Input(type: .hidden, name: "gcn[]", value: id) }
            if !input.inspectionID.isEmpty { Input(type: .hidden, name: "inspection", value: input.inspectionID) }
            H2("Quyết định thu hồi")
            FormField(label: "Số quyết định", name: "number", value: input.number, error: errors["number"], hint: "Ví dụ: 1234/QĐ-UBND", isRequired: true)
            FormField(label: "Ngày ký", name: "signedOn", value: input.signedOn, type: .date, error: errors["signedOn"], isRequired: true)
            SelectField(label: "Căn cứ thu hồi (khoản 1 Điều 8 Quyết định 26/2026/QĐ-TTg)", name: "ground",
                        options: [("", "— Chọn căn cứ —")] + RevocationGround.allCases.map { ($0.rawValue, "\($0.letter)) \($0.clause)") },
                        selected: input.ground, error: errors["ground"])
            TextAreaField(label: "Kết luận làm căn cứ (số, ngày, cơ quan) hoặc xác nhận của UBND cấp xã", name: "conclusion", value: input.conclusion,
                          hint: "Ví dụ: Kết luận kiểm tra số 12/KL-SNN ngày 02/12/2026 của Sở Nông nghiệp và Môi trường.", error: errors["conclusion"])
            FormField(label: "Ngày kết luận", name: "conclusionOn", value: input.conclusionOn, type: .date, error: errors["conclusionOn"],
                      hint: "Quyết định thu hồi được ban hành trong 15 ngày kể từ ngày kết luận (khoản 4 Điều 8).", isRequired: true)
            Div {
                Tag("label", [("for", "f-conclusionFile")]) { Text("Tệp kết luận (PDF, ảnh; không bắt buộc)") }
                Tag("input", [("type", "file"), ("id", "f-conclusionFile"), ("name", "conclusionFile"), ("accept", ".pdf,.jpg,.jpeg,.png")])
                if let error = errors["conclusionFile"] { Paragraph(error).class("error").id("f-conclusionFile-error") }
            }.class("field")
            FormField(label: "Người ký", name: "signer", value: input.signer, error: errors["signer"], isRequired: true)
            SelectField(label: "Chức vụ người ký", name: "signerPosition",
                        options: DecisionSignerPosition.allCases.map { ($0.rawValue, $0.title(national: model.chosen.first?.star == .five)) },
                        selected: input.signerPosition)
            Button { Text("Ban hành quyết định thu hồi \(model.chosen.count) giấy chứng nhận") }.attribute(named: "type", value: "submit")
                .class("primary").id("revoke")
        }.id("revocation-form")
    }

    static func document(_ context: PageContext, _ model: RevocationDocumentModel) -> HTML {
        let decision = model.decision
        let signed = decision.signedDay ?? .inVietnam(Date())
        let date = OfficialDocument.longDate(signed)
        return Layout.page(context) {
            PrintBar(backLabel: "← Về danh sách quyết định thu hồi", backURL: SiteURL.revocations.path)
            if let deadline = decision.deadline {
                Paragraph(deadline.text(signedOn: signed)).class(deadline.daysLate(signedOn: signed) > 0 ? "notice screen-only" : "muted screen-only")
                    .id("revocation-deadline")
            }
            if let inspection = decision.inspectionID {
                Paragraph { Link("Xem biên bản kiểm tra làm căn cứ", url: SiteURL.inspectionAction(id: inspection.uuidString, action: "bien-ban").path) }
                    .class("screen-only").id("revocation-inspection")
            }
            if decision.conclusionFileID != nil {
                Paragraph { Link("Tải tệp kết luận làm căn cứ", url: SiteURL.revocationConclusion(id: decision.id!.uuidString).path) }
                    .class("screen-only")
            }
            OfficialDocument(
                parentAgency: "", agency: model.agency, number: "Số: \(decision.number)",
                placeAndDate: "\(model.place), \(date)", title: "QUYẾT ĐỊNH",
                subject: "Về việc thu hồi giấy chứng nhận sản phẩm OCOP",
                signerTitle: decision.signerPosition.signingLines(national: model.national), signerName: decision.signer,
                recipients: ["Như Điều 3;"] + (model.national ? [] : ["Bộ Nông nghiệp và Môi trường (để báo cáo);"]) + ["Lưu: VT."],
                content: Div {
                    Paragraph(model.head).class("doc-title")
                    Div {
                        Paragraph("Căn cứ Quyết định số 26/2026/QĐ-TTg ngày 22/5/2026 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm;").class("basis")
                        Paragraph("Căn cứ \(decision.conclusion.hasSuffix(".") ? String(decision.conclusion.dropLast()) : decision.conclusion);").class("basis").id("revocation-conclusion")
                        Paragraph("Theo đề nghị của \(DecisionWording.defaultProposer(national: model.national)).").class("basis")
                    }.id("legal-bases")
                    Paragraph("QUYẾT ĐỊNH:").class("doc-title")
                    Paragraph("Điều 1. Thu hồi giấy chứng nhận sản phẩm OCOP của \(model.rows.count) sản phẩm (Phụ lục kèm theo). Lý do: \(decision.ground.clause) (\(decision.ground.citation)).")
                        .id("revocation-article-1")
                    Paragraph("Điều 2. Kể từ ngày Quyết định này có hiệu lực, các chủ thể có tên tại Phụ lục không được sử dụng giấy chứng nhận và biểu trưng «Sản phẩm OCOP Việt Nam» cho các sản phẩm bị thu hồi; thông tin sản phẩm được đưa ra khỏi danh sách sản phẩm OCOP công bố.")
                    Paragraph(model.national
                        ? "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Bộ, Vụ trưởng Vụ Kinh tế hợp tác và Phát triển nông thôn, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố có sản phẩm và các chủ thể có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này."
                        : "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các xã, phường có sản phẩm và các chủ thể có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này.")
                }.id("revocation-decision"))
            Tag("section", [("class", "official appendix"), ("id", "revocation-appendix"), ("aria-labelledby", "appendix-title")]) {
                Paragraph("Phụ lục").class("doc-title").id("appendix-title")
                Paragraph("DANH SÁCH SẢN PHẨM BỊ THU HỒI GIẤY CHỨNG NHẬN SẢN PHẨM OCOP").class("doc-title")
                Paragraph("(Kèm theo Quyết định số \(decision.number) \(date))").class("doc-subject")
                Div {
                    Table(header: TableRow {
                        TableHeaderCell("TT"); TableHeaderCell("Tên sản phẩm"); TableHeaderCell("Chủ thể"); TableHeaderCell("Địa chỉ")
                        TableHeaderCell("Hạng"); TableHeaderCell("Quyết định công nhận")
                    }) {
                        for (index, row) in model.rows.enumerated() {
                            TableRow {
                                TableCell(String(index + 1)); TableCell(row.product); TableCell(row.producer); TableCell(row.commune)
                                TableCell("\(row.star.rawValue) sao"); TableCell(row.decision)
                            }
                        }
                    }.class("verdicts").id("revocation-rows")
                }.class("table-wrap")
            }
        }
    }
}
