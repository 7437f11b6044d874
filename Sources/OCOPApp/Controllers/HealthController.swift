import Fluent
import SQLKit
import Vapor

/// `/healthz`: for load balancers and monitoring; answers 200 only when the database answers.
struct HealthController: RouteCollection {
    struct Health: Content {
        let status: String
        let database: String
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.health.route, use: check)
    }

    func check(req: Request) async throws -> Response {
        let sql = req.db as! any SQLDatabase
        do {
            try await sql.raw("SELECT 1").run()
            return try await Health(status: "ok", database: sql.dialect.name).encodeResponse(for: req)
        } catch {
            req.logger.error("Kiểm tra sức khỏe: cơ sở dữ liệu không phản hồi: \(String(reflecting: error))")
            let response = try await Health(status: "error", database: "unreachable").encodeResponse(for: req)
            response.status = .serviceUnavailable
            return response
        }
    }
}
