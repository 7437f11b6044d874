import Fluent
import Vapor
import OCOPCore

/// Loại hồ sơ: the province, checking a forwarded dossier at intake, eliminates it under one of its
/// sheet's rules ("Hồ sơ bị loại khi …") with what it found. Offered only when the dossier's sheet
/// states such rules; the workflow decides who may (`DossierActionKind.eliminate`).
struct EliminationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let dossiers = routes.grouped(RequireLoginMiddleware())
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "loai").route, use: form)
        dossiers.post(SiteURL.dossierAction(id: ":id", action: "loai").route, use: eliminate)
    }

    func form(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        if let away = try req.requireStep(.eliminate, on: found) { return away }
        let rules = try await DossierEliminations.rules(found.dossier, product: found.product, on: req.db)
        guard DossierElimination.isOffered(rules: rules) else {
            req.flash(DossierElimination(rules: [], rule: "", finding: "").problems.joined(separator: " "))
            return req.redirect(to: SiteURL.dossier(id: found.dossier.id!.uuidString).path)
        }
        let model = EliminationFormModel(dossierID: found.dossier.id!.uuidString, productName: found.product.name,
                                         version: found.dossier.version, rules: rules)
        return render(req, model, status: .ok)
    }

    func eliminate(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        // Someone who may not eliminate is refused (403); a second click finds the dossier eliminated
        // and goes back to it with the reason, creating nothing.
        if let away = try req.requireStep(.eliminate, on: found) { return away }
        let fields = try req.content.decode([String: String].self)
        let rules = try await DossierEliminations.rules(found.dossier, product: found.product, on: req.db)
        let model = EliminationFormModel(dossierID: found.dossier.id!.uuidString, productName: found.product.name,
                                         version: Int(fields["version"] ?? "") ?? 0, rules: rules,
                                         chosen: fields["rule"].flatMap(Int.init), finding: fields["finding"] ?? "")
        let outcome = try await DossierEliminations.eliminate(found, ruleIndex: model.chosen, finding: model.finding,
                                                              loaded: OptimisticVersion(model.version), actor: try req.currentUser, on: req.db)
        return req.finishStep(outcome, model, done: "Đã loại hồ sơ; chủ thể và UBND xã đã được thông báo lý do.") {
            render(req, $0, status: $1)
        }
    }

    private func render(_ req: Request, _ model: EliminationFormModel, status: HTTPStatus) -> Response {
        EliminationView.form(req.pageContext(title: "Loại hồ sơ: \(model.productName)"), model).response(status: status)
    }
}
