import Fluent
import Foundation
import OCOPCore

/// Đợt đánh giá, phân hạng: the province's evaluation round that receives forwarded dossiers; the
/// council's meetings (a later stage) belong to it.
final class EvaluationRoundRecord: Model, @unchecked Sendable {
    static let schema = "evaluation_rounds"

    @ID(key: .id) var id: UUID?
    /// Nil for a national round (the national council's evaluation of the products proposed for 5★).
    @OptionalField(key: "province_code") var provinceCode: String?
    @Field(key: "year") var year: Int
    /// "Đánh giá, phân hạng sản phẩm OCOP năm 2026 – đợt 1"; unique in the province.
    @Field(key: "name") var name: String
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var location: UnitLocation { provinceCode.map(UnitLocation.province) ?? .nation }
}
