import Fluent
import Vapor
import OCOPCore

/// Trang làm việc của xã và của tỉnh: only officers whose scope covers the unit may open it.
struct WorkspaceController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.communeWorkspace(code: ":code").route, use: commune)
        signedIn.get(SiteURL.provinceWorkspace(code: ":code").route, use: province)
    }

    func commune(req: Request) async throws -> Response {
        let unit = try await findUnit(req, level: .commune)
        try req.authorize(.openUnitWorkspace(unit.location))
        let province = try await AdminUnit.find(unit.provinceCode, on: req.db)
        let assignments = try await RoleAssignment.query(on: req.db).filter(\.$communeCode == unit.id!).with(\.$account).all()
        let entries = try await AuditEntry.query(on: req.db).filter(\.$communeCode == unit.id!).sort(\.$at, .descending).limit(20).all()
        let model = WorkspaceModel(unitName: unit.nameWithType, parentName: province?.nameWithType,
                                   people: people(assignments), communes: [],
                                   recentActivity: try await UnitDirectory.rows(entries, on: req.db))
        return WorkspaceView.render(req.pageContext(title: unit.nameWithType), model).response()
    }

    func province(req: Request) async throws -> Response {
        let unit = try await findUnit(req, level: .province)
        try req.authorize(.openUnitWorkspace(unit.location))
        let code = unit.id!
        let communes = try await AdminUnit.query(on: req.db).filter(\.$provinceCode == code).filter(\.$level == .commune).sort(\.$name).all()
        let assignments = try await RoleAssignment.query(on: req.db).filter(\.$provinceCode == code).with(\.$account).all()
        var officersByCommune: [String: Int] = [:]
        for assignment in assignments where assignment.role == Role.communeOfficer.rawValue {
            officersByCommune[assignment.communeCode ?? "", default: 0] += 1
        }
        let entries = try await AuditEntry.query(on: req.db).filter(\.$provinceCode == code).sort(\.$at, .descending).limit(20).all()
        let model = WorkspaceModel(
            unitName: unit.nameWithType, parentName: nil,
            people: people(assignments.filter { $0.communeCode == nil }),
            communes: communes.map { .init(code: $0.id!, name: $0.nameWithType, officers: officersByCommune[$0.id!] ?? 0) },
            recentActivity: try await UnitDirectory.rows(entries, on: req.db))
        return WorkspaceView.render(req.pageContext(title: unit.nameWithType), model).response()
    }

    private func findUnit(_ req: Request, level: AdminUnit.Level) async throws -> AdminUnit {
        guard let code = req.parameters.get("code"), let unit = try await AdminUnit.find(code, on: req.db), unit.level == level else {
            throw Abort(.notFound, reason: "Không có đơn vị hành chính với mã này.")
        }
        return unit
    }

    private func people(_ assignments: [RoleAssignment]) -> [WorkspaceModel.Person] {
        assignments.map {
            .init(username: $0.account.username, fullName: $0.account.fullName,
                  role: Role(rawValue: $0.role)?.title ?? $0.role, isActive: $0.account.isActive)
        }.sorted { $0.fullName < $1.fullName }
    }
}
