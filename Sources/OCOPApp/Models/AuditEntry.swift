import Fluent
import Foundation

/// Nhật ký thao tác: one change, written once and never updated or deleted (the database refuses
/// both, see `M004CreateAuditLog`). Before and after are JSON snapshots of the record.
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @OptionalField(key: "actor_id") var actorID: UUID?
    /// The actor's name at the time, kept even if the account is later renamed.
    @Field(key: "actor_name") var actorName: String
    /// A stable verb: "account.create", "account.password", "auth.login" …
    @Field(key: "action") var action: String
    @Field(key: "record_type") var recordType: String
    @Field(key: "record_id") var recordID: String
    /// Where the record sits, so that officers read only the log of their own unit.
    @OptionalField(key: "province_code") var provinceCode: String?
    @OptionalField(key: "commune_code") var communeCode: String?
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?

    init() {}
}
