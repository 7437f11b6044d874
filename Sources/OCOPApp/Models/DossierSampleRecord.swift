import Fluent
import Foundation
import OCOPCore

/// Sản phẩm mẫu đã nhận: the commune received the producer's samples for a dossier (26/2026
/// Điều 6.2.d), to send them to the province with it. At most one row per dossier.
final class DossierSampleRecord: Model, @unchecked Sendable {
    static let schema = "dossier_samples"

    @ID(key: .id) var id: UUID?
    @Parent(key: "dossier_id") var dossier: DossierRecord
    /// `ProductSamples.count` when recorded.
    @Field(key: "quantity") var quantity: Int
    /// `CalendarDay.iso` of the day the samples arrived.
    @Field(key: "received_on") var receivedOn: String
    /// `CurrentUser.label` of the commune officer who received them.
    @Field(key: "received_by") var receivedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var receivedDay: CalendarDay? { CalendarDay(iso: receivedOn) }
}
