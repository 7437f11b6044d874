import Fluent
import Vapor
import OCOPCore

/// Phản ánh về sản phẩm (issue 13): the officers of the commune, the province or the ministry record
/// a complaint about a certified product (found by name), read those of their units, and the
/// province answers it with an ad hoc inspection and closes it with the outcome.
struct ComplaintsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.complaints.route, use: list)
        signedIn.get(SiteURL.newComplaint.route, use: new)
        signedIn.post(SiteURL.newComplaint.route, use: create)
        signedIn.get(SiteURL.complaint(id: ":id").route, use: show)
        signedIn.post(SiteURL.closeComplaint(id: ":id").route, use: close)
    }

    func list(req: Request) async throws -> Response {
        let scope = try req.listScope(.complaints)
        let showAll = (try? req.query.get(String.self, at: "tat-ca")) == "1"
        let query = ScopedList.narrow(ComplaintRecord.query(on: req.db), to: scope)
        if !showAll { query.filter(\.$closedAt == nil) }
        let complaints = try await query.with(\.$product).sort(\.$receivedOn, .descending).sort(\.$createdAt, .descending).limit(300).all()
        let rows = try await self.rows(complaints, on: req.db)
        return ComplaintsView.list(req.pageContext(title: "Phản ánh về sản phẩm OCOP"), rows, showAll: showAll).response()
    }

    func new(req: Request) async throws -> Response {
        _ = try req.listScope(.complaints)
        var input = Complaints.Input()
        input.recognitionIDs = (try? req.query.get([String].self, at: "gcn")) ?? []
        input.receivedOn = CalendarDay.inVietnam(Date()).iso
        input.source = ComplaintSource.consumer.rawValue
        let search = DossierText.trimmed((try? req.query.get(String.self, at: "q")) ?? "")
        return try await render(req, input, search: search, problems: [:], status: .ok)
    }

    struct ComplaintForm: Content {
        var receivedOn: String?
        var source: String?
        var sender: String?
        var content: String?
        var gcn: [String]?
    }

    func create(req: Request) async throws -> Response {
        let user = try req.currentUser
        _ = try req.listScope(.complaints)
        let form = try req.content.decode(ComplaintForm.self)
        let input = Complaints.Input(receivedOn: form.receivedOn ?? "", source: form.source ?? "", sender: form.sender ?? "",
                                     content: form.content ?? "", recognitionIDs: form.gcn ?? [])
        let check = try await Complaints.check(input, user: user, today: .inVietnam(Date()), on: req.db)
        guard check.problems.isEmpty else { return try await render(req, input, search: "", problems: check.problems, status: .unprocessableEntity) }
        let complaint = try await Complaints.record(input, check, actor: user, on: req.db)
        req.flash("Đã ghi nhận phản ánh về «\(check.certificate?.product.name ?? "")».")
        return req.redirect(to: SiteURL.complaint(id: complaint.id!.uuidString).path)
    }

    func show(req: Request) async throws -> Response {
        let complaint = try await readable(req)
        return ComplaintsView.page(req.pageContext(title: "Phản ánh về «\(complaint.product.name)»"), try await model(req, complaint)).response()
    }

    func close(req: Request) async throws -> Response {
        let complaint = try await readable(req)
        try req.authorize(.inspectProduct(complaint.location))
        let outcome = DossierText.trimmed((try? req.content.get(String.self, at: "outcome")) ?? "")
        guard !outcome.isEmpty else {
            var model = try await model(req, complaint)
            model.problem = "Vui lòng ghi kết quả xử lý phản ánh."
            model.typedOutcome = outcome
            return ComplaintsView.page(req.pageContext(title: "Phản ánh về «\(complaint.product.name)»"), model).response(status: .unprocessableEntity)
        }
        let closed = try await Complaints.close(complaint, outcome: outcome, actor: try req.currentUser, on: req.db)
        req.flash(closed ? "Đã kết thúc xử lý phản ánh." : "Phản ánh này đã được kết thúc trước đó; không ghi lại.")
        return req.redirect(to: SiteURL.complaint(id: complaint.id!.uuidString).path)
    }

    // MARK: - Helpers

    private func readable(_ req: Request) async throws -> ComplaintRecord {
        guard let id = req.parameters.get("id", as: UUID.self),
              let complaint = try await ComplaintRecord.query(on: req.db).filter(\.$id == id).with(\.$product).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy phản ánh.")
        }
        try req.authorize(.recordComplaint(complaint.location))
        return complaint
    }

    private func model(_ req: Request, _ complaint: ComplaintRecord) async throws -> ComplaintPageModel {
        let mayHandle = try req.currentUser.may(.inspectProduct(complaint.location))
        let row = try await rows([complaint], on: req.db)[0]
        let recognition = try await RecognitionRecord.chosen([complaint.$recognition.id.uuidString], on: req.db)
        let names = try await UnitDirectory.names(for: [complaint.communeCode], on: req.db)
        return ComplaintPageModel(row: row, certificate: recognition.first.map { ChosenCertificate($0, names, today: .inVietnam(Date())) },
                                  mayPlanInspection: mayHandle && complaint.closedAt == nil && complaint.inspectionID == nil,
                                  mayClose: mayHandle && complaint.closedAt == nil)
    }

    /// The rows of complaints with their commune's name and their inspection's state.
    private func rows(_ complaints: [ComplaintRecord], on db: Database) async throws -> [ComplaintRow] {
        let inspectionIDs = complaints.compactMap(\.inspectionID)
        let inspections = try await inspectionIDs.isEmpty ? [] : InspectionRecord.query(on: db).filter(\.$id ~~ inspectionIDs).all()
        let byID = Dictionary(uniqueKeysWithValues: inspections.map { ($0.id!, $0) })
        let names = try await UnitDirectory.names(for: complaints.map(\.communeCode), on: db)
        return complaints.map { complaint in
            let inspection = complaint.inspectionID.flatMap { byID[$0] }
            return ComplaintRow(complaint: complaint, product: complaint.product.name, commune: names[complaint.communeCode] ?? complaint.communeCode,
                                inspection: inspection,
                                state: ComplaintState(closed: complaint.closedAt != nil, inspectionPlanned: inspection != nil,
                                                      inspectionRecorded: inspection?.status == .recorded))
        }
    }

    private func render(_ req: Request, _ input: Complaints.Input, search: String, problems: [String: String], status: HTTPStatus) async throws -> Response {
        let picker = try await CertificatePicker.load(chosen: input.recognitionIDs, search: search, scope: try req.listScope(.complaints),
                                                      today: .inVietnam(Date()), on: req.db)
        let model = NewComplaintModel(input: input, picker: picker, problems: problems)
        return ComplaintsView.form(req.pageContext(title: "Ghi nhận phản ánh về sản phẩm"), model).response(status: status)
    }
}
