import Plot
import OCOPCore

enum ProducerDetailView {
    static func render(_ context: PageContext, _ model: ProducerDetailModel) -> HTML {
        Layout.page(context) {
            Paragraph { Span(model.status.title).class("badge").id("producer-status") }.class("scope-line")
            if let reason = model.rejectionReason { Paragraph("Lý do từ chối: \(reason)").class("notice") }
            Tag("dl", [("class", "facts"), ("id", "producer-facts")]) {
                for fact in model.facts {
                    Tag("dt") { Text(fact.label) }; Tag("dd") { Text(fact.value) }
                }
            }
            if model.mayEdit {
                Paragraph { Link("Sửa thông tin chủ thể", url: SiteURL.producerAction(id: model.id, action: "sua").path).class("button").id("edit-producer") }
            }
            if model.mayReview && model.status == .pending { review(context, model) }
            H2("Sản phẩm (\(model.products.count))")
            if model.mayEdit {
                Paragraph { Link("+ Thêm sản phẩm", url: SiteURL.newProduct(producerID: model.id).path).class("button primary").id("new-product") }
            }
            if model.products.isEmpty {
                Paragraph("Chủ thể chưa có sản phẩm nào.").class("muted")
            } else {
                Div {
                    Table(header: TableRow { TableHeaderCell("Tên sản phẩm"); TableHeaderCell("Bộ sản phẩm"); TableHeaderCell("Công nhận gần nhất") }) {
                        for product in model.products {
                            TableRow {
                                TableCell { Link(product.name, url: SiteURL.product(id: product.id).path) }
                                TableCell(product.productSet); TableCell(product.latestStar)
                            }
                        }
                    }.class("data-table").id("producer-products")
                }.class("table-wrap")
            }
            H2("Tài khoản người đại diện")
            if let refused = model.passwordError, !model.accounts.contains(where: { $0.username == refused.username }) {
                Paragraph(refused.message).class("bad").id("reset-error").attribute(named: "role", value: "alert")
            }
            if model.accounts.isEmpty {
                Paragraph("Chủ thể chưa có tài khoản đăng nhập.").class("muted")
            } else {
                List(model.accounts) { account in
                    ListItem {
                        Text("\(account.fullName) (\(account.username)) — \(account.isActive ? "đang hoạt động" : "chưa được đăng nhập")")
                        if account.mayResetPassword { resetForm(context, model, account) }
                    }
                }.id("producer-accounts")
            }
        }
    }

    /// A temporary password for a representative who forgot theirs, told to them by the officer.
    /// Open by itself when it was just refused, so the reason is seen next to the field.
    private static func resetForm(_ context: PageContext, _ model: ProducerDetailModel, _ account: ProducerDetailModel.AccountRow) -> Component {
        let error = model.passwordError.flatMap { $0.username == account.username ? $0.message : nil }
        return Tag("details", [("class", "reset-password")] + (error != nil ? [("open", nil)] : [])) {
            Tag("summary") { Text("Đặt lại mật khẩu…") }
            Form(url: SiteURL.producerAction(id: model.id, action: "dat-lai-mat-khau").path, method: .post) {
                CSRFField(token: context.csrfToken)
                Input(type: .hidden, name: "username", value: account.username)
                FormField(label: "Mật khẩu tạm thời cho \(account.username)", name: "password", value: "", type: .password, error: error,
                          hint: "Ít nhất \(PasswordRules.minimumLength) ký tự. Báo cho người đại diện; họ phải đổi mật khẩu khi đăng nhập lần tới.",
                          isRequired: true, autocomplete: "new-password", fieldID: "reset-\(account.username)")
                Button { Text("Đặt mật khẩu tạm thời") }.attribute(named: "type", value: "submit")
            }
        }
    }

    private static func review(_ context: PageContext, _ model: ProducerDetailModel) -> Component {
        Div {
            H2("Duyệt đăng ký")
            Form(url: SiteURL.producerAction(id: model.id, action: "duyet").path, method: .post) {
                CSRFField(token: context.csrfToken)
                Button { Text("Duyệt đăng ký") }.attribute(named: "type", value: "submit").class("primary").id("approve-producer")
            }
            Form(url: SiteURL.producerAction(id: model.id, action: "tu-choi").path, method: .post) {
                CSRFField(token: context.csrfToken)
                TextAreaField(label: "Lý do từ chối", name: "reason", value: "", hint: "Chủ thể sẽ thấy lý do này.", error: model.reasonError)
                Button { Text("Từ chối đăng ký") }.attribute(named: "type", value: "submit").id("reject-producer")
            }.class("narrow-form")
        }.id("producer-review")
    }
}
