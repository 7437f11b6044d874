import Fluent
import Vapor
import OCOPCore

/// Cấp và thu hồi vai trò of an existing account: only within the giver's own scope, each change
/// audited with the account's roles before and after.
struct AccountRolesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let account = routes.grouped(RequireLoginMiddleware())
        account.post(SiteURL.accountAction(id: ":id", action: "cap-vai-tro").route, use: grant)
        account.post(SiteURL.accountAction(id: ":id", action: "thu-hoi/:assignment").route, use: revoke)
    }

    struct GrantForm: Content {
        var role: String?
        var provinceCode: String?
        var communeCode: String?
    }

    func grant(req: Request) async throws -> Response {
        let (account, grants) = try await AccountsController.managedAccount(req)
        let form = try req.content.decode(GrantForm.self)
        var model = AccountFormModel(role: form.role ?? "", provinceCode: form.provinceCode ?? "", communeCode: form.communeCode ?? "")
        guard let role = Role(rawValue: model.role) else {
            model.errors["role"] = "Vui lòng chọn vai trò."
            return try await AccountsController.renderDetail(req, account, passwordError: nil, grantForm: model, status: .unprocessableEntity)
        }
        let grant = RolePlacement.grant(role: role, province: model.provinceCode, commune: model.communeCode)
        if let problem = try await RolePlacement.problem(grant, on: req.db) {
            model.errors[grant.location.communeCode == nil ? "provinceCode" : "communeCode"] = problem
            return try await AccountsController.renderDetail(req, account, passwordError: nil, grantForm: model, status: .unprocessableEntity)
        }
        try req.authorize(.grant(grant))
        if grants.contains(grant) {
            model.errors["role"] = "Tài khoản đã có vai trò này."
            return try await AccountsController.renderDetail(req, account, passwordError: nil, grantForm: model, status: .unprocessableEntity)
        }
        try await AccountChanges.grant(grant, to: account, holding: grants, actor: try req.currentUser, on: req.db)
        req.flash("Đã cấp vai trò \(role.title).")
        return req.redirect(to: SiteURL.account(id: account.id!.uuidString).path)
    }

    /// Takes one role back; the last role stays (an account with none could not even see a dashboard,
    /// lock it instead).
    func revoke(req: Request) async throws -> Response {
        let (account, grants) = try await AccountsController.managedAccount(req)
        guard let assignmentID = req.parameters.get("assignment", as: UUID.self),
              let assignment = account.assignments.first(where: { $0.id == assignmentID }), let grant = assignment.grant else {
            throw Abort(.notFound, reason: "Không tìm thấy vai trò này.")
        }
        try req.authorize(.grant(grant))
        guard grants.count > 1 else {
            throw Abort(.unprocessableEntity, reason: "Không thu hồi vai trò cuối cùng của tài khoản; hãy khóa tài khoản nếu cần.")
        }
        let remaining = account.assignments.filter { $0.id != assignmentID }.compactMap(\.grant)
        try await AccountChanges.revoke(assignment, grant: grant, from: account, holding: grants, remaining: remaining,
                                        actor: try req.currentUser, on: req.db)
        req.flash("Đã thu hồi vai trò \(grant.role.title).")
        return req.redirect(to: SiteURL.account(id: account.id!.uuidString).path)
    }
}
