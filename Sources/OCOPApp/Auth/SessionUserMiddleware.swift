import Fluent
import Vapor
import OCOPCore

/// Restores the signed-in user from the session on each request, and ends sessions that were
/// idle longer than `SESSION_IDLE_MINUTES`. Sessions live in the database, so several app
/// instances behind a load balancer share them.
struct SessionUserMiddleware: AsyncMiddleware {
    struct ExpiredKey: StorageKey { typealias Value = Bool }

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard request.hasSession, let rawID = request.session.data[SessionKeys.accountID] else {
            return try await next.respond(to: request)
        }
        let now = Date().timeIntervalSince1970
        let lastSeen = request.session.data[SessionKeys.lastSeen].flatMap(Double.init) ?? 0
        if now - lastSeen > request.application.settings.sessionIdleTimeout {
            request.session.destroy()
            request.storage[ExpiredKey.self] = true
            return try await next.respond(to: request)
        }
        if let id = UUID(uuidString: rawID),
           let account = try await UserAccount.query(on: request.db).filter(\.$id == id).with(\.$assignments).first(),
           account.isActive {
            request.auth.login(CurrentUser(
                id: id,
                username: account.username,
                fullName: account.fullName,
                grants: account.assignments.compactMap(\.grant),
                mustChangePassword: account.mustChangePassword,
                unreadNotifications: try await Notifications.unreadCount(for: id, on: request.db)
            ))
            request.session.data[SessionKeys.lastSeen] = String(Int(now))
        } else {
            request.session.destroy()
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// True when this request arrived with a session that had just expired.
    var sessionExpired: Bool { storage[SessionUserMiddleware.ExpiredKey.self] ?? false }
}
