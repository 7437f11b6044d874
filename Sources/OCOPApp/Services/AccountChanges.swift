import Fluent
import Foundation
import OCOPCore

/// Thay đổi tài khoản: locking, resetting a password, granting and revoking a role, changing one's
/// own password. The controllers check the policy and the form; each change and its audit entry
/// land together through `RecordedChange`.
enum AccountChanges {
    static func setActive(_ account: UserAccount, _ active: Bool, grants: [RoleGrant], actor: CurrentUser, on db: Database) async throws {
        let before = AccountService.Snapshot(account, grants: grants)
        account.isActive = active
        try await RecordedChange.record(actor: actor, on: db) { tx in
            try await account.save(on: tx)
            return .init(action: active ? "account.unlock" : "account.lock", recordType: "account", recordID: account.username,
                         location: grants.first?.location, before: before, after: AccountService.Snapshot(account, grants: grants))
        }
    }

    /// Sets a password the person must change at next sign-in; their open sessions end.
    static func resetPassword(_ account: UserAccount, hash: String, grants: [RoleGrant], actor: CurrentUser, on db: Database) async throws {
        account.passwordHash = hash
        account.mustChangePassword = true
        account.sessionsValidFrom = Date()
        try await RecordedChange.record(actor: actor, on: db) { tx in
            try await account.save(on: tx)
            return .init(action: "account.reset-password", recordType: "account", recordID: account.username, location: grants.first?.location)
        }
    }

    /// The person's own new password; every other session of theirs ends.
    static func changeOwnPassword(_ account: UserAccount, hash: String, actor: CurrentUser, on db: Database) async throws {
        account.passwordHash = hash
        account.mustChangePassword = false
        account.sessionsValidFrom = Date()
        try await RecordedChange.record(actor: actor, on: db) { tx in
            try await account.save(on: tx)
            return .init(action: "account.password", recordType: "account", recordID: account.username, location: actor.primaryGrant?.location)
        }
    }

    static func grant(_ grant: RoleGrant, to account: UserAccount, holding grants: [RoleGrant], actor: CurrentUser, on db: Database) async throws {
        try await RecordedChange.record(actor: actor, on: db) { tx in
            try await RoleAssignment(accountID: account.id!, grant: grant).create(on: tx)
            return .init(action: "account.grant", recordType: "account", recordID: account.username, location: grant.location,
                         before: AccountService.Snapshot(account, grants: grants),
                         after: AccountService.Snapshot(account, grants: grants + [grant]))
        }
    }

    static func revoke(_ assignment: RoleAssignment, grant: RoleGrant, from account: UserAccount, holding grants: [RoleGrant],
                       remaining: [RoleGrant], actor: CurrentUser, on db: Database) async throws {
        try await RecordedChange.record(actor: actor, on: db) { tx in
            try await assignment.delete(on: tx)
            return .init(action: "account.revoke", recordType: "account", recordID: account.username, location: grant.location,
                         before: AccountService.Snapshot(account, grants: grants),
                         after: AccountService.Snapshot(account, grants: remaining))
        }
    }
}
