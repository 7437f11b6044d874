import Vapor
import OCOPCore

/// The signed-in person for this request, with the grants the access policy reasons about.
package struct CurrentUser: Authenticatable, Sendable {
    let id: UUID
    let username: String
    let fullName: String
    let grants: [RoleGrant]
    let mustChangePassword: Bool
    /// Unread in-app notifications, for the header's badge.
    var unreadNotifications: Int = 0

    /// The role that decides the landing dashboard: the highest-ranked one held.
    var primaryGrant: RoleGrant? { grants.min { $0.role < $1.role } }

    /// "Phạm Thị Khê (vietkhe)": how the person is named in the audit log and on the records they sign.
    var label: String { "\(fullName) (\(username))" }

    func holds(_ role: Role) -> Bool { grants.contains { $0.role == role } }

    var isOfficer: Bool { grants.contains { AccessPolicy().officerScope(of: $0) != nil } }
}

extension Request {
    /// The signed-in user; throws 401 so a route that forgot `RequireLogin` still fails closed.
    var currentUser: CurrentUser {
        get throws {
            guard let user = auth.get(CurrentUser.self) else { throw Abort(.unauthorized) }
            return user
        }
    }

    /// Asks the one policy; throws a 403 carrying the Vietnamese reason when refused.
    func authorize(_ action: AccessAction) throws {
        if case .denied(let reason) = AccessPolicy().decide(try currentUser.grants, action) {
            throw Abort(.forbidden, reason: reason)
        }
    }
}
