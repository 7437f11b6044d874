import Fluent
import Vapor
import OCOPCore

/// Giấy chứng nhận: the printable certificate with its QR code, the public page the code opens (no
/// login: anyone holding the product can check it), and the result letter of a product that was
/// not recognised, with its score and path to the next star.
struct CertificatesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.verification(number: ":number", code: "").route, use: verify)
        routes.get(SiteURL.certificateLookup.route, use: lookup)
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.certificate(id: ":id").route, use: show)
        signedIn.get(SiteURL.dossierAction(id: ":id", action: "thu-ket-qua").route, use: resultLetter)
    }

    func show(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self),
              let record = try await CertificateRecord.query(on: req.db).filter(\.$id == id).with(\.$decision)
                .with(\.$dossier, { $0.with(\.$producer) }).with(\.$product).first(),
              let certificate = record.certificate else {
            throw Abort(.notFound, reason: "Không tìm thấy giấy chứng nhận.")
        }
        let dossier = record.dossier
        try req.authorize(.readDossier(producerID: dossier.producer.id!.uuidString, location: dossier.location))
        let url = verifyURL(req, record)
        let qr = try QRCode.encode(url, errorCorrection: .medium)
        let province = try await UnitDirectory.names(for: [dossier.provinceCode], on: req.db)[dossier.provinceCode] ?? dossier.provinceCode
        let national = certificate.recognition.issuer == .national
        let model = CertificateModel(
            id: id.uuidString, number: record.number, product: record.product.name, producer: dossier.producer.name,
            address: dossier.producer.address, star: certificate.recognition.star, decisionNumber: record.decision.number,
            decisionDay: certificate.recognition.decisionDay, expiryDay: certificate.recognition.expiryDay,
            issuer: national ? "Bộ Nông nghiệp và Môi trường" : "Ủy ban nhân dân \(UnitNames.inSentence(province))",
            placeAndDate: "\(national ? "Hà Nội" : UnitNames.shortName(province)), \(OfficialDocument.longDate(certificate.recognition.decisionDay))",
            signingLines: record.decision.signerPosition.signingLines(national: national),
            signer: record.decision.signer, verifyURL: url,
            qrSVG: qr.svg(moduleSize: 4, quietZone: 4, ariaLabel: "Mã QR tra cứu giấy chứng nhận \(record.number)"),
            status: certificate.status(on: .inVietnam(Date())))
        return CertificateView.certificate(req.pageContext(title: "Giấy chứng nhận \(record.number)"), model).response()
    }

    func verify(req: Request) async throws -> Response {
        let number = req.parameters.get("number") ?? ""
        let code = (try? req.query.get(String.self, at: "ma")) ?? ""
        guard let record = try await CertificateRecord.query(on: req.db).filter(\.$number == number).with(\.$decision)
                .with(\.$dossier, { $0.with(\.$producer) }).with(\.$product).first(),
              !code.isEmpty, constantTimeEqual(record.verifyCode, code.uppercased()), let certificate = record.certificate else {
            return CertificateView.verification(req.pageContext(title: "Tra cứu giấy chứng nhận OCOP"),
                                                VerificationModel(found: false, number: number)).response(status: .notFound)
        }
        var model = Self.verified(record, certificate, base: Self.base(req))
        model.revocation = try await Self.revocation(of: record, on: req.db)
        return CertificateView.verification(req.pageContext(title: "Tra cứu giấy chứng nhận OCOP"), model).response()
    }

    /// Tra cứu theo số: a buyer or an inspector types the number printed on a certificate or a label.
    /// The number alone tells what the public list already publishes (product, producer, star, the
    /// decision) and, what the list cannot, whether the certificate is still valid, expired or revoked.
    func lookup(req: Request) async throws -> Response {
        let typed = DossierText.trimmed((try? req.query.get(String.self, at: "so")) ?? "")
        let context = req.pageContext(title: "Tra cứu giấy chứng nhận OCOP")
        guard !typed.isEmpty else { return CertificateView.lookup(context, typed: "", result: nil).response() }
        let number = typed.uppercased().replacingOccurrences(of: " ", with: "")
        guard let record = try await CertificateRecord.query(on: req.db).filter(\.$number == number).with(\.$decision)
                .with(\.$dossier, { $0.with(\.$producer) }).with(\.$product).first(), let certificate = record.certificate else {
            return CertificateView.lookup(context, typed: typed, result: VerificationModel(found: false, number: typed)).response(status: .notFound)
        }
        var model = Self.verified(record, certificate, base: Self.base(req))
        model.revocation = try await Self.revocation(of: record, on: req.db)
        return CertificateView.lookup(context, typed: typed, result: model).response()
    }

    /// The decision that revoked the certificate, as the public reads it; nil while it stands.
    private static func revocation(of record: CertificateRecord, on db: Database) async throws -> String? {
        guard record.revokedAt != nil,
              let recognition = try await RecognitionRecord.query(on: db).filter(\.$product.$id == record.$product.id)
                .filter(\.$decisionDate == record.decisionDay).first(),
              let id = recognition.revocationID, let decision = try await RevocationRecord.find(id, on: db) else { return nil }
        return "Quyết định số \(decision.number) ngày \(decision.signedDay?.vietnamese ?? decision.signedOn) (\(decision.ground.citation))"
    }

    /// What the public may read of a certificate that was found (loaded with its decision, dossier's producer, product).
    private static func verified(_ record: CertificateRecord, _ certificate: Certificate, base: String) -> VerificationModel {
        let recognition = certificate.recognition
        var model = VerificationModel(found: true, number: record.number)
        model.product = record.product.name
        model.producer = record.dossier.producer.name
        model.star = "\(recognition.star) (\(recognition.star.rawValue) sao)"
        model.decision = "Số \(record.decision.number) ngày \(recognition.decisionDay.vietnamese)"
        model.validity = "Từ \(recognition.decisionDay.vietnamese) đến hết ngày \(recognition.expiryDay.adding(days: -1).vietnamese)"
        model.status = certificate.status(on: .inVietnam(Date()))
        model.mayUseMark = certificate.mayUseMark(on: .inVietnam(Date()))
        model.badgeURL = base + SiteURL.markBadge(number: record.number).path
        return model
    }

    func resultLetter(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        guard let meeting = try await Decisions.decidedMeeting(for: found.dossier.id!, on: req.db),
              let row = try await ScoringBoard.rows(meeting: meeting, council: meeting.council, on: req.db)
                .first(where: { $0.dossierID == found.dossier.id!.uuidString }), let verdict = row.verdict else {
            throw Abort(.notFound, reason: "Hồ sơ chưa có kết quả đánh giá, phân hạng đã ban hành.")
        }
        let advice = try await ResultLetters.advice(found, meeting: meeting, verdict: verdict, on: req.db)
        let names = try await UnitDirectory.names(for: [found.dossier.provinceCode], on: req.db)
        let model = ResultLetterModel(dossierID: found.dossier.id!.uuidString, product: found.product.name, producer: found.producer.name,
                                      provinceName: names[found.dossier.provinceCode] ?? found.dossier.provinceCode,
                                      day: meeting.meetingDay ?? .inVietnam(Date()), explanation: verdict.explanation, advice: advice,
                                      remarks: row.remarks)
        return ResultLetterView.render(req.pageContext(title: "Thông báo kết quả đánh giá, phân hạng"), model).response()
    }

    /// The address printed in the QR code: the public base URL, or this request's host.
    private func verifyURL(_ req: Request, _ record: CertificateRecord) -> String {
        Self.base(req) + SiteURL.verification(number: record.number, code: record.verifyCode).path
    }

    /// The public base URL, or this request's host: what a QR code or a shop's badge points to.
    private static func base(_ req: Request) -> String {
        req.application.settings.publicBaseURL ?? "http://\(req.headers.first(name: .host) ?? "localhost:8080")"
    }

    /// Compares the codes without revealing, by timing, how many leading characters matched.
    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
