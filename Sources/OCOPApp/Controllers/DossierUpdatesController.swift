import Fluent
import Vapor
import OCOPCore

/// What changed since the last evaluation: a re-evaluation's updates (Điều 6.1.c, saved from the
/// dossier page's panel) and an upgrade's comparison with the last council result.
struct DossierUpdatesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let dossiers = routes.grouped(RequireLoginMiddleware())
        dossiers.post(SiteURL.dossierAction(id: ":id", action: "cap-nhat").route, use: saveUpdates)
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "so-sanh").route, use: comparison)
    }

    func saveUpdates(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        try req.authorize(.prepareDossier(producerID: found.producer.id!.uuidString, location: found.dossier.location))
        let fields = try req.content.decode([String: String].self)
        let path = SiteURL.dossier(id: found.dossier.id!.uuidString).path
        switch try await ReEvaluationUpdatesService.save(fields, dossier: found.dossier, producer: found.producer,
                                                         actor: try req.currentUser, on: req.db) {
        case .refused(let message):
            req.flash(message)
            return req.redirect(to: path)
        case .saved(let unanswered, let errors):
            let rest = unanswered.isEmpty ? "Đã cập nhật đủ các nội dung."
                : "Còn chưa cập nhật: \(unanswered.map(\.title).joined(separator: "; "))."
            req.flash((["Đã lưu nội dung cập nhật."] + errors + [rest]).joined(separator: " "))
            return req.redirect(to: path)
        }
    }

    func comparison(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        let model = try await UpgradeComparison.load(found, on: req.db)
        return UpgradeComparisonView.render(req.pageContext(title: "So sánh với kết quả lần trước: \(found.product.name)"), model)
            .response(status: .ok)
    }
}
