import Fluent
import Foundation
import OCOPCore

/// Phiếu chấm: a member's sheet for one dossier of a meeting, a draft until submitted, then locked.
final class MemberScoreRecord: Model, @unchecked Sendable {
    static let schema = "member_scores"

    enum Status: String { case draft, submitted }

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: MeetingRecord
    @Parent(key: "dossier_id") var dossier: DossierRecord
    @Parent(key: "member_id") var member: CouncilMemberRecord
    /// 1 for the first sheet, +1 for each rescore after discussion.
    @Field(key: "version") var version: Int
    @Field(key: "status") var status: String
    /// `AnswerSet` and `ProducerFacts` JSON.
    @Field(key: "answers") var answers: String
    @Field(key: "facts") var facts: String
    /// The total when submitted, for the board without rescoring every sheet.
    @OptionalField(key: "total_hundredths") var totalHundredths: Int?
    /// Nhận xét: the member's remarks on the product, for the minutes and the producer.
    @Field(key: "remark") var remark: String
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "submitted_at") var submittedAt: Date?

    init() {}

    var isSubmitted: Bool { status == Status.submitted.rawValue }
    var answerSet: AnswerSet { get throws { try StoredJSON.decode(AnswerSet.self, answers, table: Self.schema, column: "answers") } }
    var producerFacts: ProducerFacts { get throws { try StoredJSON.decode(ProducerFacts.self, facts, table: Self.schema, column: "facts") } }
    var total: Points? { totalHundredths.map(Points.init(hundredths:)) }
}
