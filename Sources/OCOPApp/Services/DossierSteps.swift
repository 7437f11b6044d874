import Fluent
import Foundation
import OCOPCore
import SQLKit

/// Bước xử lý hồ sơ: the one way a dossier changes state. `DossierWorkflow` decides (role, scope,
/// state, content); the row is updated only if nobody saved since the form was loaded (version);
/// the step is written to the audit log with its reasons (the dossier's history, which nobody can
/// edit) and announced to its audience's inboxes, all in the caller's transaction.
enum DossierSteps {
    /// Takes `action` on `dossier` inside the transaction `tx`, or throws its `Refusal`.
    /// `note` is the actor's own comment, kept with the step ("Đã bổ sung giấy ATTP").
    @discardableResult
    static func take(_ action: DossierAction, on dossier: DossierRecord, loaded: OptimisticVersion, actor: CurrentUser,
                     productName: String, note: String = "", in tx: Database,
                     set changes: @escaping @Sendable (SQLUpdateBuilder) -> SQLUpdateBuilder = { $0 }) async throws -> DossierTransition {
        guard loaded.value == dossier.version else { throw try await conflict(dossier, loaded: loaded, on: tx) }
        var transition: DossierTransition
        switch DossierWorkflow.apply(action, to: dossier.dossierState, by: actor.grants, on: dossier.scope) {
        case .failure(let refusal): throw refusal
        case .success(let value): transition = value
        }
        let comment = DossierText.trimmed(note)
        if !comment.isEmpty { transition.event.details.append("Ghi chú: \(comment)") }
        let state = transition.state.rawValue
        let won = try await conditionalUpdate(dossier, from: loaded.value, on: tx) { changes($0.set("state", to: state)) }
        guard won else { throw try await conflict(dossier, loaded: loaded, on: tx) }
        dossier.state = transition.state
        dossier.version = loaded.value + 1
        try await AuditLog.record(on: tx, actor: actor, action: transition.event.auditAction, recordType: "dossier",
                                  recordID: dossier.id!.uuidString, location: dossier.location, after: transition.event)
        try await Notifications.announce(transition.event, about: dossier, productName: productName, except: actor.id, on: tx)
        return transition
    }

    /// `take` in its own transaction: the refusal is returned rather than thrown. `then` runs in the
    /// same transaction after the step (the commune's receipt number), so both land or neither.
    static func run(_ action: DossierAction, on dossier: DossierRecord, loaded: OptimisticVersion, actor: CurrentUser,
                    productName: String, note: String = "", on db: Database,
                    set changes: @escaping @Sendable (SQLUpdateBuilder) -> SQLUpdateBuilder = { $0 },
                    then after: @escaping @Sendable (Database) async throws -> Void = { _ in }) async throws -> Result<DossierTransition, Refusal> {
        do {
            let transition = try await db.transaction { tx in
                let transition = try await take(action, on: dossier, loaded: loaded, actor: actor, productName: productName, note: note,
                                                in: tx, set: changes)
                try await after(tx)
                return transition
            }
            return .success(transition)
        } catch let refused as Refusal {
            return .failure(refused)
        }
    }

    /// The conflict message, naming who saved last and when (from the dossier's audit log).
    private static func conflict(_ dossier: DossierRecord, loaded: OptimisticVersion, on db: Database) async throws -> Refusal {
        let last = try await AuditEntry.query(on: db).filter(\.$recordType == "dossier").filter(\.$recordID == dossier.id!.uuidString)
            .sort(\.$at, .descending).first()
        return OptimisticVersion.conflict(lastSave: last.map { OptimisticVersion.LastSave(by: $0.actorName, at: $0.at) })
    }

    /// UPDATE … SET version = version + 1 WHERE id = ? AND version = ?: of two concurrent saves only
    /// one changes the row; the other learns it lost. True when this one won.
    static func conditionalUpdate(_ dossier: DossierRecord, from version: Int, on db: Database,
                                  _ changes: (SQLUpdateBuilder) -> SQLUpdateBuilder) async throws -> Bool {
        let sql = db as! any SQLDatabase
        let rows = try await changes(sql.update(DossierRecord.schema))
            .set("version", to: version + 1)
            .where("id", .equal, dossier.id!)
            .where("version", .equal, version)
            .returning("id")
            .all()
        return !rows.isEmpty
    }
}
