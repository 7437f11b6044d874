import Fluent
import Foundation
import OCOPCore

/// Bộ tiêu chí (one version): the whole set is kept as its JSON document (schema
/// `ocop.criteria-set/1`), so every score can later point at the exact version it used. The
/// columns beside it are copies for lists and filters, written together with the document.
package final class CriteriaSetRecord: Model, @unchecked Sendable {
    package static let schema = "criteria_sets"

    @ID(key: .id) package var id: UUID?
    /// The set's identifier, shared by its versions ("QD1048-2019").
    @Field(key: "code") package var code: String
    @Field(key: "version") package var version: Int
    @Field(key: "name") var name: String
    @Field(key: "status") var status: String
    /// Nil for a national set; the province of a local variant.
    @OptionalField(key: "province_code") var provinceCode: String?
    @Field(key: "document") var document: String
    @Field(key: "product_set_count") var productSetCount: Int
    @Field(key: "defect_count") var defectCount: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    package init() {}

    var isEditable: Bool { status == CriteriaSetStatus.draft.rawValue || status == CriteriaSetStatus.validated.rawValue }
}
