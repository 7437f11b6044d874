import Fluent
import Foundation

/// Nhật ký thao tác: one change, written once and never updated or deleted (the database refuses
/// both, see `M004CreateAuditLog`). Before and after are JSON snapshots of the record.
package final class AuditEntry: Model, @unchecked Sendable {
    package static let schema = "audit_entries"

    @ID(key: .id) package var id: UUID?
    @Field(key: "at") package var at: Date
    @OptionalField(key: "actor_id") package var actorID: UUID?
    /// The actor's name at the time, kept even if the account is later renamed.
    @Field(key: "actor_name") package var actorName: String
    /// A stable verb: "account.create", "account.password", "auth.login" …
    @Field(key: "action") package var action: String
    @Field(key: "record_type") package var recordType: String
    @Field(key: "record_id") package var recordID: String
    /// Where the record sits, so that officers read only the log of their own unit.
    @OptionalField(key: "province_code") package var provinceCode: String?
    @OptionalField(key: "commune_code") package var communeCode: String?
    @OptionalField(key: "before") package var before: String?
    @OptionalField(key: "after") package var after: String?

    package init() {}
}
