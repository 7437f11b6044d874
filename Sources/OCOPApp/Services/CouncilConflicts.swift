import Fluent
import Foundation
import OCOPCore

/// Xung đột lợi ích khai báo: a conflict a member declares or the secretary records (the obvious
/// ones are detected by `Councils.conflicts`). Recorded once: the same member, dossier and kind a
/// second time changes nothing and writes no audit entry; the check runs in the transaction that
/// would add the row, so two clicks at once leave one.
enum CouncilConflicts {
    /// Records the conflict of `member` with `dossier` (declared when the member is the actor's own
    /// seat); false when it was already recorded.
    @discardableResult
    static func record(_ kind: ConflictKind, note: String, of member: CouncilMemberRecord, with dossier: DossierRecord,
                       in council: CouncilRecord, declared: Bool, actor: CurrentUser, on db: Database) async throws -> Bool {
        let memberID = member.id!, dossierID = dossier.id!
        let councilID = council.id!.uuidString, location = council.location
        let outcome = try await RecordedChange.commit(actor: actor, on: db) { tx -> RecordedChange.Done<Bool> in
            let known = try await ConflictRecord.query(on: tx).filter(\.$member.$id == memberID).filter(\.$dossier.$id == dossierID)
                .filter(\.$kind == kind).first()
            guard known == nil else { return RecordedChange.Done(value: false) }
            let record = ConflictRecord()
            record.$member.id = memberID
            record.$dossier.id = dossierID
            record.kind = kind
            record.source = declared ? .declared : .recorded
            record.note = note
            record.recordedBy = actor.label
            try await record.create(on: tx)
            return RecordedChange.Done(value: true, audit: .init(action: "council.conflict", recordType: "council", recordID: councilID,
                                                                 location: location, after: record.conflict))
        }
        return try outcome.get()
    }
}
