import Fluent
import Foundation
import OCOPCore

/// Tiếp nhận của tỉnh: the province receives forwarded dossiers into one of its evaluation rounds,
/// all or none: every dossier's accept step runs in one transaction (`RecordedChange`), so if one
/// cannot be received (another officer changed it, it is not forwarded) none is.
enum ProvinceIntake {
    /// Receives `picked` into `round`; the refusal names each product that cannot be received.
    static func accept(_ picked: [(FoundDossier, DossierPick)], into round: EvaluationRoundRecord, actor: CurrentUser,
                       on db: Database) async throws -> Result<Void, Refusal> {
        let outside = picked.filter { $0.0.dossier.provinceCode != round.provinceCode }
            .map { "\($0.0.product.name): đợt đánh giá «\(round.name)» không thuộc tỉnh của hồ sơ." }
        guard outside.isEmpty else { return .failure(Refusal(.scope, outside)) }
        let late = try await StatutoryRoundPlans.lateForRound(picked.map(\.0), round: round, on: db)
        guard late.isEmpty else { return .failure(Refusal(.state, late)) }
        let roundID = round.id!
        return try await RecordedChange.commit(actor: actor, on: db) { tx in
            for (found, pick) in picked {
                do {
                    // Each step writes its own audit entry and notifications (`DossierSteps`).
                    try await DossierSteps.take(.accept(evaluationRoundID: roundID.uuidString), on: found.dossier,
                                                loaded: OptimisticVersion(pick.version), actor: actor, productName: found.product.name,
                                                in: tx, set: { $0.set("evaluation_round_id", to: roundID) })
                    // The province's receipt: Mẫu 01's second "Phiếu số", in the same transaction.
                    try await RegistrationReceipts.issue(.province, for: found.dossier, actor: actor, in: tx)
                } catch let refused as Refusal {
                    throw refused.prefixed("\(found.product.name): ")
                }
            }
            return RecordedChange.Done(value: ())
        }
    }
}
