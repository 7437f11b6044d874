import Fluent
import Vapor
import OCOPCore

/// Nộp hồ sơ, asked first: the dossier page's button opens this page, which says what submitting
/// does (to whom it goes, what can no longer change, what the commune must do and by when) and
/// what is still missing; only its own button posts the submission (`DossiersController.submit`).
struct DossierSubmissionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(RequireLoginMiddleware()).get(SiteURL.dossierAction(id: ":id", action: "nop").route, use: confirm)
    }

    func confirm(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        let dossier = found.dossier
        try req.authorize(.prepareDossier(producerID: found.producer.id!.uuidString, location: dossier.location))
        guard dossier.dossierState.producerMayEdit else {
            req.flash("Hồ sơ đang ở trạng thái «\(dossier.dossierState.title)»: không cần nộp lại.")
            return req.redirect(to: SiteURL.dossier(id: dossier.id!.uuidString).path)
        }
        let readiness = try await DossierService.submissionReadiness(dossier, product: found.product, producer: found.producer, on: req.db)
        let commune = try await UnitDirectory.names(for: [dossier.communeCode], on: req.db)[dossier.communeCode] ?? dossier.communeCode
        let model = SubmitConfirmationModel(
            dossierID: dossier.id!.uuidString, product: found.product.name, kind: dossier.dossierKind.title, round: found.round.name,
            commune: UnitNames.inSentence(commune), resubmitting: dossier.dossierState == .returned,
            documentCount: readiness.documents.count, selfAssessment: DossierSelfAssessment.summary(readiness.sheet),
            missing: readiness.problems, note: DossierText.trimmed((try? req.query.get(String.self, at: "note")) ?? ""))
        return SubmitConfirmationView.render(req.pageContext(title: model.resubmitting ? "Xác nhận nộp lại hồ sơ" : "Xác nhận nộp hồ sơ"), model).response()
    }
}
