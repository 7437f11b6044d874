import Fluent
import Foundation
import OCOPCore

/// Chủ thể OCOP: the producer that owns products (doanh nghiệp, hợp tác xã, tổ hợp tác, hộ kinh
/// doanh). The rules live in `OCOPCore.Producer`; this is its row, with contact details and the
/// state of a public sign-up.
final class ProducerRecord: Model, @unchecked Sendable {
    static let schema = "producers"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// `ProducerLegalForm` raw value.
    @Field(key: "legal_form") var legalForm: String
    /// The normalised `TaxCode`; unique, so a retried form never makes a second producer.
    @Field(key: "tax_code") var taxCode: String
    @Field(key: "representative_name") var representativeName: String
    @Field(key: "representative_is_woman") var representativeIsWoman: Bool
    @Field(key: "representative_is_ethnic_minority") var representativeIsEthnicMinority: Bool
    @Field(key: "address") var address: String
    @Field(key: "province_code") var provinceCode: String
    @Field(key: "commune_code") var communeCode: String
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "email") var email: String?
    /// `ProducerStatus` raw value.
    @Field(key: "status") var producerStatus: ProducerStatus
    @OptionalField(key: "rejection_reason") var rejectionReason: String?
    /// Folded name, tax code and representative, for diacritic-insensitive search.
    @Field(key: "search_key") var searchKey: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Children(for: \.$producer) var products: [ProductRecord]

    init() {}

    var location: UnitLocation { .commune(communeCode, inProvince: provinceCode) }
    var legalFormTitle: String { ProducerLegalForm(rawValue: legalForm)?.title ?? legalForm }

    func refreshSearchKey() {
        searchKey = SearchFolding.fold([name, taxCode, representativeName].joined(separator: " "))
    }
}
