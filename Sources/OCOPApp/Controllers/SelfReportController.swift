import Fluent
import Vapor
import OCOPCore

/// Mẫu số 02 (26/2026 Điều 6.1, Phụ lục III): the self-assessment report printed from the dossier,
/// the producer's form to write it, and evidence files per criterion (uploaded with the same checks
/// as the dossier's documents, `FileStore`). Read by whoever reads the dossier; written only by
/// the producer's representative while the dossier is with them (draft or returned).
struct SelfReportController: RouteCollection {
    let uploadBodyLimit: Int

    func boot(routes: any RoutesBuilder) throws {
        let dossiers = routes.grouped(RequireLoginMiddleware())
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "mau-02").route, use: mau02)
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "bao-cao-tu-danh-gia").route, use: form)
        dossiers.post(SiteURL.dossierAction(id: ":id", action: "bao-cao-tu-danh-gia").route, use: save)
        dossiers.upload(SiteURL.dossierAction(id: ":id", action: "minh-chung/:criterion").route, limit: uploadBodyLimit, use: attach)
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "tep-minh-chung/:evidence").route, use: download)
        dossiers.post(SiteURL.dossierAction(id: ":id", action: "tep-minh-chung/:evidence/xoa").route, use: remove)
    }

    func mau02(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        let model = try await Self.model(found, on: req.db)
        return Mau02View.render(req.pageContext(title: "Mẫu số 02: \(found.product.name)"), model).response()
    }

    func form(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        if let away = try await notEditable(req, found) { return away }
        return render(req, try await Self.model(found, on: req.db), status: .ok)
    }

    func save(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        try req.authorize(.prepareDossier(producerID: found.producer.id!.uuidString, location: found.dossier.location))
        var model = try await Self.model(found, on: req.db)
        model.report = SelfReport.parse(try req.content.decode([String: String].self), criteria: model.rows.map(\.code))
        if let refused = try await SelfReports.save(model.report, dossier: found.dossier, actor: try req.currentUser, on: req.db) {
            model.errors = [refused]
            return render(req, Self.withDescriptions(model), status: .unprocessableEntity)
        }
        req.flash("Đã lưu báo cáo tự đánh giá.")
        return req.redirect(to: SiteURL.dossierAction(id: found.dossier.id!.uuidString, action: "bao-cao-tu-danh-gia").path)
    }

    func attach(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        try req.authorize(.prepareDossier(producerID: found.producer.id!.uuidString, location: found.dossier.location))
        let model = try await Self.model(found, on: req.db)
        let raw = req.parameters.get("criterion") ?? ""
        guard let code = model.rows.map(\.code).first(where: { $0 == raw || $0 == raw.removingPercentEncoding }) else {
            throw Abort(.notFound, reason: "Phiếu tự đánh giá của hồ sơ không có tiêu chí này.")
        }
        func refuse(_ message: String) -> Response {
            var refused = model
            refused.uploadError = (code, message)
            return render(req, refused, status: .unprocessableEntity)
        }
        if let refusal = SelfReports.refusal(found.dossier) { return refuse(refusal) }
        guard let file = try req.multipartForm().file(named: "file"), file.data.readableBytes > 0 else {
            return refuse("Vui lòng chọn một tệp.")
        }
        let user = try req.currentUser
        switch try await FileStore.accept(Data(buffer: file.data), fileName: file.filename,
                                          policy: UploadPolicy(maxBytes: req.application.settings.uploadMaxBytes),
                                          uploadedBy: user.label, on: req.application) {
        case .failure(let refusal):
            return refuse(refusal.message)
        case .success(let stored):
            if let refused = try await SelfReports.attach(stored, criterion: code, dossier: found.dossier, actor: user, on: req.db) {
                return refuse(refused)
            }
            req.flash("Đã tải lên minh chứng \(stored.fileName) cho tiêu chí \(code).")
            return req.redirect(to: SiteURL.dossierAction(id: found.dossier.id!.uuidString, action: "bao-cao-tu-danh-gia").path)
        }
    }

    func download(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        let evidence = try await Self.evidence(req, of: found)
        return try await FileStore.response(evidence.file, on: req.application)
    }

    func remove(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        try req.authorize(.prepareDossier(producerID: found.producer.id!.uuidString, location: found.dossier.location))
        let evidence = try await Self.evidence(req, of: found)
        if let refused = try await SelfReports.remove(evidence, dossier: found.dossier, actor: try req.currentUser, on: req.db) {
            var model = try await Self.model(found, on: req.db)
            model.uploadError = (evidence.criterionCode, refused)
            return render(req, model, status: .unprocessableEntity)
        }
        req.flash("Đã gỡ minh chứng \(evidence.file.fileName) khỏi tiêu chí \(evidence.criterionCode).")
        return req.redirect(to: SiteURL.dossierAction(id: found.dossier.id!.uuidString, action: "bao-cao-tu-danh-gia").path)
    }

    // MARK: - Helpers

    /// The evidence file named by `:evidence`, if it belongs to this dossier; 404 otherwise.
    private static func evidence(_ req: Request, of found: FoundDossier) async throws -> CriterionEvidenceRecord {
        guard let id = req.parameters.get("evidence", as: UUID.self),
              let evidence = try await CriterionEvidenceRecord.query(on: req.db).filter(\.$id == id)
                .filter(\.$dossier.$id == found.dossier.id!).with(\.$file).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy tài liệu minh chứng.")
        }
        return evidence
    }

    /// The form is the producer's, and only while the dossier is with them: 403 for others, and
    /// back to the printed form with the reason once the dossier has left the producer.
    private func notEditable(_ req: Request, _ found: FoundDossier) async throws -> Response? {
        try req.authorize(.prepareDossier(producerID: found.producer.id!.uuidString, location: found.dossier.location))
        guard let refusal = SelfReports.refusal(found.dossier) else { return nil }
        req.flash(refusal)
        return req.redirect(to: SiteURL.dossierAction(id: found.dossier.id!.uuidString, action: "mau-02").path)
    }

    private func render(_ req: Request, _ model: Mau02Model, status: HTTPStatus) -> Response {
        var model = model
        model.editable = true
        return SelfReportFormView.render(req.pageContext(title: "Báo cáo tự đánh giá: \(model.productName)"), model).response(status: status)
    }

    /// The rows again with the descriptions the producer typed, after a refusal.
    private static func withDescriptions(_ model: Mau02Model) -> Mau02Model {
        var typed = model
        typed.rows = model.rows.map { row in
            Mau02Model.Row(code: row.code, text: row.text, section: row.section, maxPoints: row.maxPoints, chosen: row.chosen,
                           description: model.report.descriptions[row.code] ?? "", evidence: row.evidence, needs: row.needs)
        }
        return typed
    }

    static func model(_ found: FoundDossier, on db: Database) async throws -> Mau02Model {
        let dossier = found.dossier, producer = found.producer, product = found.product
        let names = try await UnitDirectory.names(for: [dossier.communeCode], on: db)
        let sheet = try await DossierSelfAssessment.sheet(dossier, product: product, on: db)
        let report = try await SelfReports.report(of: dossier.id!, on: db)
        let evidence = try await SelfReports.evidence(of: dossier.id!, on: db)
        var title: String, rows: [Mau02Model.Row] = []
        switch sheet {
        case .failure(let refusal): title = refusal.message
        case .success(let value):
            title = "\(value.set.name), phiên bản \(value.set.version): \(value.productSet.name)"
            rows = Mau02Model.rows(value, report: report, evidence: evidence)
        }
        return Mau02Model(
            dossierID: dossier.id!.uuidString, productName: product.name, producerName: producer.name,
            legalForm: producer.legalFormTitle, address: producer.address,
            phone: producer.phone.flatMap { $0.isEmpty ? nil : $0 }, email: producer.email.flatMap { $0.isEmpty ? nil : $0 },
            representative: producer.representativeName, gender: producer.representativeIsWoman ? "Nữ" : "Nam",
            ethnicity: producer.representativeIsEthnicMinority ? "dân tộc thiểu số" : "Kinh", taxCode: producer.taxCode,
            productSummary: DossierText.trimmed(product.summary), packaging: DossierText.trimmed(product.packaging),
            hasRegisteredTrademark: product.trademark == .registered, kind: dossier.dossierKind, report: report,
            sheetTitle: title, rows: rows, total: DossierSelfAssessment.shortSummary(sheet),
            place: UnitNames.shortName(names[dossier.communeCode] ?? ""), signedOn: dossier.submittedAt.map(CalendarDay.inVietnam))
    }
}
