import Fluent
import Vapor

/// Tài khoản: a person who signs in. What they may do comes only from their `RoleAssignment`s.
package final class UserAccount: Model, @unchecked Sendable {
    package static let schema = "user_accounts"

    @ID(key: .id) package var id: UUID?
    /// Lower-case, unique; what the person types to sign in.
    @Field(key: "username") package var username: String
    @Field(key: "full_name") package var fullName: String
    @OptionalField(key: "email") var email: String?
    /// bcrypt hash; the password itself is never stored.
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "is_active") var isActive: Bool
    /// Set for accounts created by someone else, so the owner picks their own password.
    @Field(key: "must_change_password") var mustChangePassword: Bool
    /// Sessions signed in before this moment are ended: set when the password changes or is reset,
    /// so a stolen or forgotten session does not outlive the old password (M016).
    @OptionalField(key: "sessions_valid_from") var sessionsValidFrom: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Children(for: \.$account) var assignments: [RoleAssignment]

    package init() {}

    package init(id: UUID? = nil, username: String, fullName: String, email: String?, passwordHash: String, mustChangePassword: Bool) {
        self.id = id
        self.username = username.lowercased()
        self.fullName = fullName
        self.email = email
        self.passwordHash = passwordHash
        self.isActive = true
        self.mustChangePassword = mustChangePassword
    }
}
