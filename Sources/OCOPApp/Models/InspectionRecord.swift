import Fluent
import Foundation
import OCOPCore

/// Một cuộc kiểm tra sau công nhận (Điều 9): planned for a certificate (a recognition), then
/// recorded once, in the field. The checklist is stored as JSON (`InspectionRecord.Line`).
final class InspectionRecord: Model, @unchecked Sendable {
    static let schema = "inspections"

    /// One item of the checklist as recorded.
    struct Line: Codable, Sendable, Equatable {
        var item: InspectionItem
        var verdict: InspectionVerdict
        var remark: String
    }

    enum Status: String, Codable, Sendable {
        case planned, recorded

        var title: String { self == .planned ? "Đã lập kế hoạch, chưa kiểm tra" : "Đã kiểm tra" }
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "recognition_id") var recognition: RecognitionRecord
    @Parent(key: "product_id") var product: ProductRecord
    @Field(key: "province_code") var provinceCode: String
    @Field(key: "commune_code") var communeCode: String
    @Field(key: "kind") var kind: InspectionKind
    /// Why: the plan's name for a periodic one, the complaint or finding for an ad hoc one.
    @Field(key: "reason") var reason: String
    @Field(key: "planned_on") var plannedOn: String
    /// Đoàn kiểm tra: names and agencies, as typed.
    @Field(key: "team") var team: String
    @Field(key: "status") var status: Status
    @OptionalField(key: "inspected_on") var inspectedOn: String?
    @OptionalField(key: "checklist") var checklist: String?
    @OptionalField(key: "findings") var findings: String?
    @OptionalField(key: "conclusion") var conclusion: InspectionConclusion?
    @OptionalField(key: "fix_deadline") var fixDeadline: String?
    @OptionalField(key: "revocation_ground") var revocationGround: RevocationGround?
    @OptionalField(key: "recorded_by") var recordedBy: String?
    @OptionalField(key: "recorded_at") var recordedAt: Date?
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date
    /// The inspection whose findings this visit checks (M034).
    @OptionalField(key: "follow_up_of") var followUpOf: UUID?
    /// The plan that lists it (M035); nil for a follow-up visit and those planned before plans.
    @OptionalField(key: "plan_id") var planID: UUID?

    init() {}

    var lines: [Line] {
        guard let checklist, let data = checklist.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([Line].self, from: data)) ?? []
    }

    var location: UnitLocation { .commune(communeCode, inProvince: provinceCode) }
}

/// Ảnh chụp tại nơi kiểm tra, for one item of the checklist.
final class InspectionPhotoRecord: Model, @unchecked Sendable {
    static let schema = "inspection_photos"

    @ID(key: .id) var id: UUID?
    @Parent(key: "inspection_id") var inspection: InspectionRecord
    @Field(key: "item") var item: InspectionItem
    @Field(key: "file_id") var fileID: UUID
    @Field(key: "uploaded_by") var uploadedBy: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// Trả lời của chủ thể: what the producer did about the findings, with its evidence.
final class InspectionAnswerRecord: Model, @unchecked Sendable {
    static let schema = "inspection_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "inspection_id") var inspection: InspectionRecord
    @Field(key: "author") var author: String
    @Field(key: "text") var text: String
    @OptionalField(key: "file_id") var fileID: UUID?
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
