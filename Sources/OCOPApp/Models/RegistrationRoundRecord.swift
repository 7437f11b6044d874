import Fluent
import Foundation
import OCOPCore

/// Đợt đăng ký: a registration round opened by a province (for all or some of its communes) or by
/// a commune (for itself). The rules live in `RegistrationRound`; this row keeps it and what lists
/// filter on.
package final class RegistrationRoundRecord: Model, @unchecked Sendable {
    package static let schema = "registration_rounds"

    @ID(key: .id) package var id: UUID?
    @Field(key: "name") package var name: String
    @Field(key: "year") package var year: Int
    /// The unit that opened the round: its province, and its commune when a commune opened it.
    @Field(key: "province_code") package var provinceCode: String
    @OptionalField(key: "commune_code") package var communeCode: String?
    /// ISO days (yyyy-MM-dd), inclusive.
    @Field(key: "opens_on") package var opensOn: String
    @Field(key: "closes_on") package var closesOn: String
    /// The criteria set version the round's dossiers are self-assessed and scored with, for ever.
    @Field(key: "criteria_set_code") package var criteriaSetCode: String
    @Field(key: "criteria_set_version") package var criteriaSetVersion: Int
    @Field(key: "document") package var document: String
    @Field(key: "created_by") package var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Children(for: \.$round) var extensions: [RegistrationExtensionRecord]

    package init() {}

    var owner: UnitLocation { UnitLocation(provinceCode: provinceCode, communeCode: communeCode) }

    func round() throws -> RegistrationRound {
        try StoredJSON.decode(RegistrationRound.self, document, table: Self.schema, column: "document")
    }
}
