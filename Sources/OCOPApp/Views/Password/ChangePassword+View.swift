import Plot

enum ChangePasswordView {
    static func render(_ context: PageContext, _ model: ChangePasswordModel) -> HTML {
        Layout.page(context) {
            if model.mustChange {
                Paragraph("Tài khoản của bạn được cấp mật khẩu tạm thời. Vui lòng đặt mật khẩu mới.").class("notice")
            }
            ErrorSummary(errors: model.errors)
            Form(url: SiteURL.changePassword.path, method: .post) {
                CSRFField(token: context.csrfToken)
                FormField(label: "Mật khẩu hiện tại", name: "current", type: .password,
                          error: model.errors["current"], isRequired: true, autocomplete: "current-password")
                FormField(label: "Mật khẩu mới", name: "new", type: .password, error: model.errors["new"],
                          hint: "Ít nhất 10 ký tự, không trùng tên đăng nhập.", isRequired: true, autocomplete: "new-password")
                FormField(label: "Nhập lại mật khẩu mới", name: "confirm", type: .password,
                          error: model.errors["confirm"], isRequired: true, autocomplete: "new-password")
                Button { Text("Đổi mật khẩu") }.attribute(named: "type", value: "submit").class("primary")
            }.class("narrow-form")
        }
    }
}
