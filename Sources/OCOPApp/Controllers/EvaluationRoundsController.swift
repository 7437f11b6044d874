import Fluent
import Vapor
import OCOPCore

/// Đợt đánh giá, phân hạng: the province's evaluation rounds, into which it receives forwarded
/// dossiers. The council's meetings will hang from them; here the province opens one and sees how
/// many dossiers each has received.
struct EvaluationRoundsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let rounds = routes.grouped(RequireLoginMiddleware())
        rounds.get(SiteURL.evaluationRounds.route, use: list)
        rounds.post(SiteURL.evaluationRounds.route, use: create)
        rounds.post(SiteURL.statutoryEvaluationRounds.route, use: createStatutory)
    }

    func list(req: Request) async throws -> Response {
        try await render(req, EvaluationRoundsModel(year: String(CalendarDay.inVietnam(Date()).year)), status: .ok)
    }

    struct CreateForm: Content {
        var name: String?
        var year: String?
        var province: String?
    }

    func create(req: Request) async throws -> Response {
        let form = try req.content.decode(CreateForm.self)
        let user = try req.currentUser
        let location: UnitLocation
        if let province = form.province ?? Self.ownProvinces(user).first {
            location = .province(province)
        } else if let own = user.homeUnit(where: { .manageEvaluationRound($0) }) {
            location = own
        } else {
            throw Abort(.forbidden, reason: "Chỉ cán bộ cấp tỉnh được mở đợt đánh giá, phân hạng của tỉnh mình.")
        }
        try req.authorize(.manageEvaluationRound(location))
        var model = EvaluationRoundsModel(name: DossierText.trimmed(form.name ?? ""), year: form.year ?? "")
        let year = Int(model.year)
        if model.name.isEmpty { model.errors["name"] = "Vui lòng nhập tên đợt đánh giá." }
        if model.name.count > 200 { model.errors["name"] = "Tên đợt đánh giá dài quá 200 ký tự." }
        if year == nil || !(2018...2100).contains(year!) { model.errors["year"] = "Năm không hợp lệ." }
        if model.errors.isEmpty,
           try await EvaluationRoundRecord.query(on: req.db).filter(\.$provinceCode == location.provinceCode).filter(\.$name == model.name).first() != nil {
            model.errors["name"] = "Tỉnh đã có đợt đánh giá tên «\(model.name)»."
        }
        guard model.errors.isEmpty, let year else { return try await render(req, model, status: .unprocessableEntity) }
        let round = EvaluationRoundRecord()
        round.id = UUID()
        round.provinceCode = location.provinceCode
        round.year = year
        round.name = model.name
        round.createdBy = user.label
        do {
            try await RecordedChange.record(actor: user, on: req.db) { tx in
                try await round.create(on: tx)
                return .init(action: "evaluation-round.create", recordType: "evaluation-round", recordID: round.id!.uuidString,
                             location: round.location, after: ["name": round.name, "year": String(year)])
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // The same form sent twice at once: the unique name kept one round.
            req.flash("Đợt đánh giá «\(model.name)» đã được tạo.")
            return req.redirect(to: SiteURL.evaluationRounds.path)
        }
        req.flash("Đã mở đợt đánh giá «\(round.name)».")
        return req.redirect(to: SiteURL.evaluationRounds.path)
    }

    struct StatutoryForm: Content {
        var statutoryYear: String?
    }

    /// Đợt theo quy định: the year's two rounds with the dates of Điều 5, in one click; a second
    /// click (or a year that has them) creates nothing and says so.
    func createStatutory(req: Request) async throws -> Response {
        let form = try req.content.decode(StatutoryForm.self)
        let user = try req.currentUser
        guard let location = Self.ownProvinces(user).first.map(UnitLocation.province) ?? user.homeUnit(where: { .manageEvaluationRound($0) }) else {
            throw Abort(.forbidden, reason: "Chỉ cán bộ cấp tỉnh được tạo đợt đánh giá, phân hạng của tỉnh mình.")
        }
        try req.authorize(.manageEvaluationRound(location))
        guard let year = form.statutoryYear.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), (2018...2100).contains(year) else {
            var model = EvaluationRoundsModel(year: String(CalendarDay.inVietnam(Date()).year))
            model.statutoryYear = form.statutoryYear ?? ""
            model.statutoryError = "Năm không hợp lệ; vui lòng nhập năm, ví dụ \(CalendarDay.inVietnam(Date()).year)."
            return try await render(req, model, status: .unprocessableEntity)
        }
        let outcome = try await StatutoryRoundPlans.make(year: year, at: location, actor: user, on: req.db)
        if outcome.isEmpty {
            req.flash("Các đợt đánh giá theo quy định của năm \(year) đã có; không tạo thêm đợt nào.")
        } else {
            let made = outcome.created.map { "đã tạo «\($0)»" } + outcome.dated.map { "đã ghi thời hạn cho «\($0)»" }
            req.flash("Đợt đánh giá theo Điều 5 Quyết định 26/2026/QĐ-TTg: " + made.joined(separator: "; ") + ".")
        }
        return req.redirect(to: SiteURL.evaluationRounds.path)
    }

    /// The provinces whose rounds this person manages.
    static func ownProvinces(_ user: CurrentUser) -> [String] {
        AccessPolicy().homeUnits(user.grants, where: { .manageEvaluationRound($0) }).compactMap(\.provinceCode)
    }

    /// The rounds a person may receive dossiers into or read: their province's; every round for
    /// national officers and administrators.
    static func visible(to user: CurrentUser, on db: Database) async throws -> [EvaluationRoundRecord] {
        try await ScopedList.query(EvaluationRoundRecord.self, for: user, .evaluationRounds, on: db)
            .sort(\.$year, .descending).sort(\.$name).all()
    }

    private func render(_ req: Request, _ model: EvaluationRoundsModel, status: HTTPStatus) async throws -> Response {
        let user = try req.currentUser
        _ = try req.listScope(.evaluationRounds)
        var model = model
        let rounds = try await Self.visible(to: user, on: req.db)
        let names = try await UnitDirectory.names(for: rounds.compactMap(\.provinceCode), on: req.db)
        for round in rounds {
            let received = try await DossierRecord.query(on: req.db).filter(\.$evaluationRoundID == round.id).count()
            model.rows.append(.init(name: round.name, year: round.year,
                                    province: round.provinceCode.map { names[$0] ?? $0 } ?? "Trung ương",
                                    received: received, createdBy: round.createdBy,
                                    proposalsBefore: round.statutory?.proposalsBefore.vietnamese ?? "—",
                                    concludesBefore: round.statutory?.concludesBefore.vietnamese ?? "—"))
        }
        model.mayCreate = user.homeUnit(where: { .manageEvaluationRound($0) }) != nil
        return EvaluationRoundsView.render(req.pageContext(title: "Đợt đánh giá, phân hạng"), model).response(status: status)
    }
}
