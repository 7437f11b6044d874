import Fluent
import Foundation
import OCOPCore

/// Sản phẩm mẫu: the commune records once that it received the producer's 05 samples of a dossier
/// (26/2026 Điều 6.2.d), with its audit entry in the same transaction. Tourism dossiers are never
/// asked (`ProductSamples.areRequired`); the receipt is shown on the dossier page and in the letter.
enum DossierSamples {
    enum Outcome {
        case recorded(DossierSampleRecord)
        /// A second click or a retried request: the first receipt stands, nothing was added.
        case alreadyRecorded(DossierSampleRecord)
        case refused(String)
    }

    /// Whether the dossier's product set must send samples, read from the criteria set the dossier keeps.
    static func areRequired(_ dossier: DossierRecord, product: ProductRecord, on db: Database) async throws -> Bool {
        ProductSamples.areRequired(productSetCode: product.productSetCode, in: try await DossierSelfAssessment.criteriaSet(of: dossier, on: db))
    }

    /// Whether the dossier's samples go to the commune in person, recorded by it, rather than as an
    /// uploaded document: a criteria set in force from 22/5/2026 (26/2026) whose product set asks
    /// for samples. Dossiers kept on 148 or 1048 (Điều 12) hand them in as a dossier document.
    /// `sheet`: the dossier's sheet when the caller has loaded it, whose set is reused rather than
    /// read and decoded again.
    static func areHandedIn(_ dossier: DossierRecord, product: ProductRecord, sheet: Result<DossierSelfAssessment.Sheet, Refusal>? = nil,
                            on db: Database) async throws -> Bool {
        let loaded = (try? sheet?.get())?.set
        let set = loaded != nil ? loaded : try await DossierSelfAssessment.criteriaSet(of: dossier, on: db)
        guard let from = set?.effectiveFrom, from >= DecisionWording.law26EffectiveDay else { return false }
        return ProductSamples.areRequired(productSetCode: product.productSetCode, in: set)
    }

    /// Why the commune cannot forward this dossier yet, or nil: under 26/2026 (a criteria set in force
    /// from 22/5/2026) the proposal goes to the province with the 05 samples, so they must have been
    /// recorded. Dossiers kept on 148 or 1048 (Điều 12) handed the samples in as a dossier document.
    static func missingBeforeForwarding(_ found: FoundDossier, on db: Database) async throws -> String? {
        guard try await areHandedIn(found.dossier, product: found.product, on: db),
              try await receipt(of: found.dossier.id!, on: db) == nil else { return nil }
        return "\(found.product.name): chưa ghi nhận \(ProductSamples.countText) (điểm d khoản 2 Điều 6 Quyết định 26/2026/QĐ-TTg); "
            + "ghi nhận tại trang hồ sơ («Ghi nhận đã nhận sản phẩm mẫu») rồi chuyển tỉnh."
    }

    static func receipt(of dossierID: UUID, on db: Database) async throws -> DossierSampleRecord? {
        try await DossierSampleRecord.query(on: db).filter(\.$dossier.$id == dossierID).first()
    }

    /// Why this dossier cannot take a receipt now (a tourism product, not with the commune, already
    /// recorded), or nil.
    static func refusal(_ found: FoundDossier, on db: Database) async throws -> String? {
        let existing = try await receipt(of: found.dossier.id!, on: db)
        let required = try await areRequired(found.dossier, product: found.product, on: db)
        return ProductSamples.refusal(required: required, state: found.dossier.dossierState, alreadyRecorded: existing != nil)
    }

    static func record(_ found: FoundDossier, receivedOn day: CalendarDay, actor: CurrentUser, on db: Database) async throws -> Outcome {
        let dossier = found.dossier
        let existing = try await receipt(of: dossier.id!, on: db)
        let required = try await areRequired(dossier, product: found.product, on: db)
        if let refusal = ProductSamples.refusal(required: required, state: dossier.dossierState, alreadyRecorded: existing != nil) {
            return .refused(refusal)
        }
        if let existing { return .alreadyRecorded(existing) }
        let record = DossierSampleRecord()
        record.$dossier.id = dossier.id!
        record.quantity = ProductSamples.count
        record.receivedOn = day.iso
        record.receivedBy = actor.label
        let audit = RecordedChange.Audit(action: "dossier.samples", recordType: "dossier", recordID: dossier.id!.uuidString,
                                         location: dossier.location,
                                         after: ["quantity": String(record.quantity), "receivedOn": day.iso])
        do {
            let outcome = try await RecordedChange.commit(actor: actor, on: db) { tx in
                try await record.create(on: tx)
                return RecordedChange.Done(value: (), audit: audit)
            }
            if case .failure(let refused) = outcome { return .refused(refused.message) }
            return .recorded(record)
        } catch {
            // Two clicks at the same instant: the unique dossier_id kept the first receipt.
            guard (error as? any DatabaseError)?.isConstraintFailure == true,
                  let first = try await receipt(of: dossier.id!, on: db) else { throw error }
            return .alreadyRecorded(first)
        }
    }

    /// One line for the dossier page and the proposal letter.
    static func statusLine(required: Bool, receipt: DossierSampleRecord?) -> String {
        guard required else { return ProductSamples.notRequiredText }
        guard let receipt else { return "Chưa nhận \(ProductSamples.countText)." }
        let day = receipt.receivedDay?.vietnamese ?? receipt.receivedOn
        // The officer by name: the line is printed in the proposal letter, where a login has no place.
        return "Đã nhận \(String(format: "%02d", receipt.quantity)) sản phẩm mẫu ngày \(day) (\(OfficerLabel.fullName(receipt.receivedBy)))."
    }
}
