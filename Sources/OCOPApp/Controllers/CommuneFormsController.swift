import Fluent
import Vapor
import OCOPCore

/// The commune's papers under 26/2026 (Điều 6.2, 7.2): Mẫu số 03, printed from its recorded
/// assessment, and the receipt of the producer's 05 samples, recorded once. The proposal letter is
/// `ForwardingLettersController` (one letter, many dossiers).
struct CommuneFormsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let dossiers = routes.grouped(RequireLoginMiddleware())
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "mau-03").route, use: mau03)
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "mau-san-pham").route, use: samplesForm)
        dossiers.post(SiteURL.dossierAction(id: ":id", action: "mau-san-pham").route, use: recordSamples)
    }

    // MARK: - Mẫu số 03

    func mau03(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        guard let assessment = try found.dossier.assessment, let assessedAt = found.dossier.assessedAt else {
            throw Abort(.notFound, reason: "UBND xã chưa đánh giá hồ sơ này; Mẫu số 03 có sau khi xã ghi nhận đánh giá bốn nội dung.")
        }
        let dossier = found.dossier, producer = found.producer, product = found.product
        let names = try await UnitDirectory.names(for: [dossier.communeCode, dossier.provinceCode], on: req.db)
        let commune = names[dossier.communeCode] ?? dossier.communeCode
        let province = names[dossier.provinceCode] ?? dossier.provinceCode
        var proposal: String? = nil
        var notProposed: [String] = []
        switch assessment.forwarding() {
        case .mayForward:
            proposal = "Ủy ban nhân dân \(UnitNames.inSentence(commune)) đề nghị Ủy ban nhân dân \(UnitNames.inSentence(province)) "
                + "đánh giá, phân hạng sản phẩm OCOP cho sản phẩm \(product.name) của \(producer.name)."
        case .mayNotForward(let reasons):
            notProposed = reasons
        }
        let model = Mau03Model(
            dossierID: dossier.id!.uuidString,
            numberLine: dossier.communeReportNumber.map { "Số: \($0)" } ?? OfficialDocument.unnumbered("BC-UBND"), communeName: commune, provinceName: province, assessedOn: .inVietnam(assessedAt),
            producerName: producer.name, legalForm: producer.legalFormTitle, address: producer.address,
            representative: producer.representativeName, gender: producer.representativeIsWoman ? "Nữ" : "Nam",
            ethnicity: producer.representativeIsEthnicMinority ? "dân tộc thiểu số" : "Kinh",
            productName: product.name, productSet: product.productSetLabel(separator: " "),
            assessments: Mau03Model.assessments(assessment), proposal: proposal, notProposed: notProposed)
        return Mau03View.render(req.pageContext(title: "Mẫu số 03: \(product.name)"), model).response()
    }

    // MARK: - Samples

    func samplesForm(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        try req.authorize(.receiveDossierSamples(found.dossier.location))
        if let away = try await alreadyDone(req, found) { return away }
        let model = SampleReceiptModel(dossierID: found.dossier.id!.uuidString, productName: found.product.name,
                                       receivedOn: CalendarDay.inVietnam(Date()).iso)
        return render(req, model, status: .ok)
    }

    func recordSamples(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        try req.authorize(.receiveDossierSamples(found.dossier.location))
        let fields = try req.content.decode([String: String].self)
        var model = SampleReceiptModel(dossierID: found.dossier.id!.uuidString, productName: found.product.name,
                                       receivedOn: DossierText.trimmed(fields["receivedOn"] ?? ""))
        let today = CalendarDay.inVietnam(Date())
        guard let day = CalendarDay(typed: model.receivedOn) else {
            model.dateError = "Vui lòng nhập ngày nhận sản phẩm mẫu (ngày/tháng/năm)."
            return render(req, model, status: .unprocessableEntity)
        }
        guard day <= today else {
            model.dateError = "Ngày nhận không được sau hôm nay (\(today.vietnamese))."
            return render(req, model, status: .unprocessableEntity)
        }
        switch try await DossierSamples.record(found, receivedOn: day, actor: try req.currentUser, on: req.db) {
        case .recorded:
            req.flash("Đã ghi nhận \(ProductSamples.countText) nhận ngày \(day.vietnamese).")
        case .alreadyRecorded(let first):
            req.flash(Self.alreadyText(first))
        case .refused(let message):
            model.errors = [message]
            return render(req, model, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.dossier(id: model.dossierID).path)
    }

    /// Back to the dossier when the receipt exists or cannot be asked for (a tourism dossier, or the
    /// dossier not with the commune), with the reason.
    private func alreadyDone(_ req: Request, _ found: FoundDossier) async throws -> Response? {
        let dossier = found.dossier
        let existing = try await DossierSamples.receipt(of: dossier.id!, on: req.db)
        let required = try await DossierSamples.areRequired(dossier, product: found.product, on: req.db)
        let message = existing.map(Self.alreadyText)
            ?? ProductSamples.refusal(required: required, state: dossier.dossierState, alreadyRecorded: false)
        guard let message else { return nil }
        req.flash(message)
        return req.redirect(to: SiteURL.dossier(id: dossier.id!.uuidString).path)
    }

    private static func alreadyText(_ receipt: DossierSampleRecord) -> String {
        "Sản phẩm mẫu của hồ sơ này đã được ghi nhận: " + DossierSamples.statusLine(required: true, receipt: receipt)
    }

    private func render(_ req: Request, _ model: SampleReceiptModel, status: HTTPStatus) -> Response {
        SampleReceiptView.form(req.pageContext(title: "Nhận sản phẩm mẫu: \(model.productName)"), model).response(status: status)
    }
}
