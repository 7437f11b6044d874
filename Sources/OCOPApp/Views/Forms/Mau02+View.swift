import Plot
import OCOPCore

/// Mẫu số 02 printed as the form: "BÁO CÁO TỰ ĐÁNH GIÁ VỀ SẢN PHẨM", Part I's nine numbered facts,
/// Part II's four points, Part III criterion by criterion (self-score, description, evidence),
/// the form's evidence table, Part IV and the signature. A4 through `.official` and `.mau02`.
enum Mau02View {
    static let dots = Mau01View.dots

    static func render(_ context: PageContext, _ model: Mau02Model) -> HTML {
        Layout.page(context) {
            PrintBar(backLabel: "← Về hồ sơ", backURL: SiteURL.dossier(id: model.dossierID).path)
            Tag("article", [("class", "official mau02"), ("id", "mau02")]) {
                Paragraph("BÁO CÁO TỰ ĐÁNH GIÁ VỀ SẢN PHẨM").class("doc-title")
                Paragraph("(Dành cho chủ thể có sản phẩm đăng ký)").class("doc-subject")
                partOne(model)
                H2("Phần II. KẾT QUẢ THỰC HIỆN PHƯƠNG ÁN SẢN XUẤT KINH DOANH")
                Tag("ul", [("class", "mau02-points"), ("id", "mau02-part2")]) {
                    point("Tổ chức vùng nguyên liệu, công nghệ sản xuất, sơ chế, chế biến, đóng gói sản phẩm", model.report.production)
                    point("Sự thay đổi về chất lượng sản phẩm: chất lượng, tiêu chuẩn chất lượng, bao bì, nhãn mác, hình thức đóng gói", model.report.qualityChanges)
                    point("Thị trường phân phối sản phẩm", model.report.markets)
                    point("Kết quả sản xuất, kinh doanh: doanh thu, lợi nhuận", model.report.businessResults)
                }
                H2("Phần III. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN THEO BỘ TIÊU CHÍ SẢN PHẨM OCOP")
                Paragraph(model.sheetTitle).id("mau02-sheet")
                criteria(model)
                Paragraph { Text("Tổng điểm tự đánh giá: "); Span(model.total).id("mau02-total") }.class("item")
                evidenceTable()
                if model.kind == .reRecognition { Paragraph(SelfAssessmentEvidence.reEvaluationNote).class("guidance") }
                H2("Phần IV. KẾ HOẠCH SẢN XUẤT, KINH DOANH")
                paragraphs(model.report.plan, id: "mau02-plan")
                Div {
                    Div {}
                    Div {
                        Paragraph(model.signedOn.map { "\(model.place), \(OfficialDocument.longDate($0))" }
                                  ?? "........, ngày........tháng........năm......").class("place-date")
                        Paragraph("ĐẠI DIỆN THEO PHÁP LUẬT CỦA CƠ SỞ").class("agency")
                        Paragraph("(Ký, họ tên, đóng dấu)")
                        Paragraph(model.representative).class("name")
                    }.class("sign")
                }.class("signature")
            }
        }
    }

    @ComponentBuilder
    private static func partOne(_ model: Mau02Model) -> Component {
        H2("Phần I. THÔNG TIN CHUNG")
        Tag("ol", [("class", "mau03-facts"), ("id", "mau02-part1")]) {
            fact("Tên chủ thể", model.producerName)
            fact("Loại hình tổ chức", model.legalForm)
            fact("Địa chỉ", model.address)
            ListItem { Text("Điện thoại: \(model.phone ?? dots)   Email: \(model.email ?? dots)") }
            ListItem {
                Text("Tên người đại diện pháp luật:")
                List {
                    ListItem { Text("Họ tên: "); Span(model.representative).id("mau02-representative") }
                    ListItem { Text("Giới tính: \(model.gender); Dân tộc: \(model.ethnicity)") }
                    ListItem { Text("Địa chỉ thường trú: \(dots)") }
                }
            }
            ListItem {
                Text("Ngày thành lập/đăng ký kinh doanh: \(orDots(model.report.foundedOn))   Số giấy đăng ký (nếu có): "
                     + orDots(model.report.registrationNumber.isEmpty ? model.taxCode : model.report.registrationNumber))
            }
            ListItem {
                Text("Tên sản phẩm/dịch vụ, mô tả về quy cách sản phẩm, tiêu chuẩn: ")
                Span(model.productName).id("mau02-product")
                for text in [model.productSummary, model.packaging.isEmpty ? "" : "Bao bì, nhãn mác: \(model.packaging)", model.report.productSpecification]
                    where !text.isEmpty { Paragraph(text) }
                Paragraph("Đánh dấu (√) vào mục tương ứng:")
                List {
                    ListItem("a) Giấy đăng ký kinh doanh: □")
                    ListItem("b) Đã công bố chất lượng sản phẩm theo quy định: □")
                    ListItem("c) Đã có các điều kiện sản xuất theo quy định: Giấy chứng nhận cơ sở đủ điều kiện vệ sinh an toàn thực phẩm □; Giấy chứng nhận cơ sở đủ điều kiện sản xuất bắt buộc □")
                    ListItem("d) Đã có đăng ký sở hữu trí tuệ: Giấy chứng nhận đăng ký nhãn hiệu \(model.hasRegisteredTrademark ? "☑" : "□"); chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận □; Bằng sáng chế □; kiểu dáng công nghiệp □; bản quyền tác giả □; Khác □")
                }.class("mau02-boxes")
            }
            ListItem { Text("Lịch sử hình thành của chủ thể:"); paragraphs(model.report.history, id: "mau02-history") }
            ListItem { Text("Cơ cấu tổ chức của chủ thể:"); paragraphs(model.report.organisation, id: "mau02-organisation") }
        }
    }

    private static func criteria(_ model: Mau02Model) -> Component {
        Table(header: TableRow {
            TableHeaderCell("Mã"); TableHeaderCell("Tiêu chí"); TableHeaderCell("Điểm tự đánh giá")
            TableHeaderCell("Mô tả, chứng minh"); TableHeaderCell("Tài liệu minh chứng (phụ lục)")
        }) {
            for row in model.rows {
                TableRow {
                    TableCell(row.code)
                    TableCell { Paragraph(row.text).class("point"); Paragraph(row.section).class("guidance") }
                    TableCell(row.chosen.map { "\($0.points)/\(row.maxPoints) – \($0.text)" } ?? "Chưa chọn").class("score")
                    TableCell(row.description.isEmpty ? "……………" : row.description).class("remark")
                    TableCell {
                        if row.evidence.isEmpty { Text("—") }
                        for file in row.evidence {
                            Paragraph { Link(file.name, url: SiteURL.dossierAction(id: model.dossierID, action: "tep-minh-chung/\(file.id)").path) }
                        }
                    }.class("evidence")
                }.id("mau02-c-\(row.code)")
            }
        }.class("verdicts mau02-table").id("mau02-criteria")
    }

    /// The form's table of evidence, in its order.
    static func evidenceTable() -> Component {
        Div {
            Paragraph("Tài liệu minh chứng kèm theo vào phụ lục của Báo cáo, tham khảo hướng dẫn theo bảng dưới đây:")
            Table(header: TableRow { TableHeaderCell("TT"); TableHeaderCell("Nội dung"); TableHeaderCell("Yêu cầu") }) {
                for (index, row) in SelfAssessmentEvidence.table.enumerated() {
                    TableRow { TableCell(String(index + 1)); TableCell(row.content); TableCell(row.requirement) }
                }
            }.class("verdicts")
        }.class("mau02-evidence").id("mau02-evidence-table")
    }

    private static func point(_ heading: String, _ text: String) -> Component {
        ListItem { Paragraph("- \(heading):").class("point"); paragraphs(text, id: nil) }
    }

    private static func paragraphs(_ text: String, id: String?) -> Component {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let block = Div { if lines.isEmpty { Paragraph(dots + dots) } else { for line in lines { Paragraph(line) } } }.class("written")
        return id.map { block.id($0) } ?? block
    }

    private static func fact(_ label: String, _ value: String) -> Component {
        ListItem { Text("\(label): "); Span(value.isEmpty ? dots : value) }
    }

    private static func orDots(_ text: String) -> String { text.isEmpty ? dots : text }
}
