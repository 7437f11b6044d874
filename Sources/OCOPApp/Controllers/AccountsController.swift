import Fluent
import Vapor
import OCOPCore

/// Quản lý tài khoản: an administrator or a provincial officer creates accounts and gives roles,
/// only within their own scope; the policy refuses anything else.
struct AccountsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let accounts = routes.grouped(RequireLoginMiddleware())
        accounts.get(SiteURL.accounts.route, use: list)
        accounts.get(SiteURL.newAccount.route, use: newForm)
        accounts.post(SiteURL.newAccount.route, use: create)
        accounts.get(SiteURL.account(id: ":id").route, use: detail)
        accounts.post(SiteURL.accountAction(id: ":id", action: "khoa").route, use: { try await setActive($0, false) })
        accounts.post(SiteURL.accountAction(id: ":id", action: "mo-khoa").route, use: { try await setActive($0, true) })
        accounts.post(SiteURL.accountAction(id: ":id", action: "dat-lai-mat-khau").route, use: resetPassword)
    }

    func list(req: Request) async throws -> Response {
        try req.authorize(.administerAccounts)
        let user = try req.currentUser
        let text = ((try? req.query.get(String.self, at: "q")) ?? "").trimmingCharacters(in: .whitespaces)
        let query = UserAccount.query(on: req.db).with(\.$assignments).sort(\.$fullName).limit(500)
        let scope = user.readScope(.accounts)
        if !scope.everything {
            let holders = try await ScopedList.narrow(RoleAssignment.query(on: req.db), to: scope).all(\.$account.$id)
            query.filter(\.$id ~~ Array(Set(holders)))
        }
        if !text.isEmpty {
            query.group(.or) { $0.filter(\.$username ~~ text.lowercased()).filter(\.$fullName ~~ text) }
        }
        let accounts = try await query.all()
        let names = try await UnitDirectory.names(for: accounts.flatMap { $0.assignments.compactMap { $0.communeCode ?? $0.provinceCode } }, on: req.db)
        let rows = accounts.map { account in
            AccountListModel.Row(id: account.id!.uuidString, username: account.username, fullName: account.fullName,
                                 roles: roleLines(account.assignments, names).joined(separator: "; "), isActive: account.isActive)
        }
        return AccountListView.render(req.pageContext(title: "Tài khoản"), AccountListModel(query: text, rows: rows)).response()
    }

    struct AccountForm: Content {
        var username: String?
        var fullName: String?
        var email: String?
        var role: String?
        var provinceCode: String?
        var communeCode: String?
        var password: String?
    }

    func newForm(req: Request) async throws -> Response {
        try req.authorize(.administerAccounts)
        var model = AccountFormModel()
        model.provinceCode = try defaultProvince(req) ?? ""
        return try await renderForm(req, model, status: .ok)
    }

    func create(req: Request) async throws -> Response {
        try req.authorize(.administerAccounts)
        let form = try req.content.decode(AccountForm.self)
        var model = AccountFormModel(username: form.username ?? "", fullName: form.fullName ?? "", email: form.email ?? "",
                                     role: form.role ?? "", provinceCode: form.provinceCode ?? "", communeCode: form.communeCode ?? "")
        guard let role = Role(rawValue: model.role) else {
            model.errors["role"] = "Vui lòng chọn vai trò."
            return try await renderForm(req, model, status: .unprocessableEntity)
        }
        let grant = RolePlacement.grant(role: role, province: model.provinceCode, commune: model.communeCode)
        if let problem = try await RolePlacement.problem(grant, on: req.db) {
            model.errors[grant.location.communeCode == nil ? "provinceCode" : "communeCode"] = problem
            return try await renderForm(req, model, status: .unprocessableEntity)
        }
        try req.authorize(.grant(grant))
        do {
            let account = try await AccountService.create(
                .init(username: model.username, fullName: model.fullName, email: model.email, password: form.password ?? "",
                      grants: [grant], mustChangePassword: true),
                actor: try req.currentUser, on: req.application, database: req.db)
            req.flash("Đã tạo tài khoản \(account.username).")
            return req.redirect(to: SiteURL.account(id: account.id!.uuidString).path)
        } catch let errors as FormErrors {
            model.errors = errors.messages
            return try await renderForm(req, model, status: .unprocessableEntity)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            model.errors["username"] = "Tên đăng nhập này đã được dùng. Vui lòng chọn tên khác."
            return try await renderForm(req, model, status: .unprocessableEntity)
        }
    }

    func detail(req: Request) async throws -> Response {
        let (account, grants) = try await Self.managedAccount(req)
        return try await renderDetail(req, account, grants, passwordError: nil, status: .ok)
    }

    func setActive(_ req: Request, _ active: Bool) async throws -> Response {
        let (account, grants) = try await Self.managedAccount(req)
        try await AccountChanges.setActive(account, active, grants: grants, actor: try req.currentUser, on: req.db)
        req.flash(active ? "Đã mở khóa tài khoản." : "Đã khóa tài khoản.")
        return req.redirect(to: SiteURL.account(id: account.id!.uuidString).path)
    }

    func resetPassword(req: Request) async throws -> Response {
        let (account, grants) = try await Self.managedAccount(req)
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        if let problem = PasswordRules.problem(password: password, username: account.username) {
            return try await renderDetail(req, account, grants, passwordError: problem, status: .unprocessableEntity)
        }
        let hash = try await PasswordHashing.hash(password, on: req.application)
        try await AccountChanges.resetPassword(account, hash: hash, grants: grants, actor: try req.currentUser, on: req.db)
        req.flash("Đã đặt lại mật khẩu. Người dùng phải đổi mật khẩu khi đăng nhập.")
        return req.redirect(to: SiteURL.account(id: account.id!.uuidString).path)
    }

    // MARK: - Helpers

    /// The account of the `:id` parameter, if the viewer may manage it.
    static func managedAccount(_ req: Request) async throws -> (UserAccount, [RoleGrant]) {
        try req.authorize(.administerAccounts)
        guard let id = req.parameters.get("id", as: UUID.self),
              let account = try await UserAccount.query(on: req.db).filter(\.$id == id).with(\.$assignments).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy tài khoản.")
        }
        let grants = account.assignments.compactMap(\.grant)
        try req.authorize(.manageAccount(holding: grants))
        return (account, grants)
    }

    private func renderDetail(_ req: Request, _ account: UserAccount, _ grants: [RoleGrant], passwordError: String?, status: HTTPStatus) async throws -> Response {
        try await Self.renderDetail(req, account, passwordError: passwordError, grantForm: AccountFormModel(), status: status)
    }

    /// The account page, also shown again by the role controller with its form's errors.
    static func renderDetail(_ req: Request, _ account: UserAccount, passwordError: String?, grantForm: AccountFormModel, status: HTTPStatus) async throws -> Response {
        let user = try req.currentUser
        let names = try await UnitDirectory.names(for: account.assignments.compactMap { $0.communeCode ?? $0.provinceCode }, on: req.db)
        let roles = account.assignments.compactMap { assignment in
            assignment.grant.map { grant in
                AccountDetailModel.RoleLine(id: assignment.id!.uuidString, label: RolePlacement.label(grant, names),
                                            revocable: AccessPolicy().decide(user.grants, .grant(grant)).isAllowed)
            }
        }
        var form = grantForm
        if form.provinceCode.isEmpty { form.provinceCode = Self.grantingProvince(user) ?? "" }
        try await RolePlacement.fillChoices(&form, for: user, on: req.db)
        let model = AccountDetailModel(id: account.id!.uuidString, username: account.username, fullName: account.fullName,
                                       email: account.email, isActive: account.isActive, mustChangePassword: account.mustChangePassword,
                                       roles: roles, passwordError: passwordError, grantForm: form)
        return AccountDetailView.render(req.pageContext(title: account.fullName), model).response(status: status)
    }

    private func renderForm(_ req: Request, _ model: AccountFormModel, status: HTTPStatus) async throws -> Response {
        var model = model
        try await RolePlacement.fillChoices(&model, for: try req.currentUser, on: req.db)
        return AccountFormView.render(req.pageContext(title: "Tạo tài khoản"), model).response(status: status)
    }

    private func defaultProvince(_ req: Request) throws -> String? {
        Self.grantingProvince(try req.currentUser)
    }

    /// The province whose roles this person hands out (a provincial officer's), offered first in forms.
    static func grantingProvince(_ user: CurrentUser) -> String? {
        user.homeUnit { .grant(RoleGrant(role: .provincialOfficer, location: $0)) }?.provinceCode
    }

    private func roleLines(_ assignments: [RoleAssignment], _ names: [String: String]) -> [String] {
        assignments.compactMap(\.grant).map { RolePlacement.label($0, names) }
    }
}
