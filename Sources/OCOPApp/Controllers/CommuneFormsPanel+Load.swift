import Fluent
import Foundation
import OCOPCore

extension CommuneFormsPanel {
    /// Fills the dossier page's panel of the commune's papers and drops "Loại hồ sơ" from its
    /// buttons when the dossier's sheet states no elimination rule (148, 1048): one call from the
    /// dossier page, so that page's controller keeps no knowledge of these forms.
    static func add(to model: inout DossierPageModel, _ found: FoundDossier, user: CurrentUser, on db: Database) async throws {
        let dossier = found.dossier
        let id = dossier.id!
        if model.actions.contains(.eliminate),
           !DossierElimination.isOffered(rules: try await DossierEliminations.rules(dossier, product: found.product, on: db)) {
            model.actions.removeAll { $0 == .eliminate }
        }
        let receipt = try await DossierSamples.receipt(of: id, on: db)
        let required = try await DossierSamples.areRequired(dossier, product: found.product, on: db)
        let mayRecord = receipt == nil
            && AccessPolicy().decide(user.grants, .receiveDossierSamples(dossier.location)).isAllowed
            && ProductSamples.refusal(required: required, state: dossier.dossierState, alreadyRecorded: false) == nil
        let elimination = try await DossierEliminations.record(of: id, on: db)
        model.communeForms = CommuneFormsPanel(
            mau03Link: dossier.communeAssessment == nil ? nil : SiteURL.dossierAction(id: id.uuidString, action: "mau-03").path,
            samples: DossierSamples.statusLine(required: required, receipt: receipt),
            mayRecordSamples: mayRecord,
            elimination: elimination.map { ($0.rule, $0.finding, $0.eliminatedBy, VietnameseFormat.dateTime($0.eliminatedAt)) })
    }
}
