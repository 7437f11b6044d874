import Fluent
import Foundation
import OCOPCore

/// Đề nghị họp trực tiếp: a member scoring by written opinion asked the council to meet on a
/// dossier; while one exists the written opinions cannot be decided (`WrittenOpinions`).
final class MeetingRequestRecord: Model, @unchecked Sendable {
    static let schema = "meeting_requests"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: MeetingRecord
    @Parent(key: "dossier_id") var dossier: DossierRecord
    @Parent(key: "member_id") var member: CouncilMemberRecord
    @Field(key: "member_name") var memberName: String
    @Field(key: "reason") var reason: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var request: MeetingRequest { MeetingRequest(dossierID: $dossier.id.uuidString, member: memberName, reason: reason) }
}
