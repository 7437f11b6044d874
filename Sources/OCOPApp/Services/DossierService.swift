import Fluent
import Foundation
import OCOPCore
import SQLKit

/// Hồ sơ on the producer's side: creating one (idempotent, pre-filled from the last dossier for
/// re-recognition and upgrade), filing documents (a replacement keeps the old row: history), saving
/// the self-assessment and submitting through `DossierWorkflow`. Every change is audited in the
/// same transaction.
enum DossierService {
    /// The producer's extension in this round, if any.
    static func registration(_ kind: DossierKind, round record: RegistrationRoundRecord, producer: ProducerRecord,
                             on db: Database) async throws -> RegistrationDecision {
        let round = try record.round()
        let grant = try await RegistrationExtensionRecord.query(on: db).filter(\.$round.$id == record.id!)
            .filter(\.$producerID == producer.id!).first()?.rule(roundID: record.id!.uuidString)
        return round.admits(kind, at: Date(), commune: producer.location, extension: grant)
    }

    static func existing(product: UUID, round: UUID, on db: Database) async throws -> DossierRecord? {
        try await DossierRecord.query(on: db).filter(\.$product.$id == product).filter(\.$round.$id == round).first()
    }

    /// Creates the product's dossier for the round, or returns the one that exists (a double click,
    /// a retried request, two tabs): UNIQUE(product, round) decides a race, never a second row.
    static func create(product: ProductRecord, producer: ProducerRecord, round: RegistrationRoundRecord, kind: DossierKind,
                       actor: CurrentUser, on db: Database) async throws -> Result<DossierRecord, Refusal> {
        if let found = try await existing(product: product.id!, round: round.id!, on: db) { return .success(found) }
        if let refusal = try await registration(kind, round: round, producer: producer, on: db).refusal { return .failure(Refusal(.content, refusal)) }
        let dossier = DossierRecord()
        dossier.id = UUID()
        dossier.$product.id = product.id!
        dossier.$producer.id = producer.id!
        dossier.$round.id = round.id!
        dossier.dossierKind = kind
        dossier.state = .draft
        dossier.version = OptimisticVersion.initial.value
        dossier.provinceCode = producer.provinceCode
        dossier.communeCode = producer.communeCode
        dossier.criteriaSetCode = round.criteriaSetCode
        dossier.criteriaSetVersion = round.criteriaSetVersion
        dossier.createdBy = actor.label
        let previous = kind == .new ? nil : try await DossierRecord.query(on: db).filter(\.$product.$id == product.id!)
            .sort(\.$createdAt, .descending).first()
        dossier.previousDossierID = previous?.id
        do {
            try await db.transaction { tx in
                try await dossier.create(on: tx)
                var carried: [String] = []
                if let previous {
                    carried = try await carryOver(from: previous, into: dossier, kind: kind, actor: actor, on: tx)
                }
                try await AuditLog.record(on: tx, actor: actor, action: "dossier.create", recordType: "dossier",
                                          recordID: dossier.id!.uuidString, location: producer.location,
                                          after: ["product": product.name, "round": round.name, "kind": kind.rawValue,
                                                  "carriedOver": carried.joined(separator: ", ")])
            }
        } catch {
            // Lost a race with the same request: the unique index kept one row; return it.
            if (error as? any DatabaseError)?.isConstraintFailure == true,
               let found = try await existing(product: product.id!, round: round.id!, on: db) {
                return .success(found)
            }
            throw error
        }
        return .success(dossier)
    }

    /// Links the still-valid documents of the last dossier (same stored files) into the new one.
    private static func carryOver(from previous: DossierRecord, into dossier: DossierRecord, kind: DossierKind,
                                  actor: CurrentUser, on db: Database) async throws -> [String] {
        let documents = try await current(previous, on: db)
        let plan = DossierCarryOver.plan(
            // A dated paper goes on only while valid; a dateless one is carried as before (M027 dates are optional).
            previous: documents.map { PreviousDocument(typeCode: $0.typeCode, fileID: $0.id!.uuidString, expiresOn: $0.validUntilDay) },
            on: .inVietnam(Date()), kind: kind, catalogue: DossierCatalogue.catalogue, requirements: DossierCatalogue.requirements)
        var titles: [String] = []
        for item in plan.carried {
            guard let source = documents.first(where: { $0.id!.uuidString == item.document.fileID }) else { continue }
            let copy = DossierDocumentRecord()
            copy.$dossier.id = dossier.id!
            copy.typeCode = source.typeCode
            copy.$file.id = source.$file.id
            copy.uploadedBy = source.uploadedBy
            copy.uploadedAt = source.uploadedAt
            copy.carriedFrom = source.id
            copy.validUntil = source.validUntil
            try await copy.create(on: db)
            titles.append(item.title)
        }
        return titles
    }

    /// The documents in force (not replaced), oldest first, with their files.
    static func current(_ dossier: DossierRecord, on db: Database) async throws -> [DossierDocumentRecord] {
        try await DossierDocumentRecord.query(on: db).filter(\.$dossier.$id == dossier.id!).filter(\.$replacedAt == nil)
            .with(\.$file).sort(\.$uploadedAt).all()
    }

    static func history(_ dossier: DossierRecord, on db: Database) async throws -> [DossierDocumentRecord] {
        try await DossierDocumentRecord.query(on: db).filter(\.$dossier.$id == dossier.id!).with(\.$file)
            .sort(\.$uploadedAt, .descending).all()
    }

    /// The checklist of the dossier's kind; the self-assessment counts when complete on screen.
    /// A paper past its "Có giá trị đến" day is not counted: an expired certificate is no certificate,
    /// so where its type is required the dossier lacks it.
    /// `samplesHandedIn`: the dossier's 05 samples go to the commune in person (26/2026,
    /// `DossierSamples.areHandedIn`), so no file is asked for them.
    static func checklist(_ dossier: DossierRecord, documents: [DossierDocumentRecord], selfAssessmentComplete: Bool,
                          samplesHandedIn: Bool = false) -> DossierChecklist {
        let today = CalendarDay.inVietnam(Date())
        var present: [Int: [String]] = Dictionary(grouping: documents.filter { !$0.isExpired(on: today) }, by: \.typeCode)
            .mapValues { $0.map(\.file.fileName) }
        present[DossierCatalogue.selfAssessmentCode] = selfAssessmentComplete ? ["Phiếu tự đánh giá trên hệ thống"] : nil
        return DossierChecklist(kind: dossier.dossierKind, catalogue: DossierCatalogue.catalogue,
                                requirements: DossierCatalogue.requirements, present: present,
                                handedIn: samplesHandedIn ? [ProductSamples.documentCode: ProductSamples.handedInSentence] : [:])
    }

    /// Files a stored file under a document type, marking the type's current file(s) replaced.
    /// Files `stored` (not yet saved) as the current document `code` of the dossier, the old one kept
    /// as replaced; the row, the document and the audit entry are one transaction. Returns why it
    /// was refused when the dossier left the producer's hands meanwhile (checked inside the
    /// transaction, so a submission at the same moment cannot slip between). The upload is a change
    /// of the dossier: its version goes up, and that update locks the dossier's row, so two uploads of
    /// the same document at once (on PostgreSQL too) leave one current file, the other in the history.
    static func file(_ stored: StoredFile, code: Int, validUntil: CalendarDay? = nil, in dossier: DossierRecord, producer: ProducerRecord,
                     actor: CurrentUser, on db: Database) async throws -> String? {
        struct NoLongerEditable: Error {}
        do {
            try await db.transaction { tx in
                try await (tx as! any SQLDatabase).update(DossierRecord.schema).set("version", to: SQLRaw("version + 1"))
                    .where("id", .equal, dossier.id!).run()
                guard let current = try await DossierRecord.find(dossier.id!, on: tx), current.dossierState.producerMayEdit else {
                    throw NoLongerEditable()
                }
                try await stored.create(on: tx)
                let now = Date()
                let replaced = try await DossierDocumentRecord.query(on: tx).filter(\.$dossier.$id == dossier.id!)
                    .filter(\.$typeCode == code).filter(\.$replacedAt == nil).all()
                for old in replaced {
                    old.replacedAt = now
                    try await old.save(on: tx)
                }
                let document = DossierDocumentRecord()
                document.$dossier.id = dossier.id!
                document.typeCode = code
                document.$file.id = stored.id!
                document.uploadedBy = actor.label
                document.uploadedAt = now
                document.validUntil = validUntil?.iso
                try await document.create(on: tx)
                try await AuditLog.record(on: tx, actor: actor, action: replaced.isEmpty ? "dossier.upload" : "dossier.replace",
                                          recordType: "dossier", recordID: dossier.id!.uuidString, location: producer.location,
                                          after: ["type": String(code), "file": stored.fileName, "sha256": stored.sha256,
                                                  "validUntil": validUntil?.iso ?? ""])
            }
            return nil
        } catch is NoLongerEditable {
            return "Hồ sơ vừa chuyển sang trạng thái khác, không thay đổi được tài liệu. Vui lòng tải lại trang."
        }
    }

    /// Saves the self-assessment when the dossier is still with the producer, under its version.
    static func saveAnswers(_ answers: AnswerSet, facts: ProducerFacts, dossier: DossierRecord, loaded: OptimisticVersion,
                            producer: ProducerRecord, actor: CurrentUser, on db: Database) async throws -> String? {
        guard dossier.dossierState.producerMayEdit else {
            return "Hồ sơ đang ở trạng thái «\(dossier.dossierState.title)», không sửa được phiếu tự đánh giá."
        }
        if case .failure(let conflict) = OptimisticVersion.check(loaded: loaded, current: OptimisticVersion(dossier.version)) {
            return conflict.message
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let answersJSON = String(decoding: try encoder.encode(answers), as: UTF8.self)
        let factsJSON = String(decoding: try encoder.encode(facts), as: UTF8.self)
        let won = try await db.transaction { tx -> Bool in
            let won = try await DossierSteps.conditionalUpdate(dossier, from: loaded.value, on: tx) { update in
                update.set("self_assessment", to: answersJSON).set("producer_facts", to: factsJSON)
            }
            if won {
                try await AuditLog.record(on: tx, actor: actor, action: "dossier.self-assess", recordType: "dossier",
                                          recordID: dossier.id!.uuidString, location: producer.location,
                                          after: ["answers": String(answers.answers.count)])
            }
            return won
        }
        if won { return nil }
        if case .failure(let conflict) = OptimisticVersion.check(loaded: loaded, current: loaded.next) { return conflict.message }
        return nil
    }

    /// The history says a late filing was late; the producer's own note follows.
    private static func filingRemark(_ phase: ReEvaluationFilingPhase, _ note: String) -> String {
        guard phase == .late else { return note }
        let flag = "Nộp muộn so với thời hạn đánh giá lại."
        return note.isEmpty ? flag : "\(flag) \(note)"
    }

    enum SubmitOutcome {
        case submitted
        /// Already submitted (a double click or a retry): nothing changed.
        case alreadySubmitted
        case refused([String])
    }

    /// What submitting would check, read without changing anything: the confirmation page lists
    /// the same problems the submission would refuse with, so the producer sees them before the click.
    struct SubmissionReadiness {
        let checklist: DossierChecklist
        let registration: RegistrationDecision
        let filing: ReEvaluationFiling.Check?
        /// The current documents and the self-assessment the check read, for the confirmation page.
        let documents: [DossierDocumentRecord]
        let sheet: Result<DossierSelfAssessment.Sheet, Refusal>
        /// Empty when the dossier may be submitted now.
        let problems: [String]
    }

    static func submissionReadiness(_ dossier: DossierRecord, product: ProductRecord, producer: ProducerRecord,
                                    on db: Database) async throws -> SubmissionReadiness {
        let state = dossier.dossierState
        let round = try await dossier.$round.get(on: db)
        let registration = try await registration(dossier.dossierKind, round: round, producer: producer, on: db)
        let sheet = try await DossierSelfAssessment.sheet(dossier, product: product, on: db)
        let assessmentComplete = (try? sheet.get().isComplete) ?? false
        let documents = try await current(dossier, on: db)
        let checklist = checklist(dossier, documents: documents, selfAssessmentComplete: assessmentComplete,
                                  samplesHandedIn: try await DossierSamples.areHandedIn(dossier, product: product, sheet: sheet, on: db))
        var reasons: [String] = []
        let filing = state == .draft ? try await ReEvaluationFiling.check(dossier, on: db) : nil
        if let refusal = filing?.refusal { reasons.append(refusal) }
        if state == .draft, let refusal = registration.refusal { reasons.append(refusal) }
        if !checklist.isComplete {
            reasons.append(checklist.summary)
            reasons += checklist.missing.filter { $0.code != DossierCatalogue.selfAssessmentCode }.map(\.missingMessage)
        }
        reasons += DossierSelfAssessment.problems(sheet)
        if dossier.dossierKind == .reRecognition { reasons += try await ReEvaluationUpdatesService.problems(dossier, on: db) }
        return SubmissionReadiness(checklist: checklist, registration: registration, filing: filing, documents: documents,
                                   sheet: sheet, problems: reasons)
    }

    /// Nộp hồ sơ, or nộp lại after a return: the registration decision (first submission only: a
    /// returned dossier was received in time), the checklist and the self-assessment, then the
    /// workflow. `note` is the producer's answer to the commune's requests, kept with the step.
    /// A re-evaluation's first submission is checked against its certificate's window
    /// (`ReEvaluationFiling`): too early, refused with the opening day; late, received and flagged.
    static func submit(_ dossier: DossierRecord, product: ProductRecord, producer: ProducerRecord, actor: CurrentUser,
                       note: String = "", on db: Database) async throws -> SubmitOutcome {
        let state = dossier.dossierState
        guard state.producerMayEdit else {
            return state == .submitted ? .alreadySubmitted
                : .refused(["Không thể nộp hồ sơ khi hồ sơ đang ở trạng thái «\(state.title)»."])
        }
        let readiness = try await submissionReadiness(dossier, product: product, producer: producer, on: db)
        if !readiness.problems.isEmpty { return .refused(readiness.problems) }
        let checklist = readiness.checklist, registration = readiness.registration, filing = readiness.filing
        let action: DossierAction = state == .draft
            ? .submit(checklist: checklist, registration: registration) : .resubmit(checklist: checklist)
        let now = Date()
        let filed = filing.map { (phase: $0.phase, expiry: $0.window.expiryDay.iso) }
        switch try await DossierSteps.run(action, on: dossier, loaded: OptimisticVersion(dossier.version), actor: actor,
                                          productName: product.name, note: filed.map { Self.filingRemark($0.phase, note) } ?? note, on: db,
                                          set: { update in
                                              let submitted = update.set("submitted_at", to: now)
                                              guard let filed else { return submitted }
                                              return submitted.set("filing_phase", to: filed.phase.rawValue).set("certificate_expires_on", to: filed.expiry)
                                          }) {
        case .success: return .submitted
        // Lost the race with the same click: the other request submitted it.
        case .failure(let refused) where refused.isConflict: return .alreadySubmitted
        case .failure(let refused): return .refused(refused.messages)
        }
    }
}
