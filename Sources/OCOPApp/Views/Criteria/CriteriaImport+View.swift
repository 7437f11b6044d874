import Plot

/// Nhập bộ tiêu chí: upload a JSON document or an Excel workbook. A bad file changes nothing and
/// says which row and why.
struct CriteriaImportModel {
    var errors: [String] = []
    var fileName: String?
}

enum CriteriaImportView {
    static func render(_ context: PageContext, _ model: CriteriaImportModel) -> HTML {
        Layout.page(context) {
            Paragraph("Tệp JSON theo lược đồ ocop.criteria-set/1, hoặc bảng tính Excel (.xlsx) tải từ trang một bộ tiêu chí rồi điền tiếp (mỗi dòng một phương án). Bộ tiêu chí nhập vào là bản nháp; chỉ được ban hành khi không còn lỗi.")
            if !model.errors.isEmpty {
                Div {
                    H2("Không nhập được \(model.fileName.map { "«\($0)»" } ?? "tệp"): chưa có gì thay đổi").id("import-errors-title")
                    List(model.errors) { Text($0) }
                }.class("error-summary").attribute(named: "role", value: "alert")
            }
            Form(url: SiteURL.criteriaImport.path, method: .post, contentType: .multipartData) {
                CSRFField(token: context.csrfToken)
                Div {
                    Tag("label", [("for", "f-file")]) { Text("Tệp bộ tiêu chí (.json hoặc .xlsx, tối đa 20 MB)") }
                    Tag("input", [("type", "file"), ("name", "file"), ("id", "f-file"), ("required", nil),
                                  ("accept", ".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
                }.class("field")
                Button { Text("Nhập") }.attribute(named: "type", value: "submit").class("primary")
                UploadProgress()
            }.id("import-form").attribute(named: "data-upload", value: "true")
        }
    }
}
