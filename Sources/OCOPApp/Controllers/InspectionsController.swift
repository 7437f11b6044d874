import Fluent
import Vapor
import OCOPCore

/// Kiểm tra sau công nhận (issue 13, Điều 9): the province plans inspections of the certificates it
/// chooses (ticked on the follow-up lists), records each on a phone in the field — a verdict, a
/// remark and photos per item, findings, the deadline to fix, the conclusion — prints the minutes,
/// and reads the producer's answers. A conclusion proposing revocation opens the revocation form.
/// Plans themselves are `InspectionPlansController`'s.
struct InspectionsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.inspections.route, use: list)
        signedIn.get(SiteURL.inspection(id: ":id").route, use: show)
        signedIn.upload(SiteURL.inspectionAction(id: ":id", action: "ghi").route, limit: 60 * 1_048_576, use: record)
        signedIn.get(SiteURL.inspectionAction(id: ":id", action: "bien-ban").route, use: minutes)
        signedIn.upload(SiteURL.inspectionAction(id: ":id", action: "tra-loi").route, limit: 25 * 1_048_576, use: answer)
        signedIn.get(SiteURL.inspectionFile(id: ":id", file: ":file").route, use: file)
        signedIn.post(SiteURL.inspectionAction(id: ":id", action: "kiem-tra-lai").route, use: followUp)
    }

    /// Whether the person plans and records inspections anywhere.
    static func mayInspect(_ user: CurrentUser) -> Bool {
        user.may(.inspectProduct(.nation)) || user.homeUnit(where: { .inspectProduct($0) }) != nil
    }

    func list(req: Request) async throws -> Response {
        let user = try req.currentUser
        let scope = try req.listScope(.products)
        let own = scope.producerIDs.compactMap(UUID.init(uuidString:))
        let ownProducts = try await own.isEmpty ? [] : ProductRecord.query(on: req.db).filter(\.$producer.$id ~~ own).all(\.$id)
        // An inspection sits in its product's commune; a representative reads those of their products.
        let found = try await ScopedList.narrow(InspectionRecord.query(on: req.db), to: scope,
                                                orAlso: ownProducts.isEmpty ? nil : { $0.filter(\.$product.$id ~~ ownProducts) }).with(\.$product).sort(\.$plannedOn, .descending).sort(\.$createdAt, .descending).limit(500).all()
        let names = try await UnitDirectory.names(for: found.map(\.communeCode), on: req.db)
        return InspectionsView.list(req.pageContext(title: "Kiểm tra sau công nhận"), found, plans: try await plans(scope, on: req.db),
                                    names: names, mayPlan: Self.mayInspect(user)).response()
    }

    /// The latest plans of the reader's provinces (all for the national level), with their progress.
    private func plans(_ scope: ReadScope, on db: Database) async throws -> [InspectionPlanListRow] {
        let plans = try await ScopedList.narrow(InspectionPlanRecord.query(on: db), to: scope)
            .sort(\.$periodFrom, .descending).sort(\.$createdAt, .descending).limit(50).all()
        guard !plans.isEmpty else { return [] }
        let inspections = try await InspectionRecord.query(on: db).filter(\.$planID ~~ plans.compactMap(\.id)).field(\.$planID).field(\.$status).all()
        let byPlan = Dictionary(grouping: inspections, by: { $0.planID })
        return plans.map { plan in
            let mine = byPlan[plan.id] ?? []
            return InspectionPlanListRow(plan: plan, total: mine.count, recorded: mine.filter { $0.status == .recorded }.count)
        }
    }

    func show(req: Request) async throws -> Response {
        let found = try await readable(req)
        return try await render(req, found, form: nil, problems: [:], status: .ok)
    }

    func record(req: Request) async throws -> Response {
        let found = try await readable(req)
        let user = try req.currentUser
        try req.authorize(.inspectProduct(found.inspection.location))
        let form = try req.multipartForm()
        var typed = InspectionFormInput()
        var verdicts: [InspectionItem: InspectionVerdict] = [:]
        for item in InspectionItem.allCases {
            let verdict = form.text(named: "verdict-\(item.rawValue)") ?? ""
            typed.verdicts[item] = verdict
            typed.remarks[item] = DossierText.trimmed(form.text(named: "remark-\(item.rawValue)") ?? "")
            verdicts[item] = InspectionVerdict(rawValue: verdict)
        }
        typed.inspectedOn = form.text(named: "inspectedOn") ?? ""
        typed.findings = DossierText.trimmed(form.text(named: "findings") ?? "")
        typed.conclusion = form.text(named: "conclusion") ?? ""
        typed.fixDeadline = form.text(named: "fixDeadline") ?? ""
        typed.revocationGround = form.text(named: "revocationGround") ?? ""
        let check = InspectionRecordCheck(verdicts: verdicts, conclusion: InspectionConclusion(rawValue: typed.conclusion), findings: typed.findings,
                                          fixDeadline: CalendarDay(typed: typed.fixDeadline), inspectedOn: CalendarDay(typed: typed.inspectedOn),
                                          revocationGround: RevocationGround(rawValue: typed.revocationGround))
        var problems = check.problems(today: .inVietnam(Date()))
        var photos: [Inspections.Photo] = []
        let policy = UploadPolicy(maxBytes: req.application.settings.uploadMaxBytes, allowedTypes: ProductPhotos.photoTypes)
        for item in InspectionItem.allCases {
            guard let file = form.file(named: "photo-\(item.rawValue)"), file.data.readableBytes > 0 else { continue }
            switch try await FileStore.accept(Data(buffer: file.data), fileName: file.filename, policy: policy, uploadedBy: user.label, on: req.application) {
            case .failure(let refusal): problems["photo-\(item.rawValue)"] = "Ảnh «\(item.title)»: " + refusal.message
            case .success(let stored): photos.append(.init(item: item, file: stored))
            }
        }
        guard problems.isEmpty else { return try await render(req, found, form: typed, problems: problems, status: .unprocessableEntity) }
        let lines = InspectionItem.allCases.map { InspectionRecord.Line(item: $0, verdict: verdicts[$0]!, remark: typed.remarks[$0] ?? "") }
        if try await Inspections.record(found.inspection, lines: lines, check: check, photos: photos, actor: user, on: req.db) {
            req.flash("Đã ghi kết quả kiểm tra: \(check.conclusion?.title ?? "").")
        } else {
            req.flash("Kết quả kiểm tra này đã được ghi trước đó; không ghi lại.")
        }
        return req.redirect(to: SiteURL.inspection(id: found.inspection.id!.uuidString).path)
    }

    func minutes(req: Request) async throws -> Response {
        let found = try await readable(req)
        guard found.inspection.status == .recorded else { throw Abort(.notFound, reason: "Cuộc kiểm tra chưa có kết quả để lập biên bản.") }
        let model = try await model(req, found)
        return InspectionsView.minutes(req.pageContext(title: "Biên bản kiểm tra \(found.product.name)"), model).response()
    }

    func answer(req: Request) async throws -> Response {
        let found = try await readable(req)
        let user = try req.currentUser
        try req.authorize(.prepareDossier(producerID: found.product.$producer.id.uuidString, location: found.inspection.location))
        guard found.inspection.status == .recorded else { throw Abort(.unprocessableEntity, reason: "Cuộc kiểm tra chưa có kết quả để trả lời.") }
        let form = try req.multipartForm()
        let text = DossierText.trimmed(form.text(named: "answer") ?? "")
        var problems: [String: String] = [:]
        if text.isEmpty { problems["answer"] = "Vui lòng ghi nội dung đã khắc phục hoặc giải trình." }
        var stored: StoredFile?
        if let file = form.file(named: "evidence"), file.data.readableBytes > 0 {
            switch try await FileStore.accept(Data(buffer: file.data), fileName: file.filename,
                                              policy: UploadPolicy(maxBytes: req.application.settings.uploadMaxBytes), uploadedBy: user.label, on: req.application) {
            case .failure(let refusal): problems["evidence"] = refusal.message
            case .success(let file): stored = file
            }
        }
        guard problems.isEmpty else {
            var typed = InspectionFormInput()
            typed.answer = text
            return try await render(req, found, form: typed, problems: problems, status: .unprocessableEntity)
        }
        try await Inspections.answer(found.inspection, text: text, file: stored, actor: user, on: req.db)
        req.flash("Đã gửi trả lời kết quả kiểm tra.")
        return req.redirect(to: SiteURL.inspection(id: found.inspection.id!.uuidString).path)
    }

    /// «Kiểm tra lại»: the visit that checks the findings, planned on their deadline.
    func followUp(req: Request) async throws -> Response {
        let found = try await readable(req)
        try req.authorize(.inspectProduct(found.inspection.location))
        if let visit = try await Inspections.planFollowUp(of: found.inspection, actor: try req.currentUser, on: req.db) {
            req.flash("Đã lập kế hoạch kiểm tra lại ngày \(CalendarDay(iso: visit.plannedOn)?.vietnamese ?? visit.plannedOn).")
            return req.redirect(to: SiteURL.inspection(id: visit.id!.uuidString).path)
        }
        throw Abort(.unprocessableEntity, reason: "Chỉ lập kiểm tra lại cho cuộc kiểm tra đã kết luận phải khắc phục, và chỉ một lần.")
    }

    /// A photo of the record or an answer's evidence, of this inspection only.
    func file(req: Request) async throws -> Response {
        let found = try await readable(req)
        guard let fileID = req.parameters.get("file", as: UUID.self) else { throw Abort(.notFound) }
        let photo = try await InspectionPhotoRecord.query(on: req.db).filter(\.$inspection.$id == found.inspection.id!).filter(\.$fileID == fileID).first()
        let answer = try await InspectionAnswerRecord.query(on: req.db).filter(\.$inspection.$id == found.inspection.id!).filter(\.$fileID == fileID).first()
        guard photo != nil || answer != nil, let stored = try await StoredFile.find(fileID, on: req.db) else {
            throw Abort(.notFound, reason: "Không tìm thấy tệp của cuộc kiểm tra này.")
        }
        return try await FileStore.response(stored, on: req.application, disposition: photo != nil ? .inline : .attachment)
    }

    // MARK: - Helpers

    struct Found {
        let inspection: InspectionRecord
        let product: ProductRecord
        let producer: ProducerRecord
    }

    private func readable(_ req: Request) async throws -> Found {
        guard let id = req.parameters.get("id", as: UUID.self),
              let inspection = try await InspectionRecord.query(on: req.db).filter(\.$id == id).with(\.$product, { $0.with(\.$producer) }).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy cuộc kiểm tra.")
        }
        let producer = inspection.product.producer
        try req.authorize(.readProducer(id: producer.id!.uuidString, location: producer.location))
        return Found(inspection: inspection, product: inspection.product, producer: producer)
    }

    private func model(_ req: Request, _ found: Found) async throws -> InspectionPageModel {
        let user = try req.currentUser
        let inspection = found.inspection
        let recognition = try await inspection.$recognition.get(on: req.db)
        let names = try await UnitDirectory.names(for: [inspection.communeCode, inspection.provinceCode], on: req.db)
        let photos = try await InspectionPhotoRecord.query(on: req.db).filter(\.$inspection.$id == inspection.id!).sort(\.$createdAt).all()
        let answers = try await InspectionAnswerRecord.query(on: req.db).filter(\.$inspection.$id == inspection.id!).sort(\.$createdAt).all()
        let star = recognition.recognition?.star ?? .three
        let followUp = try await InspectionRecord.query(on: req.db).filter(\.$followUpOf == inspection.id!).first()
        let revocation = try await RevocationRecord.query(on: req.db).filter(\.$inspectionID == inspection.id!).first()
        let plan = try await InspectionPlanRecord.find(inspection.planID, on: req.db)
        let complaint = try await ComplaintRecord.query(on: req.db).filter(\.$inspectionID == inspection.id!).first()
        return InspectionPageModel(
            inspection: inspection, product: found.product.name, producer: found.producer.name, address: found.producer.address,
            commune: names[inspection.communeCode] ?? inspection.communeCode, province: names[inspection.provinceCode] ?? inspection.provinceCode,
            certificate: recognition.recognition.map { "\($0.star.rawValue) sao, Quyết định số \($0.decisionNumber) ngày \($0.decisionDay.vietnamese)" } ?? "",
            photos: photos, answers: answers,
            mayRecord: inspection.status == .planned && user.may(.inspectProduct(inspection.location)),
            mayAnswer: inspection.status == .recorded && inspection.conclusion != .keepsCriteria
                && user.may(.prepareDossier(producerID: found.producer.id!.uuidString, location: inspection.location)),
            revokeURL: inspection.conclusion == .proposesRevocation && recognition.revocationID == nil
                && user.may(.revokeCertificate(star: star, location: inspection.location))
                ? SiteURL.newRevocation.path + "?gcn[]=\(recognition.id!.uuidString)&kiem-tra=\(inspection.id!.uuidString)" : nil,
            revocation: revocation.map { ($0.id!.uuidString, $0.number) },
            plan: plan.map { ($0.id!.uuidString, $0.number) },
            complaintID: complaint.flatMap { user.may(.recordComplaint($0.location)) ? $0.id?.uuidString : nil },
            followUpID: followUp?.id?.uuidString,
            mayPlanFollowUp: followUp == nil && inspection.status == .recorded && inspection.conclusion == .mustFix
                && user.may(.inspectProduct(inspection.location)))
    }

    private func render(_ req: Request, _ found: Found, form: InspectionFormInput?, problems: [String: String], status: HTTPStatus) async throws -> Response {
        var model = try await model(req, found)
        model.form = form ?? InspectionFormInput(inspectedOn: CalendarDay.inVietnam(Date()).iso)
        model.problems = problems
        return InspectionsView.page(req.pageContext(title: "Kiểm tra: \(found.product.name)"), model).response(status: status)
    }

}

extension AccessAction {
    static let inspectRefusal = "Chỉ cán bộ cấp tỉnh (sản phẩm của tỉnh mình) hoặc cán bộ trung ương lập kế hoạch và ghi kết quả kiểm tra sau công nhận (khoản 4 Điều 9)."
}
