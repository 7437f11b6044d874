import Fluent
import Foundation
import OCOPCore

/// Gia hạn: one producer's documented extension of a round's closing day.
final class RegistrationExtensionRecord: Model, @unchecked Sendable {
    static let schema = "registration_extensions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "round_id") var round: RegistrationRoundRecord
    @Field(key: "producer_id") var producerID: UUID
    @Field(key: "new_closing_day") var newClosingDay: String
    @Field(key: "reason") var reason: String
    @Field(key: "granted_by") var grantedBy: String
    @Field(key: "granted_on") var grantedOn: String

    init() {}

    func rule(roundID: String) -> RegistrationExtension? {
        guard let day = CalendarDay(iso: newClosingDay), let granted = CalendarDay(iso: grantedOn) else { return nil }
        return RegistrationExtension(roundID: roundID, producerID: producerID.uuidString, newClosingDay: day,
                                     reason: reason, grantedBy: grantedBy, grantedOn: granted)
    }
}
