import Plot

enum AccountDetailView {
    static func render(_ context: PageContext, _ model: AccountDetailModel) -> HTML {
        Layout.page(context) {
            Tag("dl", [("class", "facts")]) {
                Tag("dt") { Text("Tên đăng nhập") }; Tag("dd") { Text(model.username) }
                Tag("dt") { Text("Thư điện tử") }; Tag("dd") { Text(model.email ?? "—") }
                Tag("dt") { Text("Trạng thái") }; Tag("dd") { Text(model.isActive ? "Đang hoạt động" : "Đã khóa") }
            }
            H2("Vai trò")
            Tag("ul", [("id", "account-roles")]) {
                for role in model.roles {
                    ListItem {
                        Text(role.label + " ")
                        if role.revocable && model.roles.count > 1 {
                            Form(url: SiteURL.accountAction(id: model.id, action: "thu-hoi/\(role.id)").path, method: .post) {
                                CSRFField(token: context.csrfToken)
                                Button { Text("Thu hồi") }.attribute(named: "type", value: "submit")
                            }.class("inline-form")
                        }
                    }
                }
            }
            H2("Cấp thêm vai trò")
            ErrorSummary(errors: model.grantForm.errors)
            Form(url: SiteURL.accountAction(id: model.id, action: "cap-vai-tro").path, method: .post) {
                CSRFField(token: context.csrfToken)
                RolePlacementFields(model: model.grantForm)
                Button { Text("Cấp vai trò") }.attribute(named: "type", value: "submit")
            }.class("narrow-form").id("grant-form")
            H2("Khóa hoặc mở khóa")
            Form(url: SiteURL.accountAction(id: model.id, action: model.isActive ? "khoa" : "mo-khoa").path, method: .post) {
                CSRFField(token: context.csrfToken)
                Button { Text(model.isActive ? "Khóa tài khoản" : "Mở khóa tài khoản") }.attribute(named: "type", value: "submit")
            }
            H2("Đặt lại mật khẩu")
            Form(url: SiteURL.accountAction(id: model.id, action: "dat-lai-mat-khau").path, method: .post) {
                CSRFField(token: context.csrfToken)
                FormField(label: "Mật khẩu tạm thời mới", name: "password", type: .password, error: model.passwordError,
                          hint: "Người dùng sẽ phải đổi mật khẩu khi đăng nhập.", isRequired: true, autocomplete: "new-password")
                Button { Text("Đặt lại mật khẩu") }.attribute(named: "type", value: "submit")
            }.class("narrow-form")
        }
    }
}
