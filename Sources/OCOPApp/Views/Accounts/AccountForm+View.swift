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
                RolePlacementFields(model: model)
                FormField(label: "Mật khẩu tạm thời", name: "password", type: .password, error: model.errors["password"],
                          hint: "Ít nhất 10 ký tự. Người dùng phải đổi mật khẩu ở lần đăng nhập đầu.", isRequired: true, autocomplete: "new-password")
                Button { Text("Tạo tài khoản") }.attribute(named: "type", value: "submit").class("primary")
            }.id("account-form").attribute(named: "data-once", value: "true")
        }
    }
}
