import Fluent
import Vapor
import OCOPCore

/// Thu hồi giấy chứng nhận (issue 13, Điều 8): the province's officers (3★, 4★) and the national
/// officers (5★) choose certificates — from the follow-up lists or by name — and issue one decision
/// for them, with its ground and the conclusion it rests on; all or none. The decision prints with
/// its annex; the certificates leave the public list and their verification page says revoked.
struct RevocationsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.revocations.route, use: list)
        signedIn.get(SiteURL.newRevocation.route, use: new)
        signedIn.upload(SiteURL.newRevocation.route, limit: 25 * 1_048_576, use: create)
        signedIn.get(SiteURL.revocation(id: ":id").route, use: show)
        signedIn.get(SiteURL.revocationConclusion(id: ":id").route, use: conclusion)
    }

    /// Whether the person may revoke anything at all (a province's officer, a national officer).
    static func mayRevoke(_ user: CurrentUser) -> Bool {
        user.may(.revokeCertificate(star: .five, location: .nation))
            || user.homeUnit(where: { .revokeCertificate(star: .three, location: $0) }) != nil
    }

    func list(req: Request) async throws -> Response {
        let user = try req.currentUser
        let scope = try req.listScope(.products)
        let revoked = try await ScopedList.narrow(RecognitionRecord.query(on: req.db)
            .join(ProductRecord.self, on: \RecognitionRecord.$product.$id == \ProductRecord.$id)
            .filter(\.$revocationID != nil), to: scope, placedBy: ProductRecord.self).all()
        let ids = Array(Set(revoked.compactMap(\.revocationID)))
        let decisions = try await ids.isEmpty ? [] : RevocationRecord.query(on: req.db).filter(\.$id ~~ ids)
            .sort(\.$signedOn, .descending).sort(\.$createdAt, .descending).all()
        let counts = Dictionary(grouping: revoked, by: { $0.revocationID! }).mapValues(\.count)
        let rows = decisions.map { RevocationListRow(id: $0.id!.uuidString, number: $0.number, signedOn: $0.signedDay, ground: $0.ground,
                                                     count: counts[$0.id!] ?? 0) }
        return RevocationsView.list(req.pageContext(title: "Quyết định thu hồi giấy chứng nhận"), rows: rows,
                                    mayRevoke: Self.mayRevoke(user)).response()
    }

    func new(req: Request) async throws -> Response {
        let user = try req.currentUser
        guard Self.mayRevoke(user) else { throw Abort(.forbidden, reason: AccessAction.revokeRefusal) }
        var input = Revocations.Input()
        input.recognitionIDs = (try? req.query.get([String].self, at: "gcn")) ?? []
        input.signedOn = CalendarDay.inVietnam(Date()).iso
        // From an inspection that proposes revocation: its record is the conclusion the decision rests on.
        if let id = (try? req.query.get(UUID.self, at: "kiem-tra")), let inspection = try await InspectionRecord.find(id, on: req.db),
           inspection.conclusion == .proposesRevocation, let day = inspection.inspectedOn.flatMap(CalendarDay.init(iso:)) {
            input.conclusion = "Biên bản kiểm tra ngày \(day.vietnamese) của đoàn kiểm tra (\(inspection.team))"
            input.conclusionOn = day.iso
            input.ground = inspection.revocationGround?.rawValue ?? ""
            input.inspectionID = id.uuidString
        }
        let search = DossierText.trimmed((try? req.query.get(String.self, at: "q")) ?? "")
        return try await render(req, input, search: search, errors: [:], status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.currentUser
        guard Self.mayRevoke(user) else { throw Abort(.forbidden, reason: AccessAction.revokeRefusal) }
        let form = try req.multipartForm()
        var input = Revocations.Input()
        input.number = form.text(named: "number") ?? ""
        input.signedOn = form.text(named: "signedOn") ?? ""
        input.ground = form.text(named: "ground") ?? ""
        input.conclusion = form.text(named: "conclusion") ?? ""
        input.conclusionOn = form.text(named: "conclusionOn") ?? ""
        input.signer = form.text(named: "signer") ?? ""
        input.signerPosition = form.text(named: "signerPosition") ?? DecisionSignerPosition.head.rawValue
        input.recognitionIDs = form.texts(named: "gcn[]")
        input.inspectionID = form.text(named: "inspection") ?? ""
        var check = try await Revocations.check(input, user: user, today: .inVietnam(Date()), on: req.db)
        var stored: StoredFile?
        if let file = form.file(named: "conclusionFile"), file.data.readableBytes > 0 {
            switch try await FileStore.accept(Data(buffer: file.data), fileName: file.filename,
                                              policy: UploadPolicy(maxBytes: req.application.settings.uploadMaxBytes),
                                              uploadedBy: user.label, on: req.application) {
            case .failure(let refusal): check.errors["conclusionFile"] = refusal.message
            case .success(let file): stored = file
            }
        }
        guard check.isValid else { return try await render(req, input, search: "", errors: check.errors, status: .unprocessableEntity) }
        do {
            let decision = try await Revocations.revoke(input, check, conclusionFile: stored, actor: user, on: req.db)
            req.flash("Đã ban hành Quyết định thu hồi số \(decision.number): \(check.chosen.count) giấy chứng nhận.")
            return req.redirect(to: SiteURL.revocation(id: decision.id!.uuidString).path)
        } catch is RevocationRefused {
            return try await render(req, input, search: "",
                                    errors: ["certificates": "Một giấy chứng nhận vừa bị thu hồi bởi quyết định khác; chưa ghi gì. Vui lòng kiểm tra lại danh sách."],
                                    status: .conflict)
        }
    }

    func show(req: Request) async throws -> Response {
        let (decision, certificates) = try await readable(req)
        var provinceName: String?
        if let code = decision.provinceCode { provinceName = try await UnitDirectory.names(for: [code], on: req.db)[code] }
        let names = try await UnitDirectory.names(for: certificates.map(\.product.communeCode), on: req.db)
        let rows = certificates.compactMap { record -> RevocationDocumentModel.Row? in
            guard let recognition = record.recognition else { return nil }
            return .init(product: record.product.name, producer: record.product.producer.name,
                         commune: names[record.product.communeCode] ?? record.product.communeCode, star: recognition.star,
                         decision: "\(recognition.decisionNumber) ngày \(recognition.decisionDay.vietnamese)")
        }
        let model = RevocationDocumentModel(decision: decision, provinceName: provinceName, rows: rows)
        return RevocationsView.document(req.pageContext(title: "Quyết định thu hồi số \(decision.number)"), model).response()
    }

    func conclusion(req: Request) async throws -> Response {
        let (decision, _) = try await readable(req)
        guard let id = decision.conclusionFileID, let file = try await StoredFile.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "Quyết định này không kèm tệp kết luận.")
        }
        return try await FileStore.response(file, on: req.application)
    }

    /// The decision, for those who may read one of its certificates' producers.
    private func readable(_ req: Request) async throws -> (RevocationRecord, [RecognitionRecord]) {
        guard let id = req.parameters.get("id", as: UUID.self), let decision = try await RevocationRecord.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "Không tìm thấy quyết định thu hồi.")
        }
        let certificates = try await Revocations.certificates(of: decision, on: req.db)
        let user = try req.currentUser
        guard certificates.contains(where: { user.may(.readProducer(id: $0.product.$producer.id.uuidString, location: $0.product.producer.location)) }) else {
            throw Abort(.forbidden, reason: "Bạn không có quyền xem quyết định thu hồi này.")
        }
        return (decision, certificates)
    }

    private func render(_ req: Request, _ input: Revocations.Input, search: String, errors: [String: String],
                        status: HTTPStatus) async throws -> Response {
        let picker = try await CertificatePicker.load(chosen: input.recognitionIDs, search: search, scope: try req.listScope(.products),
                                                      today: .inVietnam(Date()), on: req.db)
        let model = NewRevocationModel(input: input, picker: picker, errors: errors)
        return RevocationsView.form(req.pageContext(title: "Thu hồi giấy chứng nhận OCOP"), model).response(status: status)
    }
}

extension AccessAction {
    /// The refusal of the revocation pages to someone who may revoke nothing.
    static let revokeRefusal = "Chỉ cán bộ cấp tỉnh (giấy chứng nhận 3, 4 sao của tỉnh) và cán bộ trung ương (5 sao) được lập quyết định thu hồi (khoản 2 Điều 8 Quyết định 26/2026/QĐ-TTg)."
}
