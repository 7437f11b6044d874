import Fluent
import Vapor
import OCOPCore

/// Hồ sơ, the producer's side up to submission: create (idempotent), documents (upload, replace,
/// history, download), self-assessment, submit, ZIP. Who may do what is the policy's answer for the
/// dossier's producer and commune.
struct DossiersController: RouteCollection {
    let uploadBodyLimit: Int

    func boot(routes: any RoutesBuilder) throws {
        let dossiers = routes.grouped(RequireLoginMiddleware())
        dossiers.get(SiteURL.newDossier(product: "").route, use: newForm)
        dossiers.post(SiteURL.newDossier(product: "").route, use: create)
        dossiers.get(SiteURL.dossier(id: ":id").route, use: detail)
        dossiers.upload(SiteURL.dossierAction(id: ":id", action: "tai-lieu/:code").route, limit: uploadBodyLimit, use: upload)
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "tep/:document").route, use: download)
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "tu-danh-gia").route, use: selfAssessment)
        dossiers.post(SiteURL.dossierAction(id: ":id", action: "tu-danh-gia").route, use: saveSelfAssessment)
        dossiers.post(SiteURL.dossierAction(id: ":id", action: "nop").route, use: submit)
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "zip").route, use: zip)
    }

    // MARK: - List and create

    func newForm(req: Request) async throws -> Response {
        let id = (try? req.query.get(String.self, at: "san-pham")) ?? ""
        let (product, producer) = try await preparableProduct(req, id: id)
        var model = NewDossierModel(productID: product.id!.uuidString, productName: product.name)
        if !(try await product.$recognitions.query(on: req.db).all().isEmpty) { model.kind = DossierKind.reRecognition.rawValue }
        return try await renderNew(req, model, product: product, producer: producer, status: .ok)
    }

    struct CreateForm: Content {
        var product: String?
        var round: String?
        var kind: String?
    }

    func create(req: Request) async throws -> Response {
        let form = try req.content.decode(CreateForm.self)
        let (product, producer) = try await preparableProduct(req, id: form.product ?? "")
        var model = NewDossierModel(productID: product.id!.uuidString, productName: product.name, round: form.round ?? "",
                                    kind: form.kind ?? "")
        guard let roundID = UUID(uuidString: model.round), let round = try await RegistrationRoundRecord.find(roundID, on: req.db),
              try round.round().covers(producer.location) else {
            model.errors = ["Vui lòng chọn đợt đăng ký áp dụng cho xã/phường của chủ thể."]
            return try await renderNew(req, model, product: product, producer: producer, status: .unprocessableEntity)
        }
        guard let kind = DossierKind(rawValue: model.kind) else {
            model.errors = ["Vui lòng chọn loại hồ sơ."]
            return try await renderNew(req, model, product: product, producer: producer, status: .unprocessableEntity)
        }
        guard try await Self.kindChoices(product, on: req.db).contains(kind) else {
            model.errors = ["Sản phẩm «\(product.name)» chưa được công nhận OCOP nên chưa thể \(kind == .upgrade ? "nâng hạng" : "đánh giá lại"): vui lòng chọn «Đăng ký mới»."]
            return try await renderNew(req, model, product: product, producer: producer, status: .unprocessableEntity)
        }
        switch try await DossierService.create(product: product, producer: producer, round: round, kind: kind,
                                               actor: try req.currentUser, on: req.db) {
        case .failure(let refusal):
            model.errors = [refusal.message]
            return try await renderNew(req, model, product: product, producer: producer, status: .unprocessableEntity)
        case .success(let dossier):
            return req.redirect(to: SiteURL.dossier(id: dossier.id!.uuidString).path)
        }
    }

    // MARK: - Dossier page, documents

    func detail(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        return try await render(req, found, status: .ok)
    }

    func upload(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        try req.authorize(.uploadDossierDocument(producerID: found.producer.id!.uuidString, location: found.dossier.location))
        guard let code = req.parameters.get("code", as: Int.self), DossierCatalogue.catalogue[code] != nil,
              code != DossierCatalogue.selfAssessmentCode else {
            throw Abort(.notFound, reason: "Không có loại tài liệu này trong danh mục hồ sơ.")
        }
        func refuse(_ message: String) async throws -> Response {
            try await render(req, found, uploadError: (code, message), status: .unprocessableEntity)
        }
        guard found.dossier.dossierState.producerMayEdit else {
            return try await refuse("Hồ sơ đang ở trạng thái «\(found.dossier.dossierState.title)», không thay đổi được tài liệu.")
        }
        let form = try req.multipartForm()
        guard let file = form.file(named: "file"), file.data.readableBytes > 0 else {
            return try await refuse("Vui lòng chọn một tệp.")
        }
        // Read before the file is stored, so a mistyped date keeps nothing (the producer sends both again).
        var validUntil: CalendarDay?
        if DossierCatalogue.catalogue[code]?.hasTerm == true {
            switch DocumentValidity.parse(form.text(named: "validUntil")) {
            case .success(let day): validUntil = day
            case .failure(let problem): return try await refuse(problem.message)
            }
        }
        let user = try req.currentUser
        let policy = UploadPolicy(maxBytes: req.application.settings.uploadMaxBytes)
        switch try await FileStore.accept(Data(buffer: file.data), fileName: file.filename, policy: policy,
                                          uploadedBy: user.label, on: req.application) {
        case .failure(let refusal):
            return try await refuse(refusal.message)
        case .success(let stored):
            if let refused = try await DossierService.file(stored, code: code, validUntil: validUntil, in: found.dossier, producer: found.producer, actor: user, on: req.db) {
                return try await refuse(refused)
            }
            req.flash("Đã tải lên \(stored.fileName).")
            return req.redirect(to: SiteURL.dossier(id: found.dossier.id!.uuidString).path)
        }
    }

    func download(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        guard let id = req.parameters.get("document", as: UUID.self),
              let document = try await DossierDocumentRecord.query(on: req.db).filter(\.$id == id)
                .filter(\.$dossier.$id == found.dossier.id!).with(\.$file).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy tài liệu.")
        }
        return try await FileStore.response(document.file, on: req.application)
    }

    // MARK: - Self-assessment, submission, ZIP

    func selfAssessment(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        var fields = (try? req.query.decode([String: String].self)) ?? [:]
        // The live refresh of the result panel (app.js, as on "Thử chấm"): scores what is clicked, saves nothing.
        if fields.removeValue(forKey: "phan") == "ket-qua" {
            let (answers, facts) = SheetTrial.parse(fields)
            let sheet = try await DossierSelfAssessment.sheet(found.dossier, product: found.product, answers: answers, facts: facts, on: req.db)
            var headers = HTTPHeaders()
            headers.contentType = .html
            let html = (try? sheet.get()).map { SelfAssessmentView.result($0).render() } ?? ""
            return Response(status: .ok, headers: headers, body: .init(string: html))
        }
        return try await renderAssessment(req, found, answers: nil, facts: nil, errors: [], status: .ok)
    }

    func saveSelfAssessment(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        try req.authorize(.prepareDossier(producerID: found.producer.id!.uuidString, location: found.dossier.location))
        var fields = try req.content.decode([String: String].self)
        let loaded = OptimisticVersion(Int(fields.removeValue(forKey: "version") ?? "") ?? 0)
        let (answers, facts) = SheetTrial.parse(fields)
        if let problem = try await DossierService.saveAnswers(answers, facts: facts, dossier: found.dossier, loaded: loaded,
                                                              producer: found.producer, actor: try req.currentUser, on: req.db) {
            return try await renderAssessment(req, found, answers: answers, facts: facts, errors: [problem], status: .unprocessableEntity)
        }
        req.flash("Đã lưu phiếu tự đánh giá.")
        return req.redirect(to: SiteURL.dossierAction(id: found.dossier.id!.uuidString, action: "tu-danh-gia").path)
    }

    struct SubmitForm: Content {
        /// The producer's answer to the commune's requests, when resubmitting.
        var note: String?
    }

    func submit(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        try req.authorize(.prepareDossier(producerID: found.producer.id!.uuidString, location: found.dossier.location))
        let note = (try? req.content.decode(SubmitForm.self))?.note ?? ""
        let resubmitting = found.dossier.dossierState == .returned
        switch try await DossierService.submit(found.dossier, product: found.product, producer: found.producer,
                                               actor: try req.currentUser, note: note, on: req.db) {
        case .submitted:
            req.flash(resubmitting ? "Đã nộp lại hồ sơ cho UBND xã." : "Đã nộp hồ sơ cho UBND xã.")
        case .alreadySubmitted:
            req.flash("Hồ sơ đã được nộp trước đó.")
        case .refused(let reasons):
            return try await render(req, found, submitErrors: reasons, note: note, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.dossier(id: found.dossier.id!.uuidString).path)
    }

    func zip(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        let documents = try await DossierService.current(found.dossier, on: req.db)
        let sheet = try await DossierSelfAssessment.sheet(found.dossier, product: found.product, on: req.db)
        var entries: [DossierArchive.Entry] = []
        for document in documents.sorted(by: { ($0.typeCode, $0.uploadedAt) < ($1.typeCode, $1.uploadedAt) }) {
            entries.append(.init(code: document.typeCode, title: DossierCatalogue.catalogue[document.typeCode]?.title ?? "Tài liệu",
                                 fileName: document.file.fileName, uploadedBy: document.uploadedBy, uploadedAt: document.uploadedAt,
                                 sha256: document.file.sha256, bytes: try await FileStore.read(document.file, on: req.application)))
        }
        let checklist = DossierService.checklist(found.dossier, documents: documents,
                                                 selfAssessmentComplete: (try? sheet.get().isComplete) ?? false,
                                                 samplesHandedIn: try await DossierSamples.areHandedIn(found.dossier, product: found.product, sheet: sheet, on: req.db))
        var evidence: [DossierArchive.Evidence] = []
        for file in try await SelfReports.evidence(of: found.dossier.id!, on: req.db) {
            evidence.append(.init(criterion: file.criterionCode, fileName: file.file.fileName, uploadedBy: file.uploadedBy,
                                  uploadedAt: file.uploadedAt, sha256: file.file.sha256, bytes: try await FileStore.read(file.file, on: req.application)))
        }
        let data = try DossierArchive.data(header: try await facts(found, on: req.db), entries: entries, checklist: checklist,
                                           selfAssessment: DossierSelfAssessment.summary(sheet), evidence: evidence)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: "application/zip")
        response.headers.contentDisposition = .init(.attachment, filename: "ho-so-\(found.dossier.id!.uuidString.prefix(8)).zip")
        return response
    }

    // MARK: - Helpers

    private func preparableProduct(_ req: Request, id: String) async throws -> (ProductRecord, ProducerRecord) {
        guard let uuid = UUID(uuidString: id),
              let product = try await ProductRecord.query(on: req.db).filter(\.$id == uuid).with(\.$producer).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy sản phẩm.")
        }
        try req.authorize(.prepareDossier(producerID: product.producer.id!.uuidString, location: product.producer.location))
        return (product, product.producer)
    }

    /// Re-evaluation and upgrade apply only to a product that was recognised (a decision recorded it).
    private static func kindChoices(_ product: ProductRecord, on db: Database) async throws -> [DossierKind] {
        try await product.$recognitions.query(on: db).count() > 0 ? DossierKind.allCases : [.new]
    }

    private func renderNew(_ req: Request, _ model: NewDossierModel, product: ProductRecord, producer: ProducerRecord,
                           status: HTTPStatus) async throws -> Response {
        var model = model
        let today = CalendarDay.inVietnam(Date())
        let rounds = try await RegistrationRoundRecord.query(on: req.db).filter(\.$provinceCode == producer.provinceCode)
            .sort(\.$closesOn, .descending).all()
        model.roundChoices = try rounds.compactMap { record in
            let round = try record.round()
            guard round.covers(producer.location), round.phase(on: today) != .upcoming else { return nil }
            return (record.id!.uuidString, "\(round.name) (\(round.opensOn.vietnamese) – \(round.closesOn.vietnamese); \(round.phase(on: today).title))")
        }
        if model.round.isEmpty { model.round = model.roundChoices.first?.value ?? "" }
        model.kindChoices = try await Self.kindChoices(product, on: req.db)
        return NewDossierView.newForm(req.pageContext(title: "Tạo hồ sơ"), model).response(status: status)
    }

    /// The criteria set by its name ("Bộ tiêu chí … Quyết định 26/2026/QĐ-TTg"), not its code, with
    /// the version the dossier is held to.
    private func facts(_ found: FoundDossier, on db: Database) async throws -> [(String, String)] {
        // The name column only: the set's document is large and the page decodes it once, for the sheet.
        let name = try await CriteriaSetRecord.query(on: db).filter(\.$code == found.dossier.criteriaSetCode)
            .filter(\.$version == found.dossier.criteriaSetVersion).all(\.$name).first
        return [("Sản phẩm", found.product.name), ("Chủ thể", found.producer.name), ("Đợt đăng ký", found.round.name),
         ("Loại hồ sơ", found.dossier.dossierKind.title),
         ("Bộ tiêu chí", "\(name ?? found.dossier.criteriaSetCode), phiên bản \(found.dossier.criteriaSetVersion)"),
         ("Ngày tạo", found.dossier.createdAt.map(VietnameseFormat.dateTime) ?? "—"),
         ("Ngày nộp", found.dossier.submittedAt.map(VietnameseFormat.dateTime) ?? "Chưa nộp")]
    }

    private func render(_ req: Request, _ found: FoundDossier, uploadError: (Int, String)? = nil, submitErrors: [String] = [],
                        note: String = "", status: HTTPStatus) async throws -> Response {
        let user = try req.currentUser
        let dossier = found.dossier
        let producerID = found.producer.id!.uuidString
        let all = try await DossierService.history(dossier, on: req.db)
        let current = all.filter { $0.replacedAt == nil }
        let sheet = try await DossierSelfAssessment.sheet(dossier, product: found.product, on: req.db)
        let complete = (try? sheet.get().isComplete) ?? false
        let checklist = DossierService.checklist(dossier, documents: current, selfAssessmentComplete: complete,
                                                 samplesHandedIn: try await DossierSamples.areHandedIn(dossier, product: found.product, sheet: sheet, on: req.db))
        // In the order of the official list (1–20), required or not, as the commune checks them;
        // each item says whether this kind of dossier requires it.
        let codes = Set(checklist.items.map(\.code) + DossierCatalogue.catalogue.documentTypes.map(\.code)).sorted()
        func when(_ date: Date) -> String { VietnameseFormat.dateTime(date) }
        let items = codes.compactMap { code -> DossierPageModel.Item? in
            guard let type = DossierCatalogue.catalogue[code] else { return nil }
            let item = checklist.items.first { $0.code == code }
            let file = current.last { $0.typeCode == code }
            var status: String
            switch item?.status {
            case .missing: status = "Còn thiếu"
            case .waived(let reason): status = reason
            case .present: status = code == DossierCatalogue.selfAssessmentCode ? "Đã tự đánh giá" : "Đã có"
            case nil: status = file == nil ? "Không bắt buộc" : "Đã có"
            }
            let expired = file?.isExpired() ?? false
            if expired, let until = file?.validUntilDay { status = "Hết hạn (có giá trị đến \(until.vietnamese))" }
            return .init(code: code, title: type.title, description: type.description, required: item != nil, status: status,
                         isMissing: item?.status == .missing || expired, hasTerm: type.hasTerm,
                         validUntil: file?.validUntilDay?.vietnamese, expired: expired,
                         current: file.map { ($0.id!.uuidString, $0.file.fileName, $0.uploadedBy, when($0.uploadedAt), $0.carriedFrom != nil) },
                         history: all.filter { $0.typeCode == code && $0.replacedAt != nil }
                            .map { ($0.id!.uuidString, $0.file.fileName, $0.uploadedBy, when($0.uploadedAt), when($0.replacedAt!)) })
        }
        var notes: [String] = []
        let carried = current.filter { $0.carriedFrom != nil }
        if dossier.previousDossierID != nil {
            notes = carried.map { "Dùng lại: \(DossierCatalogue.catalogue[$0.typeCode]?.title ?? "Tài liệu") (\($0.file.fileName))." }
            notes += checklist.missing.map { "Cần nộp mới: \($0.title)." }
        }
        let policy = AccessPolicy()
        let limits = try await CommuneDeadlines.facts(dossier, on: req.db)
        var model = DossierPageModel(
            id: dossier.id!.uuidString, version: dossier.version,
            facts: try await facts(found, on: req.db) + limits, state: dossier.dossierState,
            summary: checklist.summary, items: items, selfAssessment: DossierSelfAssessment.summary(sheet), selfAssessmentComplete: complete,
            carryOverNotes: notes,
            mayUpload: policy.decide(user.grants, .uploadDossierDocument(producerID: producerID, location: dossier.location)).isAllowed,
            mayPrepare: policy.decide(user.grants, .prepareDossier(producerID: producerID, location: dossier.location)).isAllowed)
        model.mayDelete = model.mayPrepare && DossierDeletion.refusal(dossier) == nil
        model.uploadError = uploadError.map { (code: $0.0, message: $0.1) }
        model.submitErrors = submitErrors
        model.note = note
        try await addProgress(&model, found, user: user, on: req.db)
        return DossierPageView.render(req.pageContext(title: "Hồ sơ: \(found.product.name)"), model).response(status: status)
    }

    /// The workflow part of the page: steps, open requests, assessment, letter, round, history.
    private func addProgress(_ model: inout DossierPageModel, _ found: FoundDossier, user: CurrentUser, on db: Database) async throws {
        let dossier = found.dossier
        let history = try await DossierHistory.load(dossier, on: db)
        model.timeline = history.entries.reversed()
        model.reEvaluation = try await ReEvaluationFiling.panel(dossier, history: history, on: db)
        model.updates = try await ReEvaluationUpdatesService.panel(found, user: user, on: db)
        model.pick = DossierPick(dossier).value
        model.outcome = try await DossierOutcome.of([dossier.id!], on: db)[dossier.id!]
        model.actions = DossierWorkflow.availableActions(in: dossier.dossierState, by: user.grants, on: dossier.scope)
            .filter { $0 != .submit && $0 != .resubmit }
        model.requests = history.openRequests(in: dossier.dossierState)
        if !model.requests.isEmpty {
            model.answeredRequests = history.answeredCodes(model.requests, current: try await DossierService.current(dossier, on: db))
        }
        if dossier.dossierState == .returnedByProvince { model.provinceReasons = history.latest(.returnToCommune)?.details ?? [] }
        model.communeAssessment = try dossier.assessment?.summary()
        try await CommuneFormsPanel.add(to: &model, found, user: user, on: db)
        try await RegistrationFormsPanel.add(to: &model, found, user: user, on: db)
        // A page offers only what the policy lets this reader open (issue 10: links led to 403).
        let policy = AccessPolicy()
        if let id = dossier.forwardingLetterID, let letter = try await ForwardingLetterRecord.find(id, on: db) {
            model.letter = (policy.decide(user.grants, .readForwardingLetter(letter.location)).isAllowed ? id.uuidString : nil, letter.number)
        }
        let mayReadDossier = policy.decide(user.grants, .readDossier(producerID: dossier.$producer.id.uuidString, location: dossier.location)).isAllowed
        if let id = dossier.evaluationRoundID { model.evaluationRound = try await EvaluationRoundRecord.find(id, on: db)?.name }
        if let certificate = try await CertificateRecord.query(on: db).filter(\.$dossier.$id == dossier.id!).with(\.$decision)
            .sort(\.$createdAt, .descending).first() {
            model.result = ("Được công nhận \(Star(rawValue: certificate.star).map { "\($0)" } ?? "") theo Quyết định số \(certificate.decision.number).",
                            mayReadDossier ? SiteURL.certificate(id: certificate.id!.uuidString).path : nil, "Giấy chứng nhận \(certificate.number)")
        } else if try await Decisions.decidedMeeting(for: dossier.id!, on: db) != nil {
            model.result = ("Hội đồng đã có kết quả; sản phẩm chưa được công nhận.",
                            mayReadDossier ? SiteURL.dossierAction(id: dossier.id!.uuidString, action: "thu-ket-qua").path : nil, "Thư thông báo kết quả")
        }
        if model.actions.contains(.accept) {
            model.acceptRounds = try await EvaluationRoundRecord.query(on: db).filter(\.$provinceCode == dossier.provinceCode)
                .sort(\.$year, .descending).sort(\.$name).all().map { ($0.id!.uuidString, $0.name) }
        }
    }

    private static func failure<T>(_ result: Result<T, Refusal>) -> String? {
        if case .failure(let problem) = result { return problem.message }
        return nil
    }

    private func renderAssessment(_ req: Request, _ found: FoundDossier, answers: AnswerSet?, facts: ProducerFacts?, errors: [String],
                                  status: HTTPStatus) async throws -> Response {
        let sheet = try await DossierSelfAssessment.sheet(found.dossier, product: found.product, answers: answers, facts: facts, on: req.db)
        let mayEdit = found.dossier.dossierState.producerMayEdit && AccessPolicy().decide(
            try req.currentUser.grants, .prepareDossier(producerID: found.producer.id!.uuidString, location: found.dossier.location)).isAllowed
        var model = SelfAssessmentModel(dossierID: found.dossier.id!.uuidString, version: found.dossier.version, mayEdit: mayEdit,
                                        sheet: try? sheet.get(), unavailable: Self.failure(sheet))
        model.errors = errors
        return SelfAssessmentView.render(req.pageContext(title: "Tự đánh giá: \(found.product.name)"), model).response(status: status)
    }
}
