import Fluent
import Vapor
import OCOPCore

/// Field-by-field reasons a form was refused, keyed by the form field name.
struct FormErrors: Error {
    var messages: [String: String]
}

/// Tạo và quản lý tài khoản: the one place that creates accounts and changes their roles,
/// used by the accounts pages, the demo seeder and `ocop create-admin`.
enum AccountService {
    static let usernameTaken = "Tên đăng nhập này đã được dùng. Vui lòng chọn tên khác."

    struct NewAccount {
        var username: String
        var fullName: String
        var email: String?
        var password: String
        var grants: [RoleGrant]
        var mustChangePassword: Bool
    }

    /// What the audit log keeps of an account (never the password hash).
    struct Snapshot: Codable {
        let username: String
        let fullName: String
        let email: String?
        let isActive: Bool
        let roles: [String]

        init(_ account: UserAccount, grants: [RoleGrant]) {
            username = account.username
            fullName = account.fullName
            email = account.email
            isActive = account.isActive
            roles = grants.map { [$0.role.rawValue, $0.location.provinceCode, $0.location.communeCode].compactMap { $0 }.joined(separator: "@") }
        }
    }

    static func validate(_ new: NewAccount, on database: Database) async throws -> [String: String] {
        var errors: [String: String] = [:]
        let username = new.username.trimmingCharacters(in: .whitespaces).lowercased()
        if username.range(of: "^[a-z0-9._-]{3,40}$", options: .regularExpression) == nil {
            errors["username"] = "Tên đăng nhập gồm 3–40 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới."
        } else if try await UserAccount.query(on: database).filter(\.$username == username).first() != nil {
            errors["username"] = usernameTaken
        }
        if new.fullName.trimmingCharacters(in: .whitespaces).isEmpty {
            errors["fullName"] = "Vui lòng nhập họ và tên."
        }
        if let email = new.email, !email.isEmpty, email.range(of: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", options: .regularExpression) == nil {
            errors["email"] = "Địa chỉ thư điện tử không hợp lệ."
        }
        if let problem = PasswordRules.problem(password: new.password, username: username) {
            errors["password"] = problem
        }
        if let problem = new.grants.compactMap(\.shapeProblem).first {
            errors["role"] = problem
        }
        return errors
    }

    /// Creates the account and its grants in one transaction with its audit entry.
    @discardableResult
    static func create(_ new: NewAccount, actor: CurrentUser?, on app: Application, database: Database) async throws -> UserAccount {
        let errors = try await validate(new, on: database)
        guard errors.isEmpty else { throw FormErrors(messages: errors) }
        let hash = try await PasswordHashing.hash(new.password, on: app)
        let account = UserAccount(
            username: new.username.trimmingCharacters(in: .whitespaces),
            fullName: new.fullName.trimmingCharacters(in: .whitespaces),
            email: new.email.flatMap { $0.isEmpty ? nil : $0 },
            passwordHash: hash,
            mustChangePassword: new.mustChangePassword
        )
        try await database.transaction { db in
            try await account.create(on: db)
            for grant in new.grants {
                try await RoleAssignment(accountID: account.id!, grant: grant).create(on: db)
            }
            try await AuditLog.record(on: db, actor: actor, action: "account.create", recordType: "account",
                                      recordID: account.username, location: new.grants.first?.location,
                                      after: Snapshot(account, grants: new.grants))
        }
        return account
    }
}
