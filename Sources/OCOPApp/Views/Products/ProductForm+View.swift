import Plot

enum ProductFormView {
    static func render(_ context: PageContext, _ model: ProductFormModel) -> HTML {
        Layout.page(context) {
            Paragraph("Chủ thể: \(model.producerName)").class("scope-line")
            ErrorSummary(errors: model.errors)
            Form(url: model.action, method: .post) {
                CSRFField(token: context.csrfToken)
                FormField(label: "Tên sản phẩm", name: "name", value: model["name"], error: model.errors["name"], isRequired: true)
                SelectField(label: "Bộ sản phẩm (theo bộ tiêu chí)", name: "productSet",
                            options: [("", "— Chọn bộ sản phẩm —")] + model.productSetChoices, selected: model["productSet"],
                            error: model.errors["productSet"])
                TextAreaField(label: "Mô tả sản phẩm", name: "description", value: model["description"])
                TextAreaField(label: "Vùng nguyên liệu", name: "rawMaterialArea", value: model["rawMaterialArea"],
                              hint: "Nguồn gốc, diện tích, địa điểm vùng nguyên liệu.")
                TextAreaField(label: "Bao bì, nhãn mác", name: "packaging", value: model["packaging"])
                SelectField(label: "Tình trạng nhãn hiệu", name: "trademarkStatus", options: ProductFormModel.trademarkChoices,
                            selected: model["trademarkStatus"], error: model.errors["trademarkStatus"])
                Button { Text(model.isNew ? "Thêm sản phẩm" : "Lưu thay đổi") }.attribute(named: "type", value: "submit").class("primary")
            }.id("product-form").attribute(named: "data-once", value: "true")
        }
    }
}
