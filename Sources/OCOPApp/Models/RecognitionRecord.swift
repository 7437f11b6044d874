import Fluent
import Foundation
import OCOPCore

/// Quyết định công nhận sản phẩm OCOP (lịch sử sao): one recognition of a product, with its decision
/// and expiry (decision + 36 months). Kept for history: an expired one stays, marked expired.
package final class RecognitionRecord: Model, @unchecked Sendable {
    package static let schema = "product_recognitions"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "product_id") var product: ProductRecord
    @Field(key: "star") var star: Int
    @Field(key: "decision_number") var decisionNumber: String
    /// ISO days ("2022-12-28"): the same text on both engines, and it sorts.
    @Field(key: "decision_date") var decisionDate: String
    @Field(key: "expiry_date") var expiryDate: String
    /// `RecognitionIssuer` raw value.
    @Field(key: "issuer_level") var issuerLevel: String
    /// The decision that revoked it (M032), and its day.
    @OptionalField(key: "revocation_id") var revocationID: UUID?
    @OptionalField(key: "revoked_on") var revokedOn: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    package init() {}

    package init(productID: UUID, _ recognition: ProductRecognition) {
        self.$product.id = productID
        star = recognition.star.rawValue
        decisionNumber = recognition.decisionNumber
        decisionDate = recognition.decisionDay.iso
        expiryDate = recognition.expiryDay.iso
        issuerLevel = recognition.issuer.rawValue
    }

    var recognition: ProductRecognition? {
        guard let star = Star(rawValue: star), let day = CalendarDay(iso: decisionDate),
              let issuer = RecognitionIssuer(rawValue: issuerLevel) else { return nil }
        return ProductRecognition(star: star, decisionNumber: decisionNumber, decisionDay: day, issuer: issuer)
    }
}

extension RecognitionRecord {
    /// The certificates a list's boxes chose (ids as sent), loaded with their product and producer,
    /// in the order of the product's name; unknown ids are left out.
    static func chosen(_ ids: [String], on db: Database) async throws -> [RecognitionRecord] {
        let uuids = Array(Set(ids.compactMap(UUID.init(uuidString:))))
        guard !uuids.isEmpty else { return [] }
        return try await query(on: db).filter(\.$id ~~ uuids).with(\.$product) { $0.with(\.$producer) }.all()
            .sorted { ($0.product.searchKey, $0.id!.uuidString) < ($1.product.searchKey, $1.id!.uuidString) }
    }

    /// Certificates of `scope` whose product's name holds every word of `search` (without
    /// diacritics): the latest of their product, not revoked, valid this year; at most 50, by name.
    static func search(_ search: String, scope: ReadScope, today: CalendarDay, leavingOut chosen: [RecognitionRecord] = [],
                       on db: Database) async throws -> [RecognitionRecord] {
        guard !search.isEmpty else { return [] }
        let query = RecognitionRecord.query(on: db).join(ProductRecord.self, on: \RecognitionRecord.$product.$id == \ProductRecord.$id)
            .filter(CertificateFollowUp.latestOfProduct).filter(\.$revocationID == nil)
            .filter(\.$expiryDate >= CalendarDay(year: today.year, month: 1, day: 1)!.iso)
        for word in SearchFolding.fold(search).split(separator: " ") { query.filter(ProductRecord.self, \.$searchKey ~~ String(word)) }
        return try await ScopedList.narrow(query, to: scope, placedBy: ProductRecord.self).sort(ProductRecord.self, \.$searchKey).limit(50)
            .with(\.$product) { $0.with(\.$producer) }.all()
            .filter { candidate in !chosen.contains { $0.id == candidate.id } }
    }
}
