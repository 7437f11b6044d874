import Fluent
import Vapor
import OCOPCore

/// Xóa hồ sơ nháp, asked first: the dossier page's link opens a page that says what will be lost;
/// only its button deletes (`DossierDeletion`).
struct DossierDeletionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.dossierAction(id: ":id", action: "xoa").route, use: confirm)
        signedIn.post(SiteURL.dossierAction(id: ":id", action: "xoa").route, use: delete)
    }

    func confirm(req: Request) async throws -> Response {
        let found = try await authorized(req)
        if let refusal = DossierDeletion.refusal(found.dossier) { return back(req, found, refusal) }
        let documents = try await DossierDocumentRecord.query(on: req.db).filter(\.$dossier.$id == found.dossier.requireID()).count()
        let model = DeleteDossierModel(dossierID: found.dossier.id!.uuidString, product: found.product.name,
                                       kind: found.dossier.dossierKind.title, round: found.round.name, documentCount: documents)
        return DeleteDossierView.render(req.pageContext(title: "Xóa hồ sơ nháp"), model).response()
    }

    func delete(req: Request) async throws -> Response {
        let found = try await authorized(req)
        if let refusal = try await DossierDeletion.delete(found.dossier, product: found.product, round: found.round,
                                                          actor: try req.currentUser, on: req.db) {
            return back(req, found, refusal)
        }
        req.flash("Đã xóa hồ sơ nháp «\(found.product.name)» (\(found.round.name)). Bạn có thể lập hồ sơ mới cho sản phẩm khi cần.")
        return req.redirect(to: SiteURL.product(id: found.product.id!.uuidString).path)
    }

    private func authorized(_ req: Request) async throws -> FoundDossier {
        let found = try await req.readableDossier()
        try req.authorize(.prepareDossier(producerID: found.producer.id!.uuidString, location: found.dossier.location))
        return found
    }

    private func back(_ req: Request, _ found: FoundDossier, _ refusal: String) -> Response {
        req.flash(refusal)
        return req.redirect(to: SiteURL.dossier(id: found.dossier.id!.uuidString).path)
    }
}
