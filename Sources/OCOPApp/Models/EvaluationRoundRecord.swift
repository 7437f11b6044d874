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
    @Field(key: "created_by") package var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    package init() {}

    var location: UnitLocation { provinceCode.map(UnitLocation.province) ?? .nation }
}
