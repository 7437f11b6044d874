import Plot

enum CriteriaEditorView {
    static func render(_ context: PageContext, _ model: CriteriaEditorModel) -> HTML {
        Layout.page(context) {
            Paragraph(guide(model.target)).class("lead")
            Tag("nav", [("aria-label", "Các bảng của bộ tiêu chí"), ("class", "editor-nav")]) {
                Link("Thông tin chung", url: SiteURL.criteriaEditor(id: model.recordID, target: SheetGrid.Target.setPropertiesSegment).path)
                    .attribute(named: "aria-current", value: model.target == .setProperties ? "page" : nil)
                Text(" · ")
                Link("Phân loại", url: SiteURL.criteriaEditor(id: model.recordID, target: SheetGrid.Target.classificationSegment).path)
                    .attribute(named: "aria-current", value: model.target == .classification ? "page" : nil)
                Text(" · Phiếu: ")
                for item in model.productSets {
                    Link(item.name, url: SiteURL.criteriaEditor(id: model.recordID, target: item.code).path)
                        .attribute(named: "aria-current", value: model.target == .productSet(item.code) ? "page" : nil)
                    Text(" · ")
                }
                Link("Về trang bộ tiêu chí", url: SiteURL.criteriaSet(id: model.recordID).path)
            }
            if !model.tableProblems.isEmpty {
                Div {
                    H2("Chưa lưu: bảng có chỗ không đọc được")
                    List(model.tableProblems) { Text($0) }
                }.class("error-summary").id("table-problems").attribute(named: "role", value: "alert")
            }
            Tag("section", [("id", "validation"), ("aria-live", "polite")]) { validationPanel(model.defects, saved: model.saved) }
            Form(url: SiteURL.criteriaEditor(id: model.recordID, target: model.target.segment).path, method: .post) {
                CSRFField(token: context.csrfToken)
                Div {
                    Tag("table", [("class", "data-table grid"), ("id", "criteria-grid")]) {
                        Tag("thead") {
                            Tag("tr") {
                                Tag("th", [("scope", "col")]) { Text("#") }
                                for header in model.headers { Tag("th", [("scope", "col")]) { Text(header) } }
                            }
                        }
                        Tag("tbody") {
                            for (index, row) in model.rows.enumerated() {
                                Tag("tr") {
                                    Tag("th", [("scope", "row")]) { Text(String(index + 1)) }
                                    for (column, header) in model.headers.enumerated() {
                                        Tag("td") { cell(column < row.count ? row[column] : "", name: "r\(index)c\(column)",
                                                         label: "Dòng \(index + 1), \(header)") }
                                    }
                                }
                            }
                        }
                    }
                }.class("table-wrap")
                Input(type: .hidden, name: "rows", value: String(model.rows.count))
                if model.needsReason { reasonField(model) }
                Div {
                    Button { Text("Lưu bản nháp") }.attribute(named: "type", value: "submit").attribute(named: "name", value: "hanh-dong")
                        .attribute(named: "value", value: "luu").class("primary")
                    Button { Text("Thêm 5 dòng") }.attribute(named: "type", value: "submit").attribute(named: "name", value: "hanh-dong")
                        .attribute(named: "value", value: "them")
                }.class("actions")
            }.id("editor-form").attribute(named: "data-validate", value: SiteURL.criteriaEditor(id: model.recordID, target: model.target.segment).path + "/kiem-tra")
        }
    }

    /// Lý do thay đổi: kept in the set's history next to the cells the save changed.
    private static func reasonField(_ model: CriteriaEditorModel) -> Component {
        Div {
            Tag("label", [("for", "f-ly-do")]) { Text("Lý do thay đổi (bắt buộc với bản sửa đổi)") }
            Tag("input", [("id", "f-ly-do"), ("name", "ly-do"), ("value", model.reason), ("maxlength", "500"),
                          ("aria-describedby", "f-ly-do-help")] + (model.reasonMissing ? [("aria-invalid", "true")] : []))
            Paragraph("Ví dụ: «Bộ 4, C 7: bản chép in 13, văn bản gốc là 3». Mỗi lần lưu ghi một lý do; các ô thay đổi được lưu kèm trong lịch sử phiên bản.")
                .id("f-ly-do-help").class("hint")
        }.class("field")
    }

    /// One cell of the grid. A value on several lines (26/2026 prints one section maximum as "4" and
    /// "1") gets a text area: a one-line input drops line breaks, and the grid would save "41".
    private static func cell(_ value: String, name: String, label: String) -> Component {
        if value.contains("\n") {
            return Tag("textarea", [("name", name), ("rows", String(value.split(separator: "\n", omittingEmptySubsequences: false).count)),
                                    ("aria-label", label)]) { Text(value) }
        }
        return Tag("input", [("name", name), ("value", value), ("aria-label", label)])
    }

    private static func guide(_ target: SheetGrid.Target) -> String {
        let common = " Dòng để trống sẽ bị bỏ qua. Có thể soạn bằng Excel rồi nhập lại: bảng tính có đúng các cột này."
        switch target {
        case .setProperties:
            return "Mỗi dòng là một thuộc tính của bộ tiêu chí; các dòng Phần, Khung hạng sao, Điều kiện theo hạng và Điểm cộng có thể lặp lại. Cột Giải thích chỉ để đọc." + common
        case .classification:
            return "Mỗi dòng là một bộ sản phẩm với nhóm và phân nhóm, cơ quan chủ trì và điều kiện loại hồ sơ của nó; mỗi điều kiện loại thêm một dòng ngay bên dưới, ghi lại các mã. Thêm dòng để thêm bộ sản phẩm, rồi soạn phiếu của nó." + common
        case .productSet:
            return "Mỗi dòng là một phương án chấm. Mã phần, mục, tiêu chí lặp lại trên mọi dòng; nội dung tiêu chí chỉ cần ghi ở dòng đầu. Tiêu chí con ghi mã tiêu chí cha ở cột «Tiêu chí cha»; tiêu chí có/không chỉ cần một dòng, không cần phương án. Cách điền từng cột: trang «Hướng dẫn» của tệp Excel." + common
        }
    }

    /// The validator's verdict, also served alone for the live check as the grid is edited.
    static func validationPanel(_ defects: [String], saved: Bool) -> Component {
        Div {
            if defects.isEmpty {
                Paragraph(saved ? "Đã lưu. Phiếu hợp lệ: tổng điểm từng phần khớp, không có lỗi." : "Phiếu hợp lệ: tổng điểm từng phần khớp, không có lỗi.").class("ok")
            } else {
                Paragraph((saved ? "Đã lưu bản nháp, nhưng " : "") + "còn \(defects.count) lỗi (chưa ban hành được):").class("bad")
                List(defects) { Text($0) }.class("defects")
            }
        }
    }
}
