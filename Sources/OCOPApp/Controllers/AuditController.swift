import Fluent
import Vapor
import OCOPCore

/// Nhật ký thao tác: officers read the log of their own scope, filtered by record and actor.
struct AuditController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(RequireLoginMiddleware()).get(SiteURL.audit.route, use: list)
    }

    func list(req: Request) async throws -> Response {
        let user = try req.currentUser
        let scope = try req.listScope(.auditEntries)
        let record = ((try? req.query.get(String.self, at: "ban-ghi")) ?? "").trimmingCharacters(in: .whitespaces)
        let actor = ((try? req.query.get(String.self, at: "nguoi")) ?? "").trimmingCharacters(in: .whitespaces)
        let page = max(1, (try? req.query.get(Int.self, at: "trang")) ?? 1)
        let query = ScopedList.narrow(AuditEntry.query(on: req.db), to: scope) { $0.filter(\.$actorID == user.id) }
        if !record.isEmpty { query.filter(\.$recordID ~~ record) }
        if !actor.isEmpty { query.filter(\.$actorName ~~ actor) }
        let result = try await query.sort(\.$at, .descending).paginate(PageRequest(page: page, per: 50))
        let model = AuditModel(record: record, actor: actor, rows: try await UnitDirectory.rows(result.items, on: req.db),
                               page: page, pageCount: max(1, result.metadata.pageCount), total: result.metadata.total)
        return AuditView.render(req.pageContext(title: "Nhật ký thao tác"), model).response()
    }
}
