import Fluent
import Vapor
import OCOPCore

/// Tiếp nhận của tỉnh: the province receives forwarded dossiers into one of its evaluation rounds
/// (one or many at once, all or none: `ProvinceIntake.accept`), or returns a dossier to the commune
/// with its reasons (`DossierSteps.run`).
struct ProvinceIntakeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let dossiers = routes.grouped(RequireLoginMiddleware())
        dossiers.post(SiteURL.dossierIntake.route, use: accept)
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "tra-xa").route, use: returnForm)
        dossiers.post(SiteURL.dossierAction(id: ":id", action: "tra-xa").route, use: returnToCommune)
    }

    struct AcceptForm: Content {
        var evaluationRound: String?
        var dossiers: [String]?

        enum CodingKeys: String, CodingKey {
            case evaluationRound
            case dossiers = "ho-so"
        }
    }

    func accept(req: Request) async throws -> Response {
        let form = try req.content.decode(AcceptForm.self)
        let user = try req.currentUser
        let picked = try await req.pickedDossiers(form.dossiers ?? [])
        var errors: [String] = []
        var isConflict = false
        let round = try await UUID(uuidString: form.evaluationRound ?? "").asyncFlatMap { try await EvaluationRoundRecord.find($0, on: req.db) }
        if picked.isEmpty { errors.append("Vui lòng chọn ít nhất một hồ sơ để tiếp nhận.") }
        if round == nil { errors.append("Vui lòng chọn đợt đánh giá, phân hạng để tiếp nhận hồ sơ.") }
        if errors.isEmpty, let round {
            switch try await ProvinceIntake.accept(picked, into: round, actor: user, on: req.db) {
            case .success:
                req.flash("Đã tiếp nhận \(picked.count) hồ sơ vào đợt «\(round.name)».")
                if picked.count == 1 { return req.redirect(to: SiteURL.dossier(id: picked[0].0.dossier.id!.uuidString).path) }
                return req.redirect(to: SiteURL.dossierQueue(state: .forwarded).path)
            case .failure(let refused):
                errors = refused.messages
                isConflict = refused.isConflict
            }
        }
        var forwarded = DossierQueueFilter()
        forwarded.state = .forwarded
        var model = try await DossierQueueController.model(req, filter: forwarded, page: 1)
        model.errors = errors + (isConflict ? ["Không hồ sơ nào được tiếp nhận; vui lòng chọn lại."] : [])
        model.selected = Set(picked.map { $0.0.dossier.id!.uuidString })
        model.selectedRound = form.evaluationRound ?? ""
        return DossierQueueView.render(req.pageContext(title: "Hồ sơ"), model).response(status: isConflict ? .conflict : .unprocessableEntity)
    }

    func returnForm(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        if let away = try req.requireStep(.returnToCommune, on: found) { return away }
        let model = ProvinceReturnModel(dossierID: found.dossier.id!.uuidString, productName: found.product.name, version: found.dossier.version)
        return render(req, model, status: .ok)
    }

    struct ReturnForm: Content {
        var version: String?
        var reasons: String?

        enum CodingKeys: String, CodingKey {
            case version
            case reasons = "ly-do"
        }
    }

    func returnToCommune(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        let form = try req.content.decode(ReturnForm.self)
        let model = ProvinceReturnModel(dossierID: found.dossier.id!.uuidString, productName: found.product.name,
                                        version: Int(form.version ?? "") ?? 0, reasons: form.reasons ?? "")
        let reasons = model.reasons.split(whereSeparator: \.isNewline).map { DossierText.trimmed(String($0)) }.filter { !$0.isEmpty }
        let outcome = try await DossierSteps.run(.returnToCommune(reasons: reasons), on: found.dossier, loaded: OptimisticVersion(model.version),
                                                 actor: try req.currentUser, productName: found.product.name, on: req.db)
        return req.finishStep(outcome, model, done: "Đã trả lại hồ sơ cho UBND xã (\(reasons.count) lý do).") {
            render(req, $0, status: $1)
        }
    }

    private func render(_ req: Request, _ model: ProvinceReturnModel, status: HTTPStatus) -> Response {
        CommuneStageView.provinceReturnForm(req.pageContext(title: "Trả lại xã: \(model.productName)"), model).response(status: status)
    }
}
