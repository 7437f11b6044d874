import Fluent
import Foundation

/// Thông báo: one message in one person's in-app inbox, about one step of a dossier. Delivered in the
/// same transaction as the step, so a step never happens unannounced.
package final class NotificationRecord: Model, @unchecked Sendable {
    package static let schema = "notifications"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "account_id") package var account: UserAccount
    @OptionalField(key: "dossier_id") package var dossierID: UUID?
    /// `DossierEvent.notificationText`, with the product's name in front.
    @Field(key: "text") package var text: String
    /// The page the message is about.
    @Field(key: "link") package var link: String
    @Field(key: "created_at") package var createdAt: Date
    @OptionalField(key: "read_at") package var readAt: Date?
    /// Set for notices generated from a deadline (`CommuneDeadlineNotices`): unique per account, so
    /// generating them again sends nothing twice. Nil for the workflow's step notices.
    @OptionalField(key: "notice_key") package var noticeKey: String?

    package init() {}
}
