import Fluent
import Foundation

/// One supplementary test the council asked for at a meeting: what, which laboratory, and the
/// result document with a remark once received; round 2 scores with it.
final class SupplementaryTestRecord: Model, @unchecked Sendable {
    static let schema = "supplementary_tests"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: MeetingRecord
    @Parent(key: "dossier_id") var dossier: DossierRecord
    /// "Hàm lượng đường khử, HMF; chỉ tiêu vi sinh".
    @Field(key: "requested") var requested: String
    /// "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1 (Quatest 1)".
    @Field(key: "laboratory") var laboratory: String
    @Field(key: "requested_by") var requestedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalParent(key: "result_file_id") var resultFile: StoredFile?
    @OptionalField(key: "result_note") var resultNote: String?
    @OptionalField(key: "resulted_by") var resultedBy: String?
    @OptionalField(key: "resulted_at") var resultedAt: Date?

    init() {}
}
