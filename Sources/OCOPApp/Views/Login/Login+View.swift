import Plot

enum LoginView {
    static func render(_ context: PageContext, _ model: LoginModel) -> HTML {
        Layout.page(context) {
            if let notice = model.notice {
                Paragraph(notice).class("notice").attribute(named: "role", value: "status")
            }
            if let error = model.error {
                Paragraph(error).class("error-summary").id("login-error").attribute(named: "role", value: "alert")
            }
            Form(url: SiteURL.login.path, method: .post) {
                CSRFField(token: context.csrfToken)
                Input(type: .hidden, name: "tiep", value: model.next)
                FormField(label: "Tên đăng nhập", name: "username", value: model.username, isRequired: true, autocomplete: "username")
                FormField(label: "Mật khẩu", name: "password", type: .password, isRequired: true, autocomplete: "current-password")
                Button { Text("Đăng nhập") }.attribute(named: "type", value: "submit").class("primary")
            }.class("narrow-form").id("login-form")
        }
    }
}
