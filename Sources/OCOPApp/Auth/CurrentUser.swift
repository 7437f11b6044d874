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

    /// The policy's filter of a list of `kind` for this person.
    func readScope(_ kind: ListedRecord) -> ReadScope { AccessPolicy().readScope(grants, of: kind) }

    /// The unit this person acts for when a form names none (`AccessPolicy.homeUnits`).
    func homeUnit(where action: (UnitLocation) -> AccessAction) -> UnitLocation? {
        AccessPolicy().homeUnits(grants, where: action).first
    }

    /// Whether the policy allows `action` (to show a link or a button only when it would work).
    func may(_ action: AccessAction) -> Bool { AccessPolicy().decide(grants, action).isAllowed }
}

extension Request {
    /// The signed-in user; throws 401 so a route that forgot `RequireLogin` still fails closed.
    var currentUser: CurrentUser {
        get throws {
            guard let user = auth.get(CurrentUser.self) else { throw Abort(.unauthorized) }
            return user
        }
    }

    /// The scope of a list page; a 403 with the policy's reason when it is empty.
    func listScope(_ kind: ListedRecord) throws -> ReadScope {
        let scope = try currentUser.readScope(kind)
        if scope.isEmpty { throw Abort(.forbidden, reason: kind.refusal) }
        return scope
    }

    /// Asks the one policy; throws a 403 carrying the Vietnamese reason when refused.
    func authorize(_ action: AccessAction) throws {
        if case .denied(let reason) = AccessPolicy().decide(try currentUser.grants, action) {
            throw Abort(.forbidden, reason: reason)
        }
    }
}

/// Reading back a stored `CurrentUser.label`.
enum OfficerLabel {
    /// "Nguyễn Văn An (vietkhe)" → "Nguyễn Văn An": a printed document names the person, never the
    /// login (issue 12: the commune report printed "(vietkhe)").
    static func fullName(_ label: String) -> String {
        guard label.hasSuffix(")"), let open = label.range(of: " (", options: .backwards) else { return label }
        return String(label[..<open.lowerBound])
    }
}
