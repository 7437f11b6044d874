import Fluent
import Foundation
import OCOPCore

/// Xóa hồ sơ nháp: a dossier that was never submitted belongs to its producer alone, so the producer
/// may throw it away (a wrong product set, a wrong round, a product given up) instead of leaving a
/// draft that blocks the product's next dossier in that round (issue 12). Once submitted, a dossier
/// is part of the commune's record and is never deleted: it is returned or refused instead.
enum DossierDeletion {
    static func refusal(_ dossier: DossierRecord) -> String? {
        guard dossier.dossierState == .draft, dossier.submittedAt == nil else {
            return "Hồ sơ đã nộp cho xã nên không xóa được; hồ sơ được xã trả lại hoặc xử lý theo quy trình."
        }
        return nil
    }

    /// Deletes the draft and what hangs from it in one transaction, with an audit entry that keeps
    /// what was deleted (the dossier itself is gone, so the entry names it). Uploaded files stay in
    /// the file store: a carried-over document may share them with an earlier dossier.
    static func delete(_ dossier: DossierRecord, product: ProductRecord, round: RegistrationRoundRecord,
                       actor: CurrentUser, on db: any Database) async throws -> String? {
        try await db.transaction { tx in
            // Read again inside the transaction: a submission may have landed since the page was shown.
            guard let current = try await DossierRecord.find(dossier.id, on: tx) else { return "Hồ sơ đã được xóa." }
            if let refusal = refusal(current) { return refusal }
            let id = try current.requireID()
            let documents = try await DossierDocumentRecord.query(on: tx).filter(\.$dossier.$id == id).count()
            try await CriterionEvidenceRecord.query(on: tx).filter(\.$dossier.$id == id).delete()
            try await DossierSelfReportRecord.query(on: tx).filter(\.$dossier.$id == id).delete()
            try await SupplementaryTestRecord.query(on: tx).filter(\.$dossier.$id == id).delete()
            try await RegistrationReceiptRecord.query(on: tx).filter(\.$dossier.$id == id).delete()
            try await DossierSampleRecord.query(on: tx).filter(\.$dossier.$id == id).delete()
            try await DossierDocumentRecord.query(on: tx).filter(\.$dossier.$id == id).delete()
            try await NotificationRecord.query(on: tx).filter(\.$dossierID == id).delete()
            try await current.delete(on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: "dossier.delete", recordType: "dossier", recordID: id.uuidString,
                                      location: current.location,
                                      before: ["product": product.name, "round": round.name, "kind": current.dossierKind.rawValue,
                                               "documents": String(documents)])
            return nil
        }
    }
}
