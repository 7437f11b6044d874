import Fluent
import Foundation
import OCOPCore

/// Phiếu số of Mẫu số 01: the number a desk (the commune, the province) gave the registration form
/// when it received the dossier. One row per dossier and desk (unique), one per number (unique).
final class RegistrationReceiptRecord: Model, @unchecked Sendable {
    static let schema = "registration_receipts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "dossier_id") var dossier: DossierRecord
    @Field(key: "desk") var desk: ReceiptDesk
    /// The commune's or the province's code: whose sequence the number is in.
    @Field(key: "desk_code") var deskCode: String
    @Field(key: "year") var year: Int
    @Field(key: "sequence") var sequence: Int
    /// `RegistrationReceiptNumber.format`, as printed.
    @Field(key: "number") var number: String
    /// `CalendarDay.iso` of the day received (Vietnam time).
    @Field(key: "received_on") var receivedOn: String
    /// `CurrentUser.label` of the officer who took the step.
    @Field(key: "received_by") var receivedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var receivedDay: CalendarDay? { CalendarDay(iso: receivedOn) }
}
