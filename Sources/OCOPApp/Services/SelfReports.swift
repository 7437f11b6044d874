import Fluent
import Foundation
import OCOPCore
import SQLKit

/// Báo cáo tự đánh giá (Mẫu số 02): the producer's report and the evidence files per criterion.
/// Both change only while the dossier is with the producer (draft or returned), checked inside the
/// write's transaction after raising the dossier's version, so a submission that lands first wins
/// and the commune assesses exactly what the province receives (as for the dossier's documents).
enum SelfReports {
    static func report(of dossierID: UUID, on db: Database) async throws -> SelfReport {
        try await DossierSelfReportRecord.query(on: db).filter(\.$dossier.$id == dossierID).first()?.report ?? SelfReport()
    }

    static func evidence(of dossierID: UUID, on db: Database) async throws -> [CriterionEvidenceRecord] {
        try await CriterionEvidenceRecord.query(on: db).filter(\.$dossier.$id == dossierID).with(\.$file)
            .sort(\.$uploadedAt).all()
    }

    /// Why the report or its evidence cannot change now, nil when it can.
    static func refusal(_ dossier: DossierRecord) -> String? {
        dossier.dossierState.producerMayEdit ? nil
            : "Hồ sơ đang ở trạng thái «\(dossier.dossierState.title)», không sửa được báo cáo tự đánh giá và tài liệu minh chứng."
    }

    /// Saves the report; the refusal's message when the dossier is no longer editable.
    static func save(_ report: SelfReport, dossier: DossierRecord, actor: CurrentUser, on db: Database) async throws -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(report), as: UTF8.self)
        return try await editing(dossier, on: db) { tx in
            let record = try await DossierSelfReportRecord.query(on: tx).filter(\.$dossier.$id == dossier.id!).first()
                ?? DossierSelfReportRecord()
            record.$dossier.id = dossier.id!
            record.content = json
            record.updatedBy = actor.label
            record.updatedAt = Date()
            try await record.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: "dossier.self-report", recordType: "dossier",
                                      recordID: dossier.id!.uuidString, location: dossier.location,
                                      after: ["descriptions": String(report.descriptions.count)])
        }
    }

    /// Files `stored` (accepted by `FileStore`, not yet saved) as evidence of `criterion`.
    static func attach(_ stored: StoredFile, criterion: String, dossier: DossierRecord, actor: CurrentUser,
                       on db: Database) async throws -> String? {
        try await editing(dossier, on: db) { tx in
            try await stored.create(on: tx)
            let evidence = CriterionEvidenceRecord()
            evidence.$dossier.id = dossier.id!
            evidence.criterionCode = criterion
            evidence.$file.id = stored.id!
            evidence.uploadedBy = actor.label
            evidence.uploadedAt = Date()
            try await evidence.create(on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: "dossier.evidence", recordType: "dossier",
                                      recordID: dossier.id!.uuidString, location: dossier.location,
                                      after: ["criterion": criterion, "file": stored.fileName, "sha256": stored.sha256])
        }
    }

    /// Takes an evidence file off its criterion (a wrong file): the row goes, the stored file stays,
    /// as a replaced document's does, and the audit entry keeps its name and hash.
    static func remove(_ evidence: CriterionEvidenceRecord, dossier: DossierRecord, actor: CurrentUser, on db: Database) async throws -> String? {
        let file = evidence.file
        return try await editing(dossier, on: db) { tx in
            try await CriterionEvidenceRecord.query(on: tx).filter(\.$id == evidence.id!).delete()
            try await AuditLog.record(on: tx, actor: actor, action: "dossier.evidence-remove", recordType: "dossier",
                                      recordID: dossier.id!.uuidString, location: dossier.location,
                                      after: ["criterion": evidence.criterionCode, "file": file.fileName, "sha256": file.sha256])
        }
    }

    /// Runs `change` in a transaction that first raises the dossier's version and re-reads its state.
    private static func editing(_ dossier: DossierRecord, on db: Database,
                                _ change: @escaping @Sendable (Database) async throws -> Void) async throws -> String? {
        struct NoLongerEditable: Error { let message: String }
        do {
            try await db.transaction { tx in
                try await (tx as! any SQLDatabase).update(DossierRecord.schema).set("version", to: SQLRaw("version + 1"))
                    .where("id", .equal, dossier.id!).run()
                guard let current = try await DossierRecord.find(dossier.id!, on: tx) else { throw NoLongerEditable(message: "Không tìm thấy hồ sơ.") }
                if let refusal = refusal(current) { throw NoLongerEditable(message: refusal) }
                try await change(tx)
            }
            return nil
        } catch let refused as NoLongerEditable {
            return refused.message
        }
    }
}
