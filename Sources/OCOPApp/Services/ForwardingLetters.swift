import Fluent
import Foundation
import OCOPCore

/// Công văn chuyển tỉnh: the commune forwards assessed dossiers with one letter. The letter, its
/// audit entry and every dossier's forward step land in one transaction (`RecordedChange`): if one
/// dossier cannot go (changed by another officer, not assessed), none goes and no letter is left.
enum ForwardingLetters {
    /// The letter as the form checked it (number and signer trimmed, the day not after today).
    struct Letter: Sendable {
        var number: String
        var signedOn: CalendarDay
        var signer: String
        var signerIsDeputy: Bool
    }

    enum Outcome {
        /// The letter was made and every dossier went with it.
        case forwarded(letterID: UUID)
        /// A second click or a retried request: the first one already made this letter with these dossiers.
        case alreadyForwarded(letterID: UUID)
        /// The commune already has another letter with this number.
        case numberTaken
        /// A dossier could not go; the messages name it. Nothing changed.
        case refused(Refusal)
    }

    /// Makes `letter` and forwards `picked` (dossiers of one commune, as the form checks) with it.
    static func forward(_ picked: [(FoundDossier, DossierPick)], with letter: Letter, actor: CurrentUser,
                        on db: Database) async throws -> Outcome {
        guard let first = picked.first?.0.dossier else {
            return .refused(Refusal(.content, "Vui lòng chọn ít nhất một hồ sơ đã được xã đánh giá để chuyển tỉnh."))
        }
        if let existing = try await self.letter(number: letter.number, commune: first.communeCode, on: db) {
            let sameLetter = picked.allSatisfy { $0.0.dossier.forwardingLetterID == existing.id }
            return sameLetter ? .alreadyForwarded(letterID: existing.id!) : .numberTaken
        }
        var missingSamples: [String] = []
        for (found, _) in picked {
            if let missing = try await DossierSamples.missingBeforeForwarding(found, on: db) { missingSamples.append(missing) }
        }
        if !missingSamples.isEmpty { return .refused(Refusal(.content, missingSamples.joined(separator: " "))) }
        let record = ForwardingLetterRecord()
        let letterID = UUID()
        record.id = letterID
        record.number = letter.number
        record.signedOn = letter.signedOn.iso
        record.signer = letter.signer
        record.signerIsDeputy = letter.signerIsDeputy
        record.provinceCode = first.provinceCode
        record.communeCode = first.communeCode
        record.createdBy = actor.label
        let audit = RecordedChange.Audit(action: "letter.create", recordType: "forwarding-letter", recordID: letterID.uuidString,
                                         location: record.location,
                                         after: ["number": record.number, "signedOn": record.signedOn, "dossiers": String(picked.count)])
        do {
            let outcome = try await RecordedChange.commit(actor: actor, on: db) { tx in
                try await record.create(on: tx)
                for (found, pick) in picked {
                    try await forward(found, pick, letterID: letterID, actor: actor, in: tx)
                }
                return RecordedChange.Done(value: (), audit: audit)
            }
            switch outcome {
            case .success: return .forwarded(letterID: letterID)
            case .failure(let refused): return .refused(refused)
            }
        } catch {
            // The same click twice at the same instant: the unique number kept one letter.
            guard (error as? any DatabaseError)?.isConstraintFailure == true,
                  let existing = try await self.letter(number: letter.number, commune: first.communeCode, on: db) else { throw error }
            return .alreadyForwarded(letterID: existing.id!)
        }
    }

    /// One dossier's forward step, its refusal prefixed with the product's name.
    private static func forward(_ found: FoundDossier, _ pick: DossierPick, letterID: UUID, actor: CurrentUser, in tx: Database) async throws {
        guard let assessment = try found.dossier.assessment else {
            throw Refusal(.state, "\(found.product.name): UBND xã chưa đánh giá hồ sơ này.")
        }
        do {
            try await DossierSteps.take(.forward(assessment), on: found.dossier, loaded: OptimisticVersion(pick.version),
                                        actor: actor, productName: found.product.name, in: tx,
                                        set: { $0.set("forwarding_letter_id", to: letterID) })
        } catch let refused as Refusal {
            throw refused.prefixed("\(found.product.name): ")
        }
    }

    private static func letter(number: String, commune: String, on db: Database) async throws -> ForwardingLetterRecord? {
        try await ForwardingLetterRecord.query(on: db).filter(\.$communeCode == commune).filter(\.$number == number).first()
    }
}
