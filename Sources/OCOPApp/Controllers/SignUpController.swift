import Fluent
import Vapor
import OCOPCore

/// Đăng ký chủ thể: a producer signs up without an account; the producer waits in state "chờ xã
/// duyệt" and its account cannot sign in until the commune officer approves.
struct SignUpController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("dang-ky-chu-the", use: form)
        routes.post("dang-ky-chu-the", use: submit)
    }

    func form(req: Request) async throws -> Response {
        let model = ProducerFormModel(mode: .signUp, action: SiteURL.producerSignUp.path)
        return ProducerFormView.render(req.pageContext(title: "Đăng ký chủ thể OCOP"), model).response()
    }

    func submit(req: Request) async throws -> Response {
        let input = try req.content.decode(ProducerService.Input.self)
        let fields = try req.content.decode(ProducersController.AccountFields.self)
        var model = ProducerFormModel(mode: .signUp, action: SiteURL.producerSignUp.path, input: input)
        model.values["accountUsername"] = fields.accountUsername ?? ""
        model.values["accountEmail"] = fields.accountEmail ?? ""
        let account = ProducersController.newAccount(fields, fullName: input.representativeName, mustChange: false)
        return try await ProducersController.register(req, input, model, account: account, status: .pending) { producer in
            req.flash("Đã gửi đăng ký của \(producer.name). Cán bộ OCOP của xã sẽ kiểm tra; bạn đăng nhập được sau khi đăng ký được duyệt.")
            return req.redirect(to: SiteURL.login.path)
        }
    }
}
