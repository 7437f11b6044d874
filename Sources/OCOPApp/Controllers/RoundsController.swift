import Fluent
import Vapor
import OCOPCore

/// Đợt đăng ký: a commune opens a round for itself, a province for all or some of its communes;
/// officers grant a producer a documented extension. Producers see the rounds of their commune.
struct RoundsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let rounds = routes.grouped(RequireLoginMiddleware())
        rounds.get(SiteURL.rounds.route, use: list)
        rounds.get(SiteURL.newRound.route, use: newForm)
        rounds.post(SiteURL.newRound.route, use: create)
        rounds.get(SiteURL.round(id: ":id").route, use: detail)
        rounds.post(SiteURL.roundAction(id: ":id", action: "gia-han").route, use: extend)
    }

    func list(req: Request) async throws -> Response {
        let user = try req.currentUser
        let records = try await RegistrationRounds.visible(to: user, on: req.db)
        let rows = try await self.rows(records, on: req.db)
        let model = RoundListModel(rows: rows, canOpen: owner(of: user) != nil)
        return RoundsView.list(req.pageContext(title: "Đợt đăng ký"), model).response()
    }

    func newForm(req: Request) async throws -> Response {
        let owner = try authorizedOwner(req)
        var model = RoundFormModel()
        let today = CalendarDay.inVietnam(Date())
        model.year = String(today.year)
        model.name = "Đăng ký đánh giá, phân hạng sản phẩm OCOP năm \(today.year)"
        return try await renderForm(req, model, owner: owner, status: .ok)
    }

    struct RoundForm: Content {
        var name: String?
        var year: String?
        var kinds: [String]?
        var opensOn: String?
        var closesOn: String?
        var criteriaSet: String?
        var communes: [String]?
    }

    func create(req: Request) async throws -> Response {
        let owner = try authorizedOwner(req)
        let form = try req.content.decode(RoundForm.self)
        var model = RoundFormModel(name: form.name ?? "", year: form.year ?? "", kinds: Set(form.kinds ?? []),
                                   opensOn: form.opensOn ?? "", closesOn: form.closesOn ?? "", criteriaSet: form.criteriaSet ?? "",
                                   communes: Set(form.communes ?? []))
        var errors: [String] = []
        let opens = CalendarDay(typed: model.opensOn), closes = CalendarDay(typed: model.closesOn)
        if opens == nil { errors.append("Ngày bắt đầu nhận hồ sơ không hợp lệ.") }
        if closes == nil { errors.append("Hạn chót không hợp lệ.") }
        let chosen = try await criteriaSet(model.criteriaSet, on: req.db)
        var criteria = chosen.map { (code: $0.id, version: $0.version) }
        if chosen == nil { errors.append("Vui lòng chọn một bộ tiêu chí đã ban hành.") }
        if let chosen, let opens, !chosen.isInForce(on: opens) {
            // Điều 12: a dossier registered from 22/5/2026 is evaluated under the set then in force.
            errors.append("Bộ tiêu chí «\(chosen.name)» có hiệu lực \(chosen.effectiveFrom?.vietnamese ?? "—") – \(chosen.effectiveTo?.vietnamese ?? "nay"), không áp dụng cho đợt bắt đầu ngày \(opens.vietnamese). Hãy chọn bộ tiêu chí đang có hiệu lực (Quyết định 26/2026/QĐ-TTg từ 22/05/2026).")
            criteria = nil
        }
        let coverage = try await coverage(owner: owner, picked: model.communes, on: req.db)
        if coverage == nil { errors.append("Có xã đã chọn không thuộc tỉnh của bạn.") }
        if let opens, let closes, let criteria, let coverage, errors.isEmpty {
            let round = RegistrationRound(id: "", name: model.name.trimmingCharacters(in: .whitespaces), year: Int(model.year) ?? 0,
                                          kinds: model.kinds.compactMap(DossierKind.init(rawValue:)), opensOn: opens, closesOn: closes,
                                          coverage: coverage)
            errors = round.problems
            if errors.isEmpty {
                let record = try await RegistrationRounds.open(round, owner: owner, criteriaSet: criteria, actor: try req.currentUser, on: req.db)
                req.flash("Đã mở đợt đăng ký «\(round.name)».")
                return req.redirect(to: SiteURL.round(id: record.id!.uuidString).path)
            }
        }
        model.errors = errors
        return try await renderForm(req, model, owner: owner, status: .unprocessableEntity)
    }

    func detail(req: Request) async throws -> Response {
        let record = try await visibleRound(req)
        return try await renderDetail(req, record, errors: [], form: ("", "", ""), status: .ok)
    }

    struct ExtensionForm: Content {
        var producer: String?
        var day: String?
        var reason: String?
    }

    func extend(req: Request) async throws -> Response {
        let user = try req.currentUser
        let record = try await visibleRound(req)
        let form = try req.content.decode(ExtensionForm.self)
        let typed = (form.producer ?? "", form.day ?? "", form.reason ?? "")
        guard let producerID = UUID(uuidString: typed.0), let producer = try await ProducerRecord.find(producerID, on: req.db) else {
            return try await renderDetail(req, record, errors: ["Vui lòng chọn chủ thể."], form: typed, status: .unprocessableEntity)
        }
        try req.authorize(.manageRegistrationRound(owner: .commune(producer.communeCode, inProvince: producer.provinceCode)))
        guard let day = CalendarDay(typed: typed.1) else {
            return try await renderDetail(req, record, errors: ["Ngày gia hạn không hợp lệ."], form: typed, status: .unprocessableEntity)
        }
        let grant = RegistrationExtension(roundID: record.id!.uuidString, producerID: producerID.uuidString, newClosingDay: day,
                                          reason: typed.2.trimmingCharacters(in: .whitespaces),
                                          grantedBy: user.label, grantedOn: .inVietnam(Date()))
        let problems = try await RegistrationRounds.grantExtension(grant, round: record, producer: producer, actor: user, on: req.db)
        guard problems.isEmpty else {
            return try await renderDetail(req, record, errors: problems, form: typed, status: .unprocessableEntity)
        }
        req.flash("Đã gia hạn cho \(producer.name) đến hết ngày \(day.vietnamese).")
        return req.redirect(to: SiteURL.round(id: record.id!.uuidString).path)
    }

    // MARK: - Helpers

    /// The unit a user opens rounds for: their commune, or their province.
    private func owner(of user: CurrentUser) -> UnitLocation? {
        user.homeUnit { .manageRegistrationRound(owner: $0) }
    }

    private func authorizedOwner(_ req: Request) throws -> UnitLocation {
        let owner = owner(of: try req.currentUser) ?? .nation
        try req.authorize(.manageRegistrationRound(owner: owner))
        return owner
    }

    private func visibleRound(_ req: Request) async throws -> RegistrationRoundRecord {
        guard let id = req.parameters.get("id", as: UUID.self), let record = try await RegistrationRoundRecord.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "Không tìm thấy đợt đăng ký.")
        }
        guard try await RegistrationRounds.visible(to: try req.currentUser, on: req.db).contains(where: { $0.id == id }) else {
            throw Abort(.forbidden, reason: "Đợt đăng ký này không thuộc phạm vi của bạn.")
        }
        return record
    }

    /// A commune officer's round covers their commune; a province's covers the picked communes, or
    /// the whole province when none is picked. Nil when a picked commune lies outside the province.
    private func coverage(owner: UnitLocation, picked: Set<String>, on db: Database) async throws -> [UnitLocation]? {
        guard owner.communeCode == nil, let province = owner.provinceCode else { return [owner] }
        if picked.isEmpty { return [.province(province)] }
        let units = try await AdminUnit.query(on: db).filter(\.$id ~~ Array(picked)).filter(\.$provinceCode == province)
            .filter(\.$level == .commune).all()
        return units.count == picked.count ? units.map(\.location) : nil
    }

    /// Only a published version: it can no longer change, so a dossier scored on it keeps its result.
    private func criteriaSet(_ id: String, on db: Database) async throws -> CriteriaSet? {
        guard let uuid = UUID(uuidString: id), let record = try await CriteriaSetRecord.find(uuid, on: db),
              record.status == CriteriaSetStatus.published.rawValue else { return nil }
        return try CriteriaStore.load(record)
    }

    private func renderForm(_ req: Request, _ model: RoundFormModel, owner: UnitLocation, status: HTTPStatus) async throws -> Response {
        var model = model
        // The sets in force today first (the newest version first), then the lapsed ones, marked.
        let today = CalendarDay.inVietnam(Date())
        let sets = try await CriteriaSetRecord.query(on: req.db).filter(\.$status == CriteriaSetStatus.published.rawValue)
            .sort(\.$code).sort(\.$version, .descending).all()
            .map { (record: $0, inForce: try CriteriaStore.load($0).isInForce(on: today)) }
            .enumerated().sorted { ($0.element.inForce ? 0 : 1, $0.offset) < ($1.element.inForce ? 0 : 1, $1.offset) }.map(\.element)
        model.criteriaSetChoices = sets.map { ($0.record.id!.uuidString, "\($0.record.name) — phiên bản \($0.record.version)\($0.inForce ? "" : " (hết hiệu lực)")") }
        if model.criteriaSet.isEmpty { model.criteriaSet = sets.first?.record.id?.uuidString ?? "" }
        if owner.communeCode == nil, let province = owner.provinceCode {
            model.communeChoices = try await AdminUnit.query(on: req.db).filter(\.$provinceCode == province).filter(\.$level == .commune)
                .sort(\.$name).all().map { ($0.id!, $0.nameWithType) }
        }
        model.ownerName = try await UnitDirectory.describe(owner, on: req.db)
        return RoundsView.form(req.pageContext(title: "Mở đợt đăng ký"), model).response(status: status)
    }

    private func renderDetail(_ req: Request, _ record: RegistrationRoundRecord, errors: [String],
                              form: (String, String, String), status: HTTPStatus) async throws -> Response {
        let user = try req.currentUser
        let round = try record.round()
        let extensions = try await record.$extensions.query(on: req.db).all()
        let producers = try await ScopedList.query(ProducerRecord.self, for: user, .producers, on: req.db).sort(\.$name).all()
        let names = Dictionary(uniqueKeysWithValues: producers.map { ($0.id!, $0.name) })
        let grantable = producers.filter { producer in
            let place = UnitLocation.commune(producer.communeCode, inProvince: producer.provinceCode)
            return round.covers(place) && AccessPolicy().decide(user.grants, .manageRegistrationRound(owner: place)).isAllowed
        }
        var model = RoundDetailModel(
            row: try await rows([record], on: req.db)[0],
            closesOn: round.closesOn.vietnamese,
            extensions: extensions.map { (names[$0.producerID] ?? "Chủ thể ngoài phạm vi", CalendarDay(iso: $0.newClosingDay)?.vietnamese ?? $0.newClosingDay, $0.reason, $0.grantedBy) },
            producerChoices: grantable.map { ($0.id!.uuidString, $0.name) })
        model.extensionErrors = errors
        model.form = (form.0, form.1, form.2)
        return RoundsView.detail(req.pageContext(title: record.name), model).response(status: status)
    }

    private func rows(_ records: [RegistrationRoundRecord], on db: Database) async throws -> [RoundRow] {
        // Every record decodes or the page fails: a skipped one would pair the rows with the wrong rounds.
        let rounds = try records.map { try $0.round() }
        let names = try await UnitDirectory.names(for: rounds.flatMap { $0.coverage.compactMap { $0.communeCode ?? $0.provinceCode } }, on: db)
        let today = CalendarDay.inVietnam(Date())
        return zip(records, rounds).map { record, round in
            RoundRow(id: record.id!.uuidString, name: round.name, year: round.year,
                     kinds: round.kinds.map(\.title).joined(separator: ", "),
                     period: "\(round.opensOn.vietnamese) – \(round.closesOn.vietnamese)",
                     phase: round.phase(on: today).title,
                     coverage: round.coverage.map { ($0.communeCode ?? $0.provinceCode).flatMap { names[$0] } ?? "?" }.joined(separator: ", "),
                     criteriaSet: "\(record.criteriaSetCode) phiên bản \(record.criteriaSetVersion)")
        }
    }
}
