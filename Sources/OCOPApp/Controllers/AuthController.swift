import Fluent
import Vapor
import OCOPCore

/// Đăng nhập, đăng xuất, đổi mật khẩu.
struct AuthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.login.route, use: showLogin)
        routes.post(SiteURL.login.route, use: login)
        routes.post(SiteURL.logout.route, use: logout)
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.changePassword.route, use: showChangePassword)
        signedIn.post(SiteURL.changePassword.route, use: changePassword)
    }

    struct LoginForm: Content {
        var username: String?
        var password: String?
        var tiep: String?
    }

    func showLogin(req: Request) async throws -> Response {
        if req.auth.has(CurrentUser.self) { return req.redirect(to: SiteURL.dashboard.path) }
        var model = LoginModel(next: (try? req.query.get(String.self, at: "tiep")) ?? "")
        if req.sessionExpired || (try? req.query.get(String.self, at: "het-han")) != nil {
            model.notice = LoginModel.sessionExpired
        } else if (try? req.query.get(String.self, at: "da-dang-xuat")) != nil {
            model.notice = "Bạn đã đăng xuất."
        }
        return LoginView.render(req.pageContext(title: "Đăng nhập"), model).response()
    }

    func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let username = (form.username ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let password = form.password ?? ""
        var model = LoginModel(username: form.username ?? "", next: form.tiep ?? "")
        let settings = req.application.settings
        let throttle = LoginThrottle(maxFailures: settings.loginMaxFailures, lockDuration: Double(settings.loginLockMinutes) * 60,
                                     delayPerFailure: settings.loginDelayPerFailure)
        let key = SearchFolding.fold(username)
        let attempt = try await LoginAttempt.find(key, on: req.db) ?? LoginAttempt(key: key)

        switch throttle.verdict(failures: attempt.failures, lockedUntil: attempt.lockedUntil, now: Date()) {
        case .locked(let until):
            model.error = LoginThrottle.lockedMessage(until: until)
            return LoginView.render(req.pageContext(title: "Đăng nhập"), model).response(status: .tooManyRequests)
        case .attempt(let delay):
            if delay > 0 { try await Task.sleep(for: .milliseconds(Int(delay * 1000))) }
        }

        let account = try await UserAccount.query(on: req.db).filter(\.$username == username).first()
        let hash: String
        if let account { hash = account.passwordHash } else { hash = try await PasswordHashing.decoyHash(on: req.application) }
        let passwordMatches = try await PasswordHashing.verify(password, hash: hash, on: req.application)
        guard let account, account.isActive, passwordMatches else {
            let next = try await LoginAttempts.recordFailure(key, throttle: throttle, on: req.db)
            req.logger.notice("Đăng nhập thất bại cho '\(username)' từ \(req.clientAddress)")
            model.error = next.lockedUntil.map(LoginThrottle.lockedMessage(until:)) ?? LoginModel.wrongCredentials
            return LoginView.render(req.pageContext(title: "Đăng nhập"), model).response(status: .unauthorized)
        }

        try await LoginAttempt.query(on: req.db).filter(\.$id == key).delete()
        // A new session id at sign-in (no session fixation): the id a visitor had before signing in is
        // deleted, and the sessions middleware issues a fresh one with this response.
        if let old = req.session.id {
            try await req.application.sessions.driver.deleteSession(old, for: req).get()
            req.session.id = nil
        }
        // A new CSRF token at sign-in: a token seen before login is worth nothing after it.
        req.session.data[SessionKeys.csrfToken] = nil
        req.session.data[SessionKeys.accountID] = account.id!.uuidString
        req.session.data[SessionKeys.lastSeen] = String(Int(Date().timeIntervalSince1970))
        req.session.data[SessionKeys.signedInAt] = String(Date().timeIntervalSince1970)
        if account.mustChangePassword { return req.redirect(to: SiteURL.changePassword.path) }
        return req.redirect(to: Self.safeNext(form.tiep, app: req.application) ?? SiteURL.dashboard.path)
    }

    func logout(req: Request) async throws -> Response {
        req.auth.logout(CurrentUser.self)
        req.session.destroy()
        return req.redirect(to: SiteURL.login.path + "?da-dang-xuat=1")
    }

    func showChangePassword(req: Request) async throws -> Response {
        let model = ChangePasswordModel(mustChange: try req.currentUser.mustChangePassword)
        return ChangePasswordView.render(req.pageContext(title: "Đổi mật khẩu"), model).response()
    }

    struct ChangePasswordForm: Content {
        var current: String?
        var new: String?
        var confirm: String?
    }

    func changePassword(req: Request) async throws -> Response {
        let user = try req.currentUser
        let form = try req.content.decode(ChangePasswordForm.self)
        guard let account = try await UserAccount.find(user.id, on: req.db) else { throw Abort(.unauthorized) }
        var errors: [String: String] = [:]
        if try await !PasswordHashing.verify(form.current ?? "", hash: account.passwordHash, on: req.application) {
            errors["current"] = "Mật khẩu hiện tại không đúng."
        }
        if let problem = PasswordRules.problem(password: form.new ?? "", username: account.username) {
            errors["new"] = problem
        } else if form.new != form.confirm {
            errors["confirm"] = "Mật khẩu nhập lại không khớp."
        }
        guard errors.isEmpty else {
            let model = ChangePasswordModel(errors: errors, mustChange: account.mustChangePassword)
            return ChangePasswordView.render(req.pageContext(title: "Đổi mật khẩu"), model).response(status: .unprocessableEntity)
        }
        let hash = try await PasswordHashing.hash(form.new!, on: req.application)
        // Every other session of this person ends; this one goes on, as signed in again now.
        try await AccountChanges.changeOwnPassword(account, hash: hash, actor: user, on: req.db)
        req.session.data[SessionKeys.signedInAt] = String(Date().timeIntervalSince1970 + 0.001)
        req.flash("Đã đổi mật khẩu.")
        return req.redirect(to: SiteURL.dashboard.path)
    }

    /// Only a path of this site may follow a login, never another host ("/\t/evil.example").
    static func safeNext(_ next: String?, app: Application) -> String? {
        let segments = Set(app.routes.all.filter { $0.method == .GET }.compactMap { route -> String? in
            guard case .constant(let first) = route.path.first else { return nil }
            return first
        })
        return LocalRedirect.target(next, routeSegments: segments)
    }
}
