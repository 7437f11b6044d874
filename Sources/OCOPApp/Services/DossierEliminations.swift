import Fluent
import Foundation
import OCOPCore

/// Loại hồ sơ: the province eliminates a forwarded dossier under one of its sheet's elimination
/// rules. The workflow step (`DossierSteps`: version, audit, notice to the producer and the commune)
/// and the row that shows the rule on the dossier page land in one transaction.
enum DossierEliminations {
    /// The elimination rules of the dossier's sheet (in the criteria set the dossier keeps); empty
    /// when the sheet states none (148, 1048) or cannot be found, and then the step is not offered.
    static func rules(_ dossier: DossierRecord, product: ProductRecord, on db: Database) async throws -> [String] {
        let set = try await DossierSelfAssessment.criteriaSet(of: dossier, on: db)
        guard case .success(let found) = DossierSelfAssessment.productSheet(dossier, product: product, in: set) else { return [] }
        return found.1.sheet.eliminationRules
    }

    static func record(of dossierID: UUID, on db: Database) async throws -> DossierEliminationRecord? {
        try await DossierEliminationRecord.query(on: db).filter(\.$dossier.$id == dossierID).first()
    }

    /// Eliminates `found` under its sheet's rule number `ruleIndex` with the officer's finding.
    static func eliminate(_ found: FoundDossier, ruleIndex: Int?, finding: String, loaded: OptimisticVersion, actor: CurrentUser,
                          on db: Database) async throws -> Result<DossierTransition, Refusal> {
        let rules = try await rules(found.dossier, product: found.product, on: db)
        let rule = ruleIndex.flatMap { rules.indices.contains($0) ? rules[$0] : nil } ?? ""
        let elimination = DossierElimination(rules: rules, rule: rule, finding: DossierText.trimmed(finding))
        let dossier = found.dossier
        do {
            let transition = try await db.transaction { tx in
                let transition = try await DossierSteps.take(.eliminate(elimination), on: dossier, loaded: loaded, actor: actor,
                                                             productName: found.product.name, in: tx)
                let record = DossierEliminationRecord()
                record.$dossier.id = dossier.id!
                record.rule = elimination.rule
                record.finding = elimination.finding
                record.eliminatedBy = actor.label
                record.eliminatedAt = Date()
                try await record.create(on: tx)
                return transition
            }
            return .success(transition)
        } catch let refused as Refusal {
            return .failure(refused)
        }
    }
}
