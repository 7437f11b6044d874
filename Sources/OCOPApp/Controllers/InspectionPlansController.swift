import Fluent
import Vapor
import OCOPCore

/// Kế hoạch kiểm tra (issue 13, Điều 9.2): the province (or the ministry) issues a plan for a
/// period — periodic, or ad hoc after a complaint or a finding — listing the certificates chosen on
/// the follow-up lists, among those the system proposes, or the one a complaint is about. The plan
/// prints as an administrative document with its list and shows how far its inspections have got.
struct InspectionPlansController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.newInspection.route, use: new)
        signedIn.post(SiteURL.newInspection.route, use: create)
        signedIn.get(SiteURL.inspectionPlan(id: ":id").route, use: show)
    }

    func new(req: Request) async throws -> Response {
        let user = try req.currentUser
        guard InspectionsController.mayInspect(user) else { throw Abort(.forbidden, reason: AccessAction.inspectRefusal) }
        let national = user.may(.inspectProduct(.nation))
        var plan = Inspections.Plan()
        plan.recognitionIDs = (try? req.query.get([String].self, at: "gcn")) ?? []
        plan.plannedOn = CalendarDay.inVietnam(Date()).iso
        plan.agency = national ? "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" : "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
        plan.signerTitle = national ? "BỘ TRƯỞNG" : "GIÁM ĐỐC"
        // From a complaint: an ad hoc inspection of its certificate, the complaint as its basis.
        if let id = try? req.query.get(UUID.self, at: "phan-anh"), let complaint = try await ComplaintRecord.find(id, on: req.db),
           user.may(.inspectProduct(complaint.location)), complaint.closedAt == nil, complaint.inspectionID == nil {
            plan.complaintID = id.uuidString
            plan.kind = InspectionKind.adHoc.rawValue
            plan.reason = "Phản ánh ngày \(complaint.receivedDay?.vietnamese ?? "") (\(complaint.source.title)): \(complaint.content)"
            if !plan.recognitionIDs.contains(complaint.$recognition.id.uuidString) { plan.recognitionIDs.append(complaint.$recognition.id.uuidString) }
        }
        return try await render(req, plan, problems: [:], status: .ok)
    }

    struct PlanForm: Content {
        var number: String?
        var kind: String?
        var reason: String?
        var plannedOn: String?
        var periodTo: String?
        var team: String?
        var agency: String?
        var signer: String?
        var signerTitle: String?
        var gcn: [String]?
        var complaint: String?
    }

    func create(req: Request) async throws -> Response {
        let user = try req.currentUser
        guard InspectionsController.mayInspect(user) else { throw Abort(.forbidden, reason: AccessAction.inspectRefusal) }
        let form = try req.content.decode(PlanForm.self)
        let plan = Inspections.Plan(number: form.number ?? "", kind: form.kind ?? "", reason: form.reason ?? "", plannedOn: form.plannedOn ?? "",
                                    periodTo: form.periodTo ?? "", team: form.team ?? "", agency: form.agency ?? "", signer: form.signer ?? "",
                                    signerTitle: form.signerTitle ?? "", recognitionIDs: form.gcn ?? [], complaintID: form.complaint ?? "")
        let checked = try await Inspections.check(plan, user: user, today: .inVietnam(Date()), on: req.db)
        guard checked.problems.isEmpty else {
            return try await render(req, plan, problems: checked.problems, status: .unprocessableEntity)
        }
        let (document, made) = try await Inspections.plan(plan, checked, actor: user, on: req.db)
        req.flash("Đã lập Kế hoạch kiểm tra số \(document.number): \(made.count) sản phẩm.")
        return req.redirect(to: SiteURL.inspectionPlan(id: document.id!.uuidString).path)
    }

    func show(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self), let plan = try await InspectionPlanRecord.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "Không tìm thấy kế hoạch kiểm tra.")
        }
        let inspections = try await InspectionRecord.query(on: req.db).filter(\.$planID == id)
            .with(\.$product, { $0.with(\.$producer) }).with(\.$recognition).all()
            .sorted { ($0.product.communeCode, $0.product.name) < ($1.product.communeCode, $1.product.name) }
        let user = try req.currentUser
        // Those who inspect there, and the officers who may read one of its products (its communes').
        let planner = user.may(.inspectProduct(plan.provinceCode.map(UnitLocation.province) ?? .nation))
        guard planner || inspections.contains(where: { user.may(.readProducer(id: $0.product.$producer.id.uuidString, location: $0.product.producer.location)) }) else {
            throw Abort(.forbidden, reason: "Bạn không có quyền xem kế hoạch kiểm tra này.")
        }
        let codes = inspections.map(\.communeCode) + [plan.provinceCode].compactMap { $0 }
        let names = try await UnitDirectory.names(for: codes, on: req.db)
        let model = InspectionPlanModel(plan: plan, provinceName: plan.provinceCode.flatMap { names[$0] }, rows: inspections.map { inspection in
            InspectionPlanModel.Row(inspection: inspection, product: inspection.product.name, producer: inspection.product.producer.name,
                                    address: inspection.product.producer.address, commune: names[inspection.communeCode] ?? inspection.communeCode,
                                    certificate: inspection.recognition.recognition.map { "\($0.star.rawValue) sao, số \($0.decisionNumber)" } ?? "")
        })
        return InspectionsView.planDocument(req.pageContext(title: "Kế hoạch kiểm tra số \(plan.number)"), model).response()
    }

    private func render(_ req: Request, _ plan: Inspections.Plan, problems: [String: String], status: HTTPStatus) async throws -> Response {
        let chosen = try await RecognitionRecord.chosen(plan.recognitionIDs, on: req.db)
        let today = CalendarDay.inVietnam(Date())
        let user = try req.currentUser
        let proposed = try await InspectionProposals.lists(scope: try req.listScope(.products), national: user.may(.inspectProduct(.nation)),
                                                           today: today, on: req.db)
            .map { reason, rows in (reason, rows.filter { row in !chosen.contains { $0.id == row.id } }) }
        let names = try await UnitDirectory.names(for: (chosen + proposed.flatMap(\.1)).map(\.product.communeCode), on: req.db)
        return InspectionsView.plan(req.pageContext(title: "Lập kế hoạch kiểm tra"), plan,
                                    chosen: chosen.map { ChosenCertificate($0, names, today: today) },
                                    proposed: proposed.map { ($0.0, $0.1.map { ChosenCertificate($0, names, today: today) }) },
                                    problems: problems)
            .response(status: status)
    }
}
