import Fluent
import Foundation

/// Thông báo: one message in one person's in-app inbox, about one step of a dossier. Delivered in the
/// same transaction as the step, so a step never happens unannounced.
final class NotificationRecord: Model, @unchecked Sendable {
    static let schema = "notifications"

    @ID(key: .id) var id: UUID?
    @Parent(key: "account_id") var account: UserAccount
    @OptionalField(key: "dossier_id") var dossierID: UUID?
    /// `DossierEvent.notificationText`, with the product's name in front.
    @Field(key: "text") var text: String
    /// The page the message is about.
    @Field(key: "link") var link: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "read_at") var readAt: Date?

    init() {}
}
