import Fluent
import Foundation
import OCOPCore

/// Sản phẩm OCOP: a product a producer registers, classified by a product set (bộ sản phẩm) of a
/// criteria set. Its dossiers, stars and certificates hang off it.
package final class ProductRecord: Model, @unchecked Sendable {
    package static let schema = "products"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "producer_id") package var producer: ProducerRecord
    @Field(key: "name") package var name: String
    /// The criteria set's code ("QD148-2023") and the product set's code in it ("I.2.b").
    @Field(key: "criteria_set_code") package var criteriaSetCode: String
    @Field(key: "product_set_code") package var productSetCode: String
    /// A copy of the product set's name, for lists.
    @Field(key: "product_set_name") package var productSetName: String
    @Field(key: "description") package var summary: String
    /// Vùng nguyên liệu.
    @Field(key: "raw_material_area") package var rawMaterialArea: String
    /// Bao bì, nhãn mác.
    @Field(key: "packaging") package var packaging: String
    /// `TrademarkStatus` raw value.
    @Field(key: "trademark_status") package var trademark: TrademarkStatus
    /// Copies of the producer's commune, so lists narrow by scope without a join.
    @Field(key: "province_code") package var provinceCode: String
    @Field(key: "commune_code") package var communeCode: String
    @Field(key: "search_key") package var searchKey: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Children(for: \.$product) var recognitions: [RecognitionRecord]

    package init() {}

    /// The product set as a page or a document prints it: "I.3.c · Rượu, cồn" for the sets whose codes
    /// are the law's numbering (148, 26/2026); the name alone for 1048, whose codes are our slugs
    /// ("che-tuoi-che-bien"), not text a person reads (issue 12).
    func productSetLabel(separator: String = " · ") -> String {
        let isSlug = productSetCode.contains("-") && !productSetCode.contains(".")
        return isSlug || productSetCode.isEmpty ? productSetName : productSetCode + separator + productSetName
    }

}
