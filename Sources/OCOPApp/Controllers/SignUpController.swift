import Fluent
import Vapor
import OCOPCore

/// Đăng ký chủ thể: a producer signs up without an account; the producer waits in state "chờ xã
/// duyệt" and its account cannot sign in until the commune officer approves.
struct SignUpController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.producerSignUp.route, use: form)
        routes.post(SiteURL.producerSignUp.route, use: submit)
    }

    func form(req: Request) async throws -> Response {
        var model = ProducerFormModel(mode: .signUp, action: SiteURL.producerSignUp.path)
        model.place = try await CommuneChoices.load(provinceCode: nil, communeCode: nil, on: req.db)
        return ProducerFormView.render(req.pageContext(title: "Đăng ký chủ thể OCOP"), model).response()
    }

    /// Sign-ups from one address: 10 within the lock window, then refused for `LOGIN_LOCK_MINUTES`.
    static let maxPerWindow = 10

    func submit(req: Request) async throws -> Response {
        let settings = req.application.settings
        let throttle = LoginThrottle(maxFailures: Self.maxPerWindow, lockDuration: Double(settings.loginLockMinutes) * 60, delayPerFailure: 0)
        let key = "dang-ky|" + req.clientAddress
        let attempt = try await LoginAttempt.find(key, on: req.db) ?? LoginAttempt(key: key)
        if case .locked(let until) = throttle.verdict(failures: attempt.failures, lockedUntil: attempt.lockedUntil, now: Date()) {
            throw Abort(.tooManyRequests, reason: "Có quá nhiều lượt đăng ký từ địa chỉ này. Vui lòng thử lại sau \(VietnameseFormat.dateTime(until)).")
        }
        try await LoginAttempts.recordFailure(key, throttle: throttle, on: req.db)
        let input = try req.content.decode(ProducerService.Input.self)
        let fields = try req.content.decode(ProducersController.AccountFields.self)
        var model = ProducerFormModel(mode: .signUp, action: SiteURL.producerSignUp.path, input: input)
        model.values["accountUsername"] = fields.accountUsername ?? ""
        model.values["accountEmail"] = fields.accountEmail ?? ""
        model.place = try await CommuneChoices.load(provinceCode: input.provinceCode, communeCode: input.communeCode, on: req.db)
        let account = ProducersController.newAccount(fields, fullName: input.representativeName, mustChange: false)
        return try await ProducersController.register(req, input, model, account: account, status: .pending) { producer in
            req.flash("Đã gửi đăng ký của \(producer.name). Cán bộ OCOP của xã sẽ kiểm tra; bạn đăng nhập được sau khi đăng ký được duyệt.")
            return req.redirect(to: SiteURL.login.path)
        }
    }
}
