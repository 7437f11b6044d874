import Plot

enum AccountFormView {
    static func render(_ context: PageContext, _ model: AccountFormModel) -> HTML {
        Layout.page(context) {
            ErrorSummary(errors: model.errors)
            Form(url: SiteURL.newAccount.path, method: .post) {
                CSRFField(token: context.csrfToken)
                FormField(label: "Họ và tên", name: "fullName", value: model.fullName, error: model.errors["fullName"], isRequired: true)
                FormField(label: "Tên đăng nhập", name: "username", value: model.username, error: model.errors["username"],
                          hint: "Chữ không dấu, số, dấu chấm, gạch ngang; ví dụ: nguyenvana.vietkhe", isRequired: true, autocomplete: "off")
                FormField(label: "Thư điện tử (không bắt buộc)", name: "email", value: model.email, type: .email, error: model.errors["email"])
                choice("Vai trò", "role", model.roleChoices, model.role, model.errors["role"])
                choice("Tỉnh, thành phố", "provinceCode", model.provinceChoices, model.provinceCode, model.errors["provinceCode"])
                choice("Xã, phường (cho cán bộ xã và đại diện chủ thể)", "communeCode", [("", "— Không áp dụng —")] + model.communeChoices,
                       model.communeCode, model.errors["communeCode"])
                FormField(label: "Mật khẩu tạm thời", name: "password", type: .password, error: model.errors["password"],
                          hint: "Ít nhất 10 ký tự. Người dùng phải đổi mật khẩu ở lần đăng nhập đầu.", isRequired: true, autocomplete: "new-password")
                Button { Text("Tạo tài khoản") }.attribute(named: "type", value: "submit").class("primary")
            }.id("account-form").attribute(named: "data-once", value: "true")
        }
    }

    private static func choice(_ label: String, _ name: String, _ options: [(value: String, label: String)], _ selected: String, _ error: String?) -> Component {
        Div {
            Tag("label", [("for", "f-" + name)]) { Text(label) }
            SelectBox(id: "f-" + name, name: name, options: options, selected: selected, describedBy: error == nil ? nil : "f-\(name)-error")
            if let error { Paragraph(error).class("error").id("f-\(name)-error") }
        }.class(error == nil ? "field" : "field has-error")
    }
}
