import Fluent
import Foundation
import OCOPCore

/// Đợt đánh giá, phân hạng: the province's evaluation round that receives forwarded dossiers; the
/// council's meetings (a later stage) belong to it.
package final class EvaluationRoundRecord: Model, @unchecked Sendable {
    package static let schema = "evaluation_rounds"

    @ID(key: .id) package var id: UUID?
    /// Nil for a national round (the national council's evaluation of the products proposed for 5★).
    @OptionalField(key: "province_code") package var provinceCode: String?
    @Field(key: "year") package var year: Int
    /// "Đánh giá, phân hạng sản phẩm OCOP năm 2026 – đợt 1"; unique in the province.
    @Field(key: "name") package var name: String
    /// The statutory round (Điều 5) this round holds, 1 or 2; nil for a round opened without one
    /// (before M021, or an extra round of the council's rules).
    @OptionalField(key: "round_number") package var roundNumber: Int?
    /// "yyyy-MM-dd": proposals made before this day (not on it) belong to the round.
    @OptionalField(key: "proposals_before") package var proposalsBefore: String?
    /// "yyyy-MM-dd": the round concludes before this day.
    @OptionalField(key: "concludes_before") package var concludesBefore: String?
    @Field(key: "created_by") package var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    package init() {}

    var location: UnitLocation { provinceCode.map(UnitLocation.province) ?? .nation }

    /// The statutory round with its dates, when the round has them.
    var statutory: StatutoryRound? {
        guard let roundNumber, let proposals = proposalsBefore.flatMap(CalendarDay.init(iso:)),
              let conclusion = concludesBefore.flatMap(CalendarDay.init(iso:)) else { return nil }
        return StatutoryRound(level: provinceCode == nil ? .nation : .province, year: year, number: roundNumber,
                              proposalsBefore: proposals, concludesBefore: conclusion)
    }
}
