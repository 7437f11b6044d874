import Fluent
import Vapor
import OCOPCore

/// Restores the signed-in user from the session on each request, and ends sessions that were
/// idle longer than `SESSION_IDLE_MINUTES`, older than `SESSION_MAX_HOURS`, or begun before the
/// account's password last changed. Sessions live in the database, so several app instances
/// behind a load balancer share them.
struct SessionUserMiddleware: AsyncMiddleware {
    struct ExpiredKey: StorageKey { typealias Value = Bool }

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard request.hasSession, let rawID = request.session.data[SessionKeys.accountID] else {
            return try await next.respond(to: request)
        }
        let now = Date().timeIntervalSince1970
        let settings = request.application.settings
        let lastSeen = request.session.data[SessionKeys.lastSeen].flatMap(Double.init) ?? 0
        let signedInAt = request.session.data[SessionKeys.signedInAt].flatMap(Double.init) ?? 0
        if now - lastSeen > settings.sessionIdleTimeout || now - signedInAt > settings.sessionMaxLifetime {
            request.session.destroy()
            request.storage[ExpiredKey.self] = true
            return try await next.respond(to: request)
        }
        if let id = UUID(uuidString: rawID),
           let account = try await UserAccount.query(on: request.db).filter(\.$id == id).with(\.$assignments).first(),
           account.isActive, signedInAt >= (account.sessionsValidFrom?.timeIntervalSince1970 ?? 0) {
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
            request.storage[ExpiredKey.self] = true
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// True when this request arrived with a session that had just expired.
    var sessionExpired: Bool { storage[SessionUserMiddleware.ExpiredKey.self] ?? false }
}
