import Fluent
import Vapor
import OCOPCore

/// Đặt lại mật khẩu người đại diện (issue 12): a producer who forgot their password asks their
/// commune, whose officer types a temporary one on the producer's page and tells them. The
/// representative must change it at the next sign-in, and their other sessions end. (By e-mail
/// once the system sends mail.)
struct ProducerPasswordController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(RequireLoginMiddleware())
            .post(SiteURL.producerAction(id: ":id", action: "dat-lai-mat-khau").route, use: reset)
    }

    struct Form: Content {
        var username: String?
        var password: String?
    }

    func reset(req: Request) async throws -> Response {
        let producer = try await ProducersController.find(req)
        let producerID = producer.id!.uuidString
        let form = try req.content.decode(Form.self)
        let username = (form.username ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let account = try await ProducerService.accounts(of: producer, on: req.db).first { $0.username == username }
        // Who may reset is decided on the account's real grants; an unknown name is checked as if it
        // were this producer's representative, so that an outsider learns nothing from a 404.
        let holding = account?.assignments.compactMap(\.grant)
            ?? [RoleGrant(role: .producerRepresentative, location: producer.location, subjectID: producerID)]
        try req.authorize(.resetRepresentativePassword(producerID: producerID, location: producer.location, holding: holding))
        guard let account else {
            return try await refuse(req, producer, username, "Không tìm thấy tài khoản người đại diện «\(username)» của chủ thể này.")
        }
        let password = form.password ?? ""
        if let problem = PasswordRules.problem(password: password, username: account.username) {
            return try await refuse(req, producer, username, problem)
        }
        let hash = try await PasswordHashing.hash(password, on: req.application)
        try await AccountChanges.resetPassword(account, hash: hash, grants: holding, actor: try req.currentUser, on: req.db)
        req.flash("Đã đặt lại mật khẩu cho \(account.fullName) (\(account.username)). Người đại diện phải đổi mật khẩu khi đăng nhập lần tới.")
        return req.redirect(to: SiteURL.producer(id: producerID).path)
    }

    private func refuse(_ req: Request, _ producer: ProducerRecord, _ username: String, _ message: String) async throws -> Response {
        try await ProducersController().renderDetail(req, producer, reasonError: nil, passwordError: (username, message),
                                                     status: .unprocessableEntity)
    }
}
