import Fluent
import Vapor
import OCOPCore

/// Công văn chuyển tỉnh: the commune forwards one or many assessed dossiers with one letter. The
/// form is checked here; `ForwardingLetters.forward` makes the letter and takes every dossier's step
/// in one transaction: if one dossier cannot go, none goes and the form comes back with the reasons.
struct ForwardingLettersController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let letters = routes.grouped(RequireLoginMiddleware())
        letters.get(SiteURL.newForwardingLetter.route, use: form)
        letters.post(SiteURL.newForwardingLetter.route, use: create)
        letters.get(SiteURL.forwardingLetter(id: ":id").route, use: show)
    }

    func form(req: Request) async throws -> Response {
        let picked = try await forwardable(req, (try? req.query.get([String].self, at: "ho-so")) ?? [])
        guard !picked.isEmpty else {
            req.flash("Vui lòng chọn ít nhất một hồ sơ đã được xã đánh giá để chuyển tỉnh.")
            return req.redirect(to: SiteURL.dossierQueue(state: .communeAssessed).path)
        }
        let model = ForwardingLetterFormModel(rows: try rows(picked), signedOn: CalendarDay.inVietnam(Date()).iso)
        return render(req, model, status: .ok)
    }

    struct LetterForm: Content {
        var number: String?
        var signedOn: String?
        var signer: String?
        var signerIsDeputy: String?
        var dossiers: [String]?
        /// "preview" shows the letter, "edit" goes back to the form; anything else forwards (the
        /// page always previews first).
        var step: String?

        enum CodingKeys: String, CodingKey {
            case number, signedOn, signer, signerIsDeputy, step
            case dossiers = "ho-so"
        }
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(LetterForm.self)
        let user = try req.currentUser
        let picked = try await req.pickedDossiers(input.dossiers ?? [])
        var model = ForwardingLetterFormModel(rows: try rows(picked), number: DossierText.trimmed(input.number ?? ""),
                                              signedOn: input.signedOn ?? "", signer: DossierText.trimmed(input.signer ?? ""),
                                              signerIsDeputy: input.signerIsDeputy == "on")
        guard !picked.isEmpty else {
            req.flash("Vui lòng chọn ít nhất một hồ sơ đã được xã đánh giá để chuyển tỉnh.")
            return req.redirect(to: SiteURL.dossierQueue(state: .communeAssessed).path)
        }
        if input.step == "edit" { return render(req, model, status: .ok) }
        guard let letter = checked(&model, picked) else { return render(req, model, status: .unprocessableEntity) }
        if input.step == "preview" {
            let names = try await UnitDirectory.names(for: [picked[0].0.dossier.communeCode, picked[0].0.dossier.provinceCode], on: req.db)
            var preview = ForwardingLetterModel(
                number: letter.number, communeName: names[picked[0].0.dossier.communeCode] ?? "",
                provinceName: names[picked[0].0.dossier.provinceCode] ?? "", signedOn: letter.signedOn, signer: letter.signer,
                signerTitle: ForwardingLetterRecord.signerTitle(deputy: letter.signerIsDeputy), year: letter.signedOn.year,
                rows: try await letterRows(picked.map(\.0.dossier), on: req.db))
            preview.draft = model
            return ForwardingLetterView.letter(req.pageContext(title: "Dự thảo công văn \(letter.number)"), preview).response()
        }
        switch try await ForwardingLetters.forward(picked, with: letter, actor: user, on: req.db) {
        case .forwarded(let letterID):
            req.flash("Đã lập công văn \(letter.number) và chuyển \(picked.count) hồ sơ lên UBND tỉnh. "
                      + StatutoryRounds.notice(.province, forProposalOn: .inVietnam(Date())))
            return req.redirect(to: SiteURL.forwardingLetter(id: letterID.uuidString).path)
        case .alreadyForwarded(let letterID):
            return req.redirect(to: SiteURL.forwardingLetter(id: letterID.uuidString).path)
        case .numberTaken:
            model.errors["number"] = "Số công văn «\(model.number)» đã được dùng cho một công văn khác của xã; vui lòng kiểm tra lại số."
            return render(req, model, status: .unprocessableEntity)
        case .refused(let refused):
            model.stepErrors = refused.messages
            model.isConflict = refused.isConflict
            return render(req, model, status: refused.isConflict ? .conflict : .unprocessableEntity)
        }
    }

    func show(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self), let letter = try await ForwardingLetterRecord.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "Không tìm thấy công văn.")
        }
        try req.authorize(.readForwardingLetter(letter.location))
        let dossiers = try await DossierRecord.query(on: req.db).filter(\.$forwardingLetterID == id)
            .with(\.$product).with(\.$producer).sort(\.$createdAt).all()
        let names = try await UnitDirectory.names(for: [letter.communeCode, letter.provinceCode], on: req.db)
        let rows = try await letterRows(dossiers, on: req.db)
        let signed = letter.signedDay ?? .inVietnam(letter.createdAt ?? Date())
        let model = ForwardingLetterModel(number: letter.number,
                                          communeName: names[letter.communeCode] ?? letter.communeCode,
                                          provinceName: names[letter.provinceCode] ?? letter.provinceCode,
                                          signedOn: signed, signer: letter.signer, signerTitle: letter.signerTitle,
                                          year: signed.year, rows: rows)
        return ForwardingLetterView.letter(req.pageContext(title: "Công văn \(letter.number)"), model).response()
    }

    // MARK: - Helpers

    /// The letter's list: each dossier (loaded with its product and producer) with the producer's
    /// self-assessment, the commune's assessment and the samples' receipt.
    private func letterRows(_ dossiers: [DossierRecord], on db: Database) async throws -> [ForwardingLetterModel.Row] {
        var rows: [ForwardingLetterModel.Row] = []
        for dossier in dossiers {
            let product = try await dossier.$product.get(on: db)
            let producer = try await dossier.$producer.get(on: db)
            let sheet = try await DossierSelfAssessment.sheet(dossier, product: product, on: db)
            let samples = DossierSamples.statusLine(required: try await DossierSamples.areRequired(dossier, product: product, on: db),
                                                    receipt: try await DossierSamples.receipt(of: dossier.id!, on: db))
            rows.append(.init(dossierID: dossier.id!.uuidString, productName: product.name,
                              productSet: product.productSetLabel(separator: " "),
                              producerName: producer.name, kind: dossier.dossierKind.title,
                              selfAssessment: DossierSelfAssessment.shortSummary(sheet), assessment: try dossier.assessment?.summary() ?? "",
                              samples: samples))
        }
        return rows
    }

    /// The letter the form describes, or nil with the form's errors filled in.
    private func checked(_ model: inout ForwardingLetterFormModel, _ picked: [(FoundDossier, DossierPick)]) -> ForwardingLetters.Letter? {
        let today = CalendarDay.inVietnam(Date())
        if model.number.isEmpty { model.errors["number"] = "Vui lòng nhập số công văn." }
        if model.number.count > 50 { model.errors["number"] = "Số công văn dài quá 50 ký tự." }
        if model.signer.isEmpty { model.errors["signer"] = "Vui lòng nhập họ tên người ký." }
        let signedOn = CalendarDay(typed: model.signedOn)
        if signedOn == nil { model.errors["signedOn"] = "Ngày ký không hợp lệ." }
        if let signedOn, signedOn > today { model.errors["signedOn"] = "Ngày ký không được sau hôm nay (\(today.vietnamese))." }
        let communes = Set(picked.map { $0.0.dossier.communeCode })
        if communes.count > 1 { model.stepErrors = ["Mỗi công văn chỉ gồm hồ sơ của một xã/phường."] }
        guard model.errors.isEmpty, model.stepErrors.isEmpty, let signedOn else { return nil }
        return ForwardingLetters.Letter(number: model.number, signedOn: signedOn, signer: model.signer, signerIsDeputy: model.signerIsDeputy)
    }

    /// The picked dossiers this person may forward now.
    private func forwardable(_ req: Request, _ values: [String]) async throws -> [(FoundDossier, DossierPick)] {
        let grants = try req.currentUser.grants
        return try await req.pickedDossiers(values).filter { found, _ in
            DossierWorkflow.refusal(.forward, in: found.dossier.dossierState, by: grants, on: found.dossier.scope) == nil
        }
    }

    private func rows(_ picked: [(FoundDossier, DossierPick)]) throws -> [ForwardingLetterFormModel.Row] {
        try picked.map { found, pick in
            .init(pick: pick.value, productName: found.product.name, producerName: found.producer.name,
                  assessment: try found.dossier.assessment?.summary() ?? "Chưa đánh giá")
        }
    }

    private func render(_ req: Request, _ model: ForwardingLetterFormModel, status: HTTPStatus) -> Response {
        ForwardingLetterView.form(req.pageContext(title: "Lập công văn chuyển tỉnh"), model).response(status: status)
    }
}
