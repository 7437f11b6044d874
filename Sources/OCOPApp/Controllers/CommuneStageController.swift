import Fluent
import Vapor
import OCOPCore

/// The commune's steps on a submitted dossier (after 1489/QĐ-TTg): return it to the producer with
/// reasons per document, record the assessment of the four local criteria, print the assessment
/// report. Forwarding is `ForwardingLettersController` (one letter, many dossiers).
struct CommuneStageController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let dossiers = routes.grouped(RequireLoginMiddleware())
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "tra-lai").route, use: returnForm)
        dossiers.post(SiteURL.dossierAction(id: ":id", action: "tra-lai").route, use: returnDossier)
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "danh-gia-xa").route, use: assessmentForm)
        dossiers.post(SiteURL.dossierAction(id: ":id", action: "danh-gia-xa").route, use: assess)
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "bao-cao-xa").route, use: report)
    }

    // MARK: - Return for supplements

    func returnForm(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        if let away = try req.requireStep(.returnForSupplement, on: found) { return away }
        let model = ReturnFormModel(dossierID: found.dossier.id!.uuidString, productName: found.product.name,
                                    version: found.dossier.version, items: try await returnItems(found, on: req.db))
        return render(req, model, status: .ok)
    }

    func returnDossier(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        let fields = try req.content.decode([String: String].self)
        var model = ReturnFormModel(dossierID: found.dossier.id!.uuidString, productName: found.product.name,
                                    version: Int(fields["version"] ?? "") ?? 0, items: try await returnItems(found, on: req.db))
        for index in model.items.indices { model.items[index].reason = fields["ly-do-\(model.items[index].code)"] ?? "" }
        let requests = model.items.filter { !DossierText.isBlank($0.reason) }.map { item in
            item.code == 0 ? SupplementRequest(item: item.title, reason: item.reason)
                : SupplementRequest(documentCode: item.code, item: item.title, reason: item.reason)
        }
        let outcome = try await DossierSteps.run(.returnForSupplement(requests), on: found.dossier, loaded: OptimisticVersion(model.version),
                                                 actor: try req.currentUser, productName: found.product.name, on: req.db)
        return req.finishStep(outcome, model, done: "Đã trả lại hồ sơ cho chủ thể để bổ sung (\(requests.count) nội dung).") {
            render(req, $0, status: $1)
        }
    }

    /// Every document of the official list, in its order (the commune may ask for one the producer
    /// never uploaded, required or not), then the dossier as a whole.
    private func returnItems(_ found: FoundDossier, on db: Database) async throws -> [ReturnFormModel.Item] {
        let documents = try await DossierService.current(found.dossier, on: db)
        let required = DossierService.checklist(found.dossier, documents: documents, selfAssessmentComplete: true,
                                                samplesHandedIn: try await DossierSamples.areHandedIn(found.dossier, product: found.product, on: db))
            .items.map(\.code)
        let codes = Set(required + documents.map(\.typeCode) + DossierCatalogue.catalogue.documentTypes.map(\.code)).sorted()
        return codes.compactMap { code in
            DossierCatalogue.catalogue[code].map { ReturnFormModel.Item(code: code, title: $0.title) }
        } + [ReturnFormModel.Item(code: 0, title: "Hồ sơ nói chung")]
    }

    private func render(_ req: Request, _ model: ReturnFormModel, status: HTTPStatus) -> Response {
        CommuneStageView.returnForm(req.pageContext(title: "Trả lại hồ sơ: \(model.productName)"), model).response(status: status)
    }

    // MARK: - Assessment of the local criteria

    func assessmentForm(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        if let away = try req.requireStep(.assess, on: found) { return away }
        let recorded = try found.dossier.assessment
        let model = AssessmentFormModel(dossierID: found.dossier.id!.uuidString, productName: found.product.name,
                                        version: found.dossier.version, rows: LocalCriterion.allCases.map { criterion in
            let finding = recorded?.findings.first { $0.criterion == criterion }
            return .init(criterion: criterion, verdict: finding?.verdict, remark: finding?.remark ?? "")
        }, reportNumber: found.dossier.communeReportNumber ?? "")
        return render(req, model, status: .ok)
    }

    func assess(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        let fields = try req.content.decode([String: String].self)
        var model = AssessmentFormModel(dossierID: found.dossier.id!.uuidString, productName: found.product.name,
                                        version: Int(fields["version"] ?? "") ?? 0, rows: LocalCriterion.allCases.map { criterion in
            .init(criterion: criterion, verdict: fields["v-\(criterion.rawValue)"].flatMap(LocalVerdict.init(rawValue:)),
                  remark: fields["r-\(criterion.rawValue)"] ?? "")
        }, reportNumber: fields["so-bao-cao"] ?? "")
        let number = DossierText.trimmed(model.reportNumber)
        if number.count > 40 {
            model.errors = ["Số báo cáo dài quá 40 ký tự (ví dụ đúng: 45/BC-UBND)."]
            return render(req, model, status: .unprocessableEntity)
        }
        let assessment = CommuneAssessment(findings: model.rows.compactMap { row in
            row.verdict.map { CommuneAssessment.Finding(row.criterion, $0, remark: DossierText.trimmed(row.remark)) }
        })
        let user = try req.currentUser
        let json = String(decoding: try JSONEncoder().encode(assessment), as: UTF8.self)
        let by = user.label
        let now = Date()
        let dossier = found.dossier
        let outcome = try await DossierSteps.run(.assess(assessment), on: found.dossier, loaded: OptimisticVersion(model.version), actor: user,
                                                 productName: found.product.name, on: req.db,
                                                 set: { $0.set("commune_assessment", to: json).set("assessed_by", to: by).set("assessed_at", to: now)
                                                     .set("commune_report_number", to: number.isEmpty ? nil : number) },
                                                 // Taking the dossier up is the commune's receipt of it: Mẫu 01's "Phiếu số" (once).
                                                 then: { tx in try await RegistrationReceipts.issue(.commune, for: dossier, actor: user, at: now, in: tx) })
        return req.finishStep(outcome, model, done: "Đã ghi nhận đánh giá của UBND xã. " + assessment.summary()) {
            render(req, $0, status: $1)
        }
    }

    private func render(_ req: Request, _ model: AssessmentFormModel, status: HTTPStatus) -> Response {
        CommuneStageView.assessmentForm(req.pageContext(title: "Đánh giá tiêu chí địa phương: \(model.productName)"), model)
            .response(status: status)
    }

    // MARK: - Report

    func report(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        guard let assessment = try found.dossier.assessment, let assessedAt = found.dossier.assessedAt else {
            throw Abort(.notFound, reason: "UBND xã chưa đánh giá hồ sơ này.")
        }
        let names = try await UnitDirectory.names(for: [found.dossier.communeCode, found.dossier.provinceCode], on: req.db)
        let sheet = try await DossierSelfAssessment.sheet(found.dossier, product: found.product, on: req.db)
        let model = CommuneReportModel(
            communeName: names[found.dossier.communeCode] ?? found.dossier.communeCode,
            provinceName: names[found.dossier.provinceCode] ?? found.dossier.provinceCode,
            assessedOn: .inVietnam(assessedAt), productName: found.product.name,
            productSet: found.product.productSetLabel(separator: " "), producerName: found.producer.name,
            producerAddress: found.producer.address, representative: found.producer.representativeName,
            dossierKind: found.dossier.dossierKind.title,
            findings: LocalCriterion.allCases.compactMap { criterion in assessment.findings.first { $0.criterion == criterion } },
            summary: assessment.summary(), selfAssessment: DossierSelfAssessment.summary(sheet),
            assessedBy: OfficerLabel.fullName(found.dossier.assessedBy ?? ""),
            numberLine: found.dossier.communeReportNumber.map { "Số: \($0)" } ?? OfficialDocument.unnumbered("BC-UBND"))
        return CommuneStageView.report(req.pageContext(title: "Báo cáo đánh giá cấp xã"), dossierID: found.dossier.id!.uuidString, model)
            .response()
    }
}
