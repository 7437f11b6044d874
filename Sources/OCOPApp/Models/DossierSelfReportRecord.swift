import Fluent
import Foundation
import OCOPCore

/// Báo cáo tự đánh giá (Mẫu số 02): what the producer writes beyond the sheet — the facts of
/// Part I the system does not hold, Part II (results of the business plan), a description per
/// criterion for Part III, and Part IV (the plan). One row per dossier; `content` is
/// `SelfReport` JSON, so the form can grow without a migration.
final class DossierSelfReportRecord: Model, @unchecked Sendable {
    static let schema = "dossier_self_reports"

    @ID(key: .id) var id: UUID?
    @Parent(key: "dossier_id") var dossier: DossierRecord
    @Field(key: "content") var content: String
    @Field(key: "updated_by") var updatedBy: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    var report: SelfReport {
        get throws { try StoredJSON.decode(SelfReport.self, content, table: Self.schema, column: "content") }
    }
}

/// Tài liệu minh chứng: a file the producer attached to one criterion of the self-assessment
/// (Mẫu số 02, Phần III, the annex). Several per criterion; the file row is the uploads' own.
final class CriterionEvidenceRecord: Model, @unchecked Sendable {
    static let schema = "criterion_evidence"

    @ID(key: .id) var id: UUID?
    @Parent(key: "dossier_id") var dossier: DossierRecord
    /// The sheet's criterion code ("1.1"), as in the dossier's self-assessment.
    @Field(key: "criterion_code") var criterionCode: String
    @Parent(key: "file_id") var file: StoredFile
    @Field(key: "uploaded_by") var uploadedBy: String
    @Field(key: "uploaded_at") var uploadedAt: Date

    init() {}
}
