import Fluent
import Foundation
import OCOPCore

/// Phân quyền: one role an account holds at one scope. Stored flat (codes, not foreign keys to
/// councils or producers that do not exist yet) so later areas can bind `subject_id`.
package final class RoleAssignment: Model, @unchecked Sendable {
    package static let schema = "role_assignments"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "account_id") package var account: UserAccount
    @Field(key: "role") package var role: String
    @OptionalField(key: "province_code") package var provinceCode: String?
    @OptionalField(key: "commune_code") package var communeCode: String?
    @OptionalField(key: "subject_id") var subjectID: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    package init() {}

    package init(accountID: UUID, grant: RoleGrant) {
        self.$account.id = accountID
        self.role = grant.role.rawValue
        self.provinceCode = grant.location.provinceCode
        self.communeCode = grant.location.communeCode
        self.subjectID = grant.subjectID
    }

    /// The grant as the access policy sees it; nil for a role name this version does not know.
    var grant: RoleGrant? {
        Role(rawValue: role).map {
            RoleGrant(role: $0, location: UnitLocation(provinceCode: provinceCode, communeCode: communeCode), subjectID: subjectID)
        }
    }
}
