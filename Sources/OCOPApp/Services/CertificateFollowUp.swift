import Fluent
import FluentSQL
import Foundation
import OCOPCore

/// Theo dõi giấy chứng nhận (issue 13): a unit's certificates in each follow-up list
/// (`CertificateFollowUpList`), with the state `CertificateLife` gives them today. A certificate is
/// a product's latest recognition, whether decided here or imported from a province's list; an
/// older one of the same product is replaced and leaves the lists.
enum CertificateFollowUp {
    /// One certificate as the lists, the export and the dashboard show it.
    struct Row: Sendable {
        let recognitionID: String
        let productID: String
        let product: String
        let producerID: String
        let producer: String
        let commune: String
        let province: String
        let star: Star
        let decisionNumber: String
        let decisionDay: CalendarDay
        /// The last day the certificate is valid ("đến hết ngày …").
        let lastValidDay: CalendarDay
        let window: ReEvaluationWindow
        let state: CertificateLifeState
        /// The re-evaluation dossier filed, if any.
        let filingDossierID: String?
        /// Days from today to the expiry day (negative once expired).
        let daysToExpiry: Int
    }

    /// Recognitions no newer recognition of the same product replaces.
    static let latestOfProduct = DatabaseQuery.Filter.sql(unsafeRaw:
        "NOT EXISTS (SELECT 1 FROM product_recognitions newer WHERE newer.product_id = product_recognitions.product_id "
        + "AND newer.decision_date > product_recognitions.decision_date)")

    /// The certificates of `list` on `today` that `scope` may read and `filter` finds, unsorted; a
    /// revoked one has left the lists (it is followed no more).
    static func query(_ filter: CertificateFollowUpFilter, scope: ReadScope, today: CalendarDay, on db: Database) -> QueryBuilder<RecognitionRecord> {
        let days = filter.list.expiryDays(on: today)
        let query = RecognitionRecord.query(on: db)
            .join(ProductRecord.self, on: \RecognitionRecord.$product.$id == \ProductRecord.$id)
            .filter(\.$expiryDate >= days.first.iso).filter(\.$expiryDate <= days.last.iso)
            .filter(latestOfProduct).filter(\.$revocationID == nil)
        return filter.narrow(ScopedList.narrow(query, to: scope, placedBy: ProductRecord.self))
    }

    /// How many certificates each list holds today for `scope`.
    static func counts(scope: ReadScope, today: CalendarDay, on db: Database) async throws -> [CertificateFollowUpList: Int] {
        var counts: [CertificateFollowUpList: Int] = [:]
        for list in CertificateFollowUpList.allCases {
            var filter = CertificateFollowUpFilter()
            filter.list = list
            counts[list] = try await query(filter, scope: scope, today: today, on: db).count()
        }
        return counts
    }

    /// The rows of loaded recognitions: names of units, the producer, and the state, which reads the
    /// re-evaluation dossiers filed against each certificate.
    static func rows(_ recognitions: [RecognitionRecord], today: CalendarDay, on db: Database) async throws -> [Row] {
        let productIDs = Array(Set(recognitions.map { $0.$product.id }))
        let products = try await productIDs.isEmpty ? [] : ProductRecord.query(on: db).filter(\.$id ~~ productIDs).with(\.$producer).all()
        let byID = Dictionary(uniqueKeysWithValues: products.map { ($0.id!, $0) })
        let filings = try await filings(of: productIDs, on: db)
        let names = try await UnitDirectory.names(for: products.map(\.communeCode) + products.map(\.provinceCode), on: db)
        return recognitions.compactMap { record in
            guard let recognition = record.recognition, let product = byID[record.$product.id] else { return nil }
            let filing = filings[FilingKey(product: product.id!, expiry: recognition.expiryDay.iso)]
            let life = CertificateLife(recognition, pendingFiling: filing?.phase)
            return Row(recognitionID: record.id!.uuidString, productID: product.id!.uuidString, product: product.name,
                       producerID: product.producer.id!.uuidString, producer: product.producer.name,
                       commune: names[product.communeCode] ?? product.communeCode, province: names[product.provinceCode] ?? product.provinceCode,
                       star: recognition.star, decisionNumber: recognition.decisionNumber, decisionDay: recognition.decisionDay,
                       lastValidDay: recognition.expiryDay.previous, window: life.window, state: life.state(on: today),
                       filingDossierID: filing?.dossierID, daysToExpiry: today.days(to: recognition.expiryDay))
        }
    }

    struct FilingKey: Hashable { let product: UUID; let expiry: String }

    /// Re-evaluation dossiers filed (submitted at least once, not eliminated) for the products, by the
    /// certificate they renew.
    static func filings(of productIDs: [UUID], on db: Database) async throws -> [FilingKey: (phase: ReEvaluationFilingPhase, dossierID: String)] {
        guard !productIDs.isEmpty else { return [:] }
        let dossiers = try await DossierRecord.query(on: db).filter(\.$product.$id ~~ productIDs)
            .filter(\.$dossierKind == .reRecognition).filter(\.$filingPhase != nil).filter(\.$state != .eliminated).all()
        var found: [FilingKey: (phase: ReEvaluationFilingPhase, dossierID: String)] = [:]
        for dossier in dossiers {
            guard let phase = dossier.filingPhase, let expiry = dossier.certificateExpiresOn else { continue }
            found[FilingKey(product: dossier.$product.id, expiry: expiry)] = (phase, dossier.id!.uuidString)
        }
        return found
    }
}
