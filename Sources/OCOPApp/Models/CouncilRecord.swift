import Fluent
import Foundation
import OCOPCore

/// Hội đồng đánh giá, phân hạng: set up by a decision (number, date) for a term, at the province
/// (3★, 4★) or national level (5★). `materialsLeadDays` is the working-day rule of its province
/// (seed 003: 3; Bến Tre: 2).
final class CouncilRecord: Model, @unchecked Sendable {
    static let schema = "councils"

    @ID(key: .id) var id: UUID?
    /// `CouncilLevel` raw value.
    @Field(key: "level") var councilLevel: CouncilLevel
    /// Nil for the national council.
    @OptionalField(key: "province_code") var provinceCode: String?
    @Field(key: "name") var name: String
    @Field(key: "decision_number") var decisionNumber: String
    /// `CalendarDay.iso` of the decision, and of the term's ends.
    @Field(key: "decision_date") var decisionDate: String
    @Field(key: "term_from") var termFrom: String
    @Field(key: "term_to") var termTo: String
    @Field(key: "materials_lead_days") var materialsLeadDays: Int
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Children(for: \.$council) var members: [CouncilMemberRecord]

    init() {}

    var location: UnitLocation { provinceCode.map(UnitLocation.province) ?? .nation }
}

/// Thành viên Hội đồng or Tổ tư vấn: an account (to sign in and score) with a position and agency.
final class CouncilMemberRecord: Model, @unchecked Sendable {
    static let schema = "council_members"

    @ID(key: .id) var id: UUID?
    @Parent(key: "council_id") var council: CouncilRecord
    @Parent(key: "account_id") var account: UserAccount
    @Field(key: "full_name") var fullName: String
    /// Cơ quan: "Sở Nông nghiệp và Môi trường".
    @Field(key: "agency") var agency: String
    /// `CouncilPosition` raw value.
    @Field(key: "position") var councilPosition: CouncilPosition
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

}

/// A declared or recorded conflict of interest (detected ones are computed, see `ConflictOfInterest.detect`).
final class ConflictRecord: Model, @unchecked Sendable {
    static let schema = "conflicts_of_interest"

    @ID(key: .id) var id: UUID?
    @Parent(key: "member_id") var member: CouncilMemberRecord
    @Parent(key: "dossier_id") var dossier: DossierRecord
    @Field(key: "kind") var kind: ConflictKind
    @Field(key: "source") var source: ConflictSource
    @Field(key: "note") var note: String
    @Field(key: "recorded_by") var recordedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var conflict: ConflictOfInterest {
        ConflictOfInterest(memberID: $member.id.uuidString, dossierID: $dossier.id.uuidString,
                           kind: kind, source: source, note: note)
    }
}
