import Foundation
import Plot
import OCOPCore

/// Viết báo cáo tự đánh giá: the producer writes what Mẫu số 02 asks beyond the sheet (Part I's
/// facts the system does not hold, Part II, Part IV) and, criterion by criterion in the sheet's
/// order, a description and its evidence files, with what Mẫu 02's table asks for that kind of
/// criterion. Each criterion's description belongs to the one report form (`form` attribute), so
/// its upload form can sit beside it without nesting forms.
enum SelfReportFormView {
    static let formID = "mau02-form"

    static func render(_ context: PageContext, _ model: Mau02Model) -> HTML {
        Layout.page(context) {
            Paragraph {
                Link("← Về hồ sơ", url: SiteURL.dossier(id: model.dossierID).path)
                Text(" · ")
                Link("Xem bản in Mẫu số 02", url: SiteURL.dossierAction(id: model.dossierID, action: "mau-02").path)
            }
            ErrorList(title: "Chưa lưu được báo cáo", messages: model.errors, id: "self-report-errors")
            Paragraph("Báo cáo tự đánh giá về sản phẩm theo Mẫu số 02 (Quyết định 26/2026/QĐ-TTg). Thông tin chủ thể, sản phẩm và điểm tự chấm lấy từ hồ sơ; ở đây chỉ ghi những nội dung hệ thống chưa có.").class("lead")
            Form(url: SiteURL.dossierAction(id: model.dossierID, action: "bao-cao-tu-danh-gia").path, method: .post) {
                CSRFField(token: context.csrfToken)
                H2("Phần I. Thông tin chung (bổ sung)")
                for field in SelfReport.fields.prefix(5) { textField(field, model.report) }
                H2("Phần II. Kết quả thực hiện phương án sản xuất kinh doanh")
                for field in SelfReport.fields.dropFirst(5).prefix(4) { textField(field, model.report) }
                H2("Phần IV. Kế hoạch sản xuất, kinh doanh")
                for field in SelfReport.fields.dropFirst(9) { textField(field, model.report) }
            }.id(formID)
            H2("Phần III. Mô tả, minh chứng theo từng tiêu chí")
            Paragraph(model.sheetTitle)
            Paragraph("Tải lên minh chứng (PDF, JPEG, PNG, DOCX, XLSX) cho từng tiêu chí; lưu báo cáo trước khi tải tệp để không mất phần mô tả vừa viết.").class("hint")
            for row in model.rows { criterion(row, model, context.csrfToken) }
            Paragraph {
                Button { Text("Lưu báo cáo tự đánh giá") }.attribute(named: "type", value: "submit")
                    .attribute(named: "form", value: formID).class("primary").id("mau02-save")
            }
            Tag("details") {
                Tag("summary") { Text("Bảng hướng dẫn tài liệu minh chứng của Mẫu số 02") }
                Mau02View.evidenceTable()
            }
        }
    }

    private static func textField(_ field: (key: WritableKeyPath<SelfReport, String>, name: String, label: String, isLong: Bool),
                                  _ report: SelfReport) -> Component {
        field.isLong ? TextAreaField(label: field.label, name: field.name, value: report[keyPath: field.key])
            : FormField(label: field.label, name: field.name, value: report[keyPath: field.key])
    }

    /// A criterion code as one path segment ("1.1" stays as it is).
    static func pathSegment(_ code: String) -> String {
        code.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: ".-_"))) ?? code
    }

    private static func criterion(_ row: Mau02Model.Row, _ model: Mau02Model, _ csrf: String) -> Component {
        let field = SelfReport.descriptionField(row.code)
        return Div {
            Paragraph {
                Tag("strong") { Text("\(row.code). \(row.text)") }
                Text(" — " + (row.chosen.map { "tự chấm \($0.points)/\(row.maxPoints) điểm: \($0.text)" } ?? "chưa tự chấm"))
            }
            Paragraph(row.needs.isEmpty ? "Minh chứng: mô tả, hình ảnh thực tế (bảng của Mẫu số 02 không nêu riêng)."
                      : "Minh chứng cần có: " + row.needs.map { "\($0.content) – \($0.requirement)" }.joined(separator: " ")).class("hint")
                .id("needs-\(row.code)")
            Div {
                Tag("label", [("for", "f-" + field)]) { Text("Mô tả, chứng minh") }
                Tag("textarea", [("id", "f-" + field), ("name", field), ("rows", "3"), ("form", formID),
                                 ("maxlength", String(InputText.longText))]) { Text(row.description) }
            }.class("field")
            if !row.evidence.isEmpty {
                List(row.evidence) { file in
                    Span {
                        Link(file.name, url: SiteURL.dossierAction(id: model.dossierID, action: "tep-minh-chung/\(file.id)").path)
                        Text(" ")
                        Form(url: SiteURL.dossierAction(id: model.dossierID, action: "tep-minh-chung/\(file.id)/xoa").path, method: .post) {
                            CSRFField(token: csrf)
                            Button { Text("Gỡ tệp") }.attribute(named: "type", value: "submit")
                        }.class("inline-form")
                    }
                }.id("evidence-\(row.code)")
            }
            if let error = model.uploadError, error.criterion == row.code {
                Paragraph(error.message).class("error-summary").id("upload-error").attribute(named: "role", value: "alert")
            }
            Form(url: SiteURL.dossierAction(id: model.dossierID, action: "minh-chung/\(pathSegment(row.code))").path, method: .post, contentType: .multipartData) {
                CSRFField(token: csrf)
                Tag("label", [("for", "f-evidence-\(row.code)")]) { Text("Tải minh chứng") }
                Tag("input", [("type", "file"), ("name", "file"), ("id", "f-evidence-\(row.code)"), ("required", nil),
                              ("accept", ".pdf,.jpg,.jpeg,.png,.docx,.xlsx")])
                Button { Text("Tải lên") }.attribute(named: "type", value: "submit")
                UploadProgress()
            }.class("inline-form").attribute(named: "data-upload", value: "true")
        }.class("criterion").id("criterion-\(row.code)")
    }
}
