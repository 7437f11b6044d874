import Fluent
import Foundation
import OCOPCore

/// Đợt đánh giá theo quy định: the province's (or the Ministry's) statutory rounds of a year
/// (Điều 5), made in one click. Idempotent: a round the province already holds for that number is
/// left as it is; a round opened earlier by hand under the proposed name and without dates gets the
/// dates (it is that round); only the missing ones are created. All in one transaction, each
/// change with its audit entry.
enum StatutoryRoundPlans {
    /// What one click did, for the officer's message.
    struct Outcome: Sendable {
        var created: [String] = []
        var dated: [String] = []
        var isEmpty: Bool { created.isEmpty && dated.isEmpty }
    }

    static func make(year: Int, at location: UnitLocation, actor: CurrentUser, on db: Database) async throws -> Outcome {
        let level: EvaluationLevel = location.provinceCode == nil ? .nation : .province
        let code = location.provinceCode
        do {
            return try await RecordedChange.commit(actor: actor, on: db) { tx in
                let existing = try await EvaluationRoundRecord.query(on: tx).filter(\.$provinceCode == code).all()
                var outcome = Outcome()
                var audits: [RecordedChange.Audit] = []
                for statutory in StatutoryRounds.rounds(level, year: year) {
                    if existing.contains(where: { $0.year == year && $0.roundNumber == statutory.number }) { continue }
                    let record: EvaluationRoundRecord
                    let isNew: Bool
                    if let named = existing.first(where: { $0.name == statutory.proposedName }) {
                        guard named.roundNumber == nil else { continue }
                        record = named
                        isNew = false
                        outcome.dated.append(statutory.proposedName)
                    } else {
                        record = EvaluationRoundRecord()
                        record.id = UUID()
                        record.provinceCode = code
                        record.year = year
                        record.name = statutory.proposedName
                        record.createdBy = actor.label
                        isNew = true
                        outcome.created.append(statutory.proposedName)
                    }
                    record.roundNumber = statutory.number
                    record.proposalsBefore = statutory.proposalsBefore.iso
                    record.concludesBefore = statutory.concludesBefore.iso
                    try await record.save(on: tx)
                    audits.append(.init(action: isNew ? "evaluation-round.create" : "evaluation-round.date", recordType: "evaluation-round",
                                        recordID: record.id!.uuidString, location: record.location,
                                        after: ["name": record.name, "year": String(year), "round": String(statutory.number),
                                                "proposalsBefore": statutory.proposalsBefore.iso, "concludesBefore": statutory.concludesBefore.iso]))
                }
                return RecordedChange.Done(value: outcome, audit: audits.last, precedingAudits: Array(audits.dropLast()))
            }.get()
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // The same click twice at once: the unique name kept the first one's rounds.
            return Outcome()
        }
    }

    /// Why `round` cannot receive a dossier forwarded on `forwardedOn`, or nil: a round with
    /// statutory dates takes only the proposals made before its cut-off; a later one belongs to the
    /// next round (Điều 5), which the message names.
    static func refusal(_ round: EvaluationRoundRecord, forwardedOn: CalendarDay, product: String) -> String? {
        guard let statutory = round.statutory, !statutory.accepts(proposalOn: forwardedOn) else { return nil }
        let next = StatutoryRounds.round(statutory.level, forProposalOn: forwardedOn)
        return "\(product): xã chuyển hồ sơ ngày \(forwardedOn.vietnamese), sau hạn đề nghị của «\(round.name)» "
            + "(trước ngày \(statutory.proposalsBefore.vietnamese)); hồ sơ thuộc \(next.summary). "
            + "Vui lòng tiếp nhận vào đợt đó (tạo đợt theo quy định tại trang Đợt đánh giá nếu chưa có)."
    }
}

extension StatutoryRoundPlans {
    /// The refusals for the dossiers forwarded after `round`'s cut-off (empty when the round has
    /// no statutory dates). The forwarding day is the day the commune's letter was entered and the
    /// dossier sent, in Vietnam: the day the province got it. The letter's own date is not used: it
    /// is typed by the commune and may be earlier than the sending.
    static func lateForRound(_ dossiers: [FoundDossier], round: EvaluationRoundRecord, on db: Database) async throws -> [String] {
        guard round.statutory != nil else { return [] }
        let letterIDs = dossiers.compactMap(\.dossier.forwardingLetterID)
        let letters = try await ForwardingLetterRecord.query(on: db).filter(\.$id ~~ letterIDs).all()
        let sentOn = Dictionary(uniqueKeysWithValues: letters.compactMap { letter in letter.createdAt.map { (letter.id!, CalendarDay.inVietnam($0)) } })
        return dossiers.compactMap { found in
            guard let id = found.dossier.forwardingLetterID, let day = sentOn[id] else { return nil }
            return refusal(round, forwardedOn: day, product: found.product.name)
        }
    }
}
