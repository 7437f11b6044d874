import Plot

/// The producer form: an officer's create or edit, or the public sign-up with its account fields.
enum ProducerFormView {
    static func render(_ context: PageContext, _ model: ProducerFormModel) -> HTML {
        Layout.page(context) {
            if model.mode == .signUp {
                Paragraph("Chủ thể sản xuất, kinh doanh (doanh nghiệp, hợp tác xã, tổ hợp tác, hộ kinh doanh) đăng ký tài khoản để lập hồ sơ sản phẩm OCOP. "
                    + "Cán bộ OCOP của xã sẽ kiểm tra và duyệt; sau khi được duyệt, bạn đăng nhập bằng tên đăng nhập và mật khẩu dưới đây.").class("lead")
            }
            ErrorSummary(errors: model.errors)
            Form(url: model.action, method: .post) {
                CSRFField(token: context.csrfToken)
                ProducerFields(model: model)
                if model.mode == .create {
                    H2("Tài khoản cho người đại diện (không bắt buộc)")
                    Paragraph("Để trống nếu chưa cần. Người đại diện phải đổi mật khẩu tạm thời ở lần đăng nhập đầu.").class("hint")
                    accountFields(model, passwordLabel: "Mật khẩu tạm thời")
                }
                if model.mode == .signUp {
                    H2("Tài khoản đăng nhập")
                    accountFields(model, passwordLabel: "Mật khẩu")
                }
                Button { Text(buttonTitle(model.mode)) }.attribute(named: "type", value: "submit").class("primary")
            }.id("producer-form").attribute(named: "data-once", value: "true")
        }
    }

    private static func accountFields(_ model: ProducerFormModel, passwordLabel: String) -> Component {
        Div {
            FormField(label: "Tên đăng nhập", name: "accountUsername", value: model["accountUsername"], error: model.errors["accountUsername"],
                      hint: "Chữ không dấu, số, dấu chấm, gạch ngang; ví dụ: htx.kyson", isRequired: model.mode == .signUp, autocomplete: "off")
            FormField(label: "Thư điện tử của người đại diện (không bắt buộc)", name: "accountEmail", value: model["accountEmail"],
                      type: .email, error: model.errors["accountEmail"])
            FormField(label: passwordLabel, name: "accountPassword", type: .password, error: model.errors["accountPassword"],
                      hint: "Ít nhất 10 ký tự.", isRequired: model.mode == .signUp, autocomplete: "new-password")
        }
    }

    private static func buttonTitle(_ mode: ProducerFormModel.Mode) -> String {
        switch mode {
        case .create: "Tạo chủ thể"
        case .edit: "Lưu thay đổi"
        case .signUp: "Gửi đăng ký"
        }
    }
}

/// Các trường của chủ thể, shared by the officer's form and the public sign-up.
struct ProducerFields: Component {
    let model: ProducerFormModel

    var body: Component {
        Div {
            SelectField(label: "Loại hình chủ thể", name: "legalForm", options: ProducerFormModel.legalFormChoices,
                        selected: model["legalForm"], error: model.errors["legalForm"])
            FormField(label: "Tên chủ thể (như trên giấy đăng ký kinh doanh)", name: "name", value: model["name"],
                      error: model.errors["name"], isRequired: true)
            FormField(label: "Mã số thuế / mã số đăng ký kinh doanh", name: "taxCode", value: model["taxCode"], error: model.errors["taxCode"],
                      hint: "10 chữ số; đơn vị phụ thuộc: 10 chữ số, dấu gạch ngang và 3 chữ số (ví dụ 0201684310-001).", isRequired: true)
            FormField(label: "Họ và tên người đại diện theo pháp luật", name: "representativeName", value: model["representativeName"],
                      error: model.errors["representativeName"], isRequired: true)
            CheckboxField(label: "Người đại diện là phụ nữ", name: "representativeIsWoman", isChecked: model.isWoman)
            CheckboxField(label: "Người đại diện là người dân tộc thiểu số", name: "representativeIsEthnicMinority", isChecked: model.isEthnicMinority)
            FormField(label: "Địa chỉ", name: "address", value: model["address"], error: model.errors["address"],
                      hint: "Số nhà, thôn, xóm nơi đặt trụ sở hoặc cơ sở sản xuất.", isRequired: true)
            if let commune = model.fixedCommune {
                Paragraph("Xã, phường: \(commune)").class("field").id("fixed-commune")
            } else {
                CommunePicker(place: model.place, commune: model["communeCode"], error: model.errors["communeCode"])
            }
            FormField(label: "Số điện thoại (không bắt buộc)", name: "phone", value: model["phone"], type: .tel, error: model.errors["phone"])
            FormField(label: "Thư điện tử của chủ thể (không bắt buộc)", name: "email", value: model["email"], type: .email, error: model.errors["email"])
        }
    }
}
