import Fluent
import Foundation
import OCOPCore

/// Phản ánh về một sản phẩm đã công nhận: received by an officer (by phone, letter, hotline), it
/// names the certificate, is answered by an ad hoc inspection (`inspection_id`), and is closed with
/// its outcome (M036).
final class ComplaintRecord: Model, @unchecked Sendable {
    static let schema = "complaints"

    @ID(key: .id) var id: UUID?
    @Parent(key: "recognition_id") var recognition: RecognitionRecord
    @Parent(key: "product_id") var product: ProductRecord
    @Field(key: "province_code") var provinceCode: String
    @Field(key: "commune_code") var communeCode: String
    @Field(key: "received_on") var receivedOn: String
    @Field(key: "source") var source: ComplaintSource
    /// Who complained and how to reach them, as given; may be empty (an anonymous call).
    @Field(key: "sender") var sender: String
    @Field(key: "content") var content: String
    @OptionalField(key: "inspection_id") var inspectionID: UUID?
    /// Kết quả xử lý, written when it is closed.
    @OptionalField(key: "outcome") var outcome: String?
    @OptionalField(key: "closed_by") var closedBy: String?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var location: UnitLocation { .commune(communeCode, inProvince: provinceCode) }
    var receivedDay: CalendarDay? { CalendarDay(iso: receivedOn) }
}

extension ComplaintRecord: UnitPlacedRecord {}
