import Fluent
import Foundation
import OCOPCore

/// Chủ thể OCOP: the producer that owns products (doanh nghiệp, hợp tác xã, tổ hợp tác, hộ kinh
/// doanh). The rules live in `OCOPCore.Producer`; this is its row, with contact details and the
/// state of a public sign-up.
package final class ProducerRecord: Model, @unchecked Sendable {
    package static let schema = "producers"

    @ID(key: .id) package var id: UUID?
    @Field(key: "name") package var name: String
    /// `ProducerLegalForm` raw value.
    @Field(key: "legal_form") package var legalForm: String
    /// The normalised `TaxCode`; unique, so a retried form never makes a second producer.
    @Field(key: "tax_code") package var taxCode: String
    @Field(key: "representative_name") package var representativeName: String
    @Field(key: "representative_is_woman") package var representativeIsWoman: Bool
    @Field(key: "representative_is_ethnic_minority") package var representativeIsEthnicMinority: Bool
    @Field(key: "address") package var address: String
    @Field(key: "province_code") package var provinceCode: String
    @Field(key: "commune_code") package var communeCode: String
    @OptionalField(key: "phone") package var phone: String?
    @OptionalField(key: "email") package var email: String?
    /// `ProducerStatus` raw value.
    @Field(key: "status") package var producerStatus: ProducerStatus
    @OptionalField(key: "rejection_reason") package var rejectionReason: String?
    /// Folded name, tax code and representative, for diacritic-insensitive search.
    @Field(key: "search_key") var searchKey: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Children(for: \.$producer) var products: [ProductRecord]

    package init() {}

    var location: UnitLocation { .commune(communeCode, inProvince: provinceCode) }
    var legalFormTitle: String { ProducerLegalForm(rawValue: legalForm)?.title ?? legalForm }

    package func refreshSearchKey() {
        searchKey = SearchFolding.fold([name, taxCode, representativeName].joined(separator: " "))
    }
}
