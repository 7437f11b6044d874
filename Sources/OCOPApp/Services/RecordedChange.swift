import Fluent
import Foundation
import OCOPCore

/// Thay đổi có ghi nhật ký: the one way a write that is neither a dossier step (`DossierSteps`) nor
/// a meeting step (`CouncilSteps`) is committed. The body makes the change and says what it did
/// (`Done`: its value, its audit entry, its notifications); the runner writes those in the body's
/// own transaction, so that the change, its audit entry and its messages land together or not at
/// all, and no controller opens a transaction or writes the log itself (issue: thin controllers).
/// A `Refusal` thrown by the body rolls everything back and comes back as `.failure`, so a caller
/// shows every refusal the same way; any other error is thrown as it was.
enum RecordedChange {
    /// What the body did, for the runner to write after the change, in the same transaction.
    struct Done<Value: Sendable>: Sendable {
        var value: Value
        var audit: Audit?
        var notices: [Notice] = []
        /// Entries of changes the main one brought along, written before it (seating a member
        /// grants the account the council member's role: two entries, one transaction).
        var precedingAudits: [Audit] = []
    }

    /// The audit entry of a change (see `AuditLog.record`): `before` for what a removal took away,
    /// `after` for what a change made; both are encoded as the log's JSON.
    struct Audit: Sendable {
        var action: String
        var recordType: String
        var recordID: String
        /// Nil for a change that sits in no unit (an account with no role yet).
        var location: UnitLocation?
        var before: (any Encodable & Sendable)?
        var after: (any Encodable & Sendable)?

        init(action: String, recordType: String, recordID: String, location: UnitLocation?,
             before: (any Encodable & Sendable)? = nil, after: (any Encodable & Sendable)? = nil) {
            self.action = action
            self.recordType = recordType
            self.recordID = recordID
            self.location = location
            self.before = before
            self.after = after
        }
    }

    /// One message, put in each of `to`'s inboxes (see `Notifications.send`).
    struct Notice: Sendable {
        var text: String
        var link: String
        var dossierID: UUID?
        var to: Set<UUID>
        /// Once-only per account (`Notifications.send`): a notice that a later step could send again.
        var key: String? = nil
    }

    /// Runs `body` in one transaction, then writes its audit entries and notifications in it; a thrown
    /// `Refusal` rolls the transaction back and is returned.
    static func commit<Value: Sendable>(actor: CurrentUser, on db: Database,
                                        _ body: @escaping @Sendable (Database) async throws -> Done<Value>) async throws -> Result<Value, Refusal> {
        do {
            let value = try await db.transaction { tx -> Value in
                let done = try await body(tx)
                for audit in done.precedingAudits + (done.audit.map { [$0] } ?? []) {
                    try await AuditLog.record(on: tx, actor: actor, action: audit.action, recordType: audit.recordType, recordID: audit.recordID,
                                              location: audit.location, before: audit.before, after: audit.after)
                }
                for notice in done.notices {
                    try await Notifications.send(notice.text, link: notice.link, dossierID: notice.dossierID, to: notice.to, key: notice.key, on: tx)
                }
                return done.value
            }
            return .success(value)
        } catch let refusal as Refusal {
            return .failure(refusal)
        }
    }

    /// A change that is never refused and returns nothing, with its one audit entry.
    static func record(actor: CurrentUser, on db: Database,
                       _ body: @escaping @Sendable (Database) async throws -> Audit) async throws {
        _ = try await commit(actor: actor, on: db) { tx in Done(value: (), audit: try await body(tx)) }.get()
    }
}
