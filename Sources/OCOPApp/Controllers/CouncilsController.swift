import Fluent
import Vapor
import OCOPCore

/// Hội đồng đánh giá, phân hạng: set up by the province's officers (national officers for the
/// national council), with its members and advisory team, and the conflicts of interest that keep
/// a member away from a dossier (declared by the member, recorded by the secretary, or detected).
struct CouncilsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let councils = routes.grouped(RequireLoginMiddleware())
        councils.get(SiteURL.councils.route, use: list)
        councils.post(SiteURL.councils.route, use: create)
        councils.get(SiteURL.council(id: ":id").route, use: show)
        councils.post(SiteURL.councilAction(id: ":id", action: "thanh-vien").route, use: addMember)
    }

    // MARK: - List and set up

    func list(req: Request) async throws -> Response {
        try await renderList(req, CouncilListModel(), status: .ok)
    }

    struct CreateForm: Content {
        var name: String?
        var decisionNumber: String?
        var decisionDate: String?
        var termFrom: String?
        var termTo: String?
        var materialsLeadDays: String?
    }

    func create(req: Request) async throws -> Response {
        let user = try req.currentUser
        guard let location = Self.ownCouncilLocation(user) else {
            throw Abort(.forbidden, reason: "Chỉ cán bộ cấp tỉnh hoặc cán bộ trung ương được thành lập Hội đồng.")
        }
        try req.authorize(.manageCouncils(location))
        let input = try req.content.decode(CreateForm.self)
        var model = CouncilListModel()
        model.form = .init(name: DossierText.trimmed(input.name ?? ""), decisionNumber: DossierText.trimmed(input.decisionNumber ?? ""),
                           decisionDate: input.decisionDate ?? "", termFrom: input.termFrom ?? "", termTo: input.termTo ?? "",
                           materialsLeadDays: input.materialsLeadDays ?? "")
        let form = model.form
        if form.name.isEmpty { model.errors["name"] = "Vui lòng nhập tên Hội đồng." }
        if form.decisionNumber.isEmpty { model.errors["decisionNumber"] = "Vui lòng nhập số quyết định thành lập." }
        let decided = CalendarDay(typed: form.decisionDate), from = CalendarDay(typed: form.termFrom), to = CalendarDay(typed: form.termTo)
        if decided == nil { model.errors["decisionDate"] = "Ngày quyết định không hợp lệ." }
        if from == nil { model.errors["termFrom"] = "Ngày bắt đầu nhiệm kỳ không hợp lệ." }
        if to == nil { model.errors["termTo"] = "Ngày kết thúc nhiệm kỳ không hợp lệ." }
        if let from, let to, to < from { model.errors["termTo"] = "Nhiệm kỳ phải kết thúc sau ngày bắt đầu." }
        let lead = Int(form.materialsLeadDays)
        if lead == nil || !(0...15).contains(lead!) { model.errors["materialsLeadDays"] = "Số ngày làm việc phải từ 0 đến 15." }
        guard model.errors.isEmpty, let decided, let from, let to, let lead else {
            return try await renderList(req, model, status: .unprocessableEntity)
        }
        let council = CouncilRecord()
        council.id = UUID()
        council.councilLevel = location == .nation ? CouncilLevel.national : .province
        council.provinceCode = location.provinceCode
        council.name = form.name
        council.decisionNumber = form.decisionNumber
        council.decisionDate = decided.iso
        council.termFrom = from.iso
        council.termTo = to.iso
        council.materialsLeadDays = lead
        council.createdBy = user.label
        try await CouncilSetup.create(council, at: location, actor: user, on: req.db)
        req.flash("Đã thành lập \(council.name).")
        return req.redirect(to: SiteURL.council(id: council.id!.uuidString).path)
    }

    /// Where this person sets up councils: their province, or the nation for a national officer.
    static func ownCouncilLocation(_ user: CurrentUser) -> UnitLocation? {
        user.homeUnit { .manageCouncils($0) }
    }

    private func renderList(_ req: Request, _ model: CouncilListModel, status: HTTPStatus) async throws -> Response {
        let user = try req.currentUser
        var model = model
        for council in try await Councils.visible(to: user, on: req.db) {
            let members = try await CouncilMemberRecord.query(on: req.db).filter(\.$council.$id == council.id!).count()
            model.rows.append(.init(id: council.id!.uuidString, name: council.name, level: council.councilLevel.title,
                                    decision: "\(council.decisionNumber) ngày \(CalendarDay(iso: council.decisionDate)?.vietnamese ?? "")",
                                    term: Self.term(council), members: members))
        }
        model.mayCreate = Self.ownCouncilLocation(user) != nil
        return CouncilsView.list(req.pageContext(title: "Hội đồng đánh giá, phân hạng"), model).response(status: status)
    }

    static func term(_ council: CouncilRecord) -> String {
        "\(CalendarDay(iso: council.termFrom)?.vietnamese ?? "") – \(CalendarDay(iso: council.termTo)?.vietnamese ?? "")"
    }

    // MARK: - Council page

    func show(req: Request) async throws -> Response {
        let council = try await Self.readable(req)
        return try await Self.renderPage(req, council, CouncilPageModel.MemberForm(), CouncilPageModel.ConflictForm(), errors: [:], status: .ok)
    }

    struct MemberForm: Content {
        var username: String?
        var agency: String?
        var position: String?
    }

    func addMember(req: Request) async throws -> Response {
        let council = try await Self.readable(req)
        let user = try req.currentUser
        let isSecretary = try await Councils.seat(of: user, in: council, on: req.db)?.councilPosition == .secretary
        guard isSecretary || AccessPolicy().decide(user.grants, .manageCouncils(council.location)).isAllowed else {
            throw Abort(.forbidden, reason: "Chỉ cán bộ quản lý Hội đồng hoặc Thư ký Hội đồng được thêm thành viên.")
        }
        let input = try req.content.decode(MemberForm.self)
        let form = CouncilPageModel.MemberForm(username: DossierText.trimmed(input.username ?? ""), agency: DossierText.trimmed(input.agency ?? ""),
                                               position: input.position ?? "")
        var errors: [String: String] = [:]
        let account = try await UserAccount.query(on: req.db).filter(\.$username == form.username.lowercased()).with(\.$assignments).first()
        if account == nil { errors["username"] = "Không có tài khoản «\(form.username)»." }
        if let account, case .denied(let reason) = AccessPolicy().decide(user.grants, .seatOnCouncil(
            council: council.location, candidate: account.assignments.compactMap(\.grant), actorIsSecretary: isSecretary)) {
            errors["username"] = reason
            try await CouncilSetup.recordRefusedSeat(account, on: council, actor: user, on: req.db)
        }
        if form.agency.isEmpty { errors["agency"] = "Vui lòng nhập cơ quan của thành viên." }
        let position = CouncilPosition(rawValue: form.position) ?? .member
        if let account, try await CouncilMemberRecord.query(on: req.db).filter(\.$council.$id == council.id!)
            .filter(\.$account.$id == account.id!).first() != nil {
            errors["username"] = "\(account.fullName) đã là thành viên của Hội đồng."
        }
        if position == .chair || position == .secretary,
           try await CouncilMemberRecord.query(on: req.db).filter(\.$council.$id == council.id!).filter(\.$councilPosition == position).first() != nil {
            errors["position"] = "Hội đồng đã có \(position.title)."
        }
        guard errors.isEmpty, let account else {
            return try await Self.renderPage(req, council, form, CouncilPageModel.ConflictForm(), errors: errors, status: .unprocessableEntity)
        }
        let member = CouncilMemberRecord()
        member.$council.id = council.id!
        member.$account.id = account.id!
        member.fullName = account.fullName
        member.agency = form.agency
        member.councilPosition = position
        try await CouncilSetup.seat(member, account: account, on: council, actor: user, on: req.db)
        req.flash("Đã thêm \(account.fullName) (\(position.title)).")
        return req.redirect(to: SiteURL.council(id: council.id!.uuidString).path)
    }

    // MARK: - Helpers

    static func readable(_ req: Request) async throws -> CouncilRecord {
        guard let id = req.parameters.get("id", as: UUID.self), let council = try await CouncilRecord.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "Không tìm thấy Hội đồng.")
        }
        guard try await Councils.mayRead(try req.currentUser, council, on: req.db) else {
            throw Abort(.forbidden, reason: "Bạn không thuộc Hội đồng này và không quản lý Hội đồng của tỉnh này.")
        }
        return council
    }

    static func renderPage(_ req: Request, _ council: CouncilRecord, _ memberForm: CouncilPageModel.MemberForm,
                            _ conflictForm: CouncilPageModel.ConflictForm, errors: [String: String], status: HTTPStatus) async throws -> Response {
        let user = try req.currentUser
        let db = req.db
        let members = try await CouncilMemberRecord.query(on: db).filter(\.$council.$id == council.id!).with(\.$account).all()
            .sorted { ($0.councilPosition, $0.fullName) < ($1.councilPosition, $1.fullName) }
        let meetings = try await MeetingRecord.query(on: db).filter(\.$council.$id == council.id!).with(\.$items).sort(\.$day).all()
        let agendaIDs = Set(meetings.flatMap { $0.items.map { $0.$dossier.id } })
        let candidates = try await MeetingScheduleController.candidates(for: council, on: db)
        let onAgendas = try await DossierRecord.query(on: db).filter(\.$id ~~ Array(agendaIDs)).with(\.$product).all()
        let received = candidates + onAgendas.filter { dossier in !candidates.contains { $0.id == dossier.id } }
        let conflicts = try await Councils.conflicts(in: council, dossiers: received, on: db)
        let memberNames = Dictionary(uniqueKeysWithValues: members.map { ($0.id!.uuidString, $0.fullName) })
        let dossierNames = Dictionary(uniqueKeysWithValues: received.map { ($0.id!.uuidString, $0.product.name) })
        var model = CouncilPageModel(id: council.id!.uuidString, facts: [
            ("Cấp", council.councilLevel.title),
            ("Quyết định thành lập", "\(council.decisionNumber) ngày \(CalendarDay(iso: council.decisionDate)?.vietnamese ?? "")"),
            ("Nhiệm kỳ", Self.term(council)),
            ("Gửi tài liệu trước phiên họp", "\(council.materialsLeadDays) ngày làm việc"),
        ])
        model.members = members.map { .init(id: $0.id!.uuidString, name: $0.fullName, username: $0.account.username, agency: $0.agency,
                                            position: $0.councilPosition.title) }
        model.conflicts = conflicts.map { conflict in
            .init(member: memberNames[conflict.memberID] ?? "", dossier: dossierNames[conflict.dossierID] ?? "", kind: conflict.kind.title,
                  source: conflict.source.title, note: conflict.note)
        }
        model.meetings = meetings.map { meeting in
            .init(id: meeting.id!.uuidString, when: "\(meeting.time) ngày \(meeting.meetingDay?.vietnamese ?? meeting.day)", place: meeting.place,
                  round: meeting.meetingRound.title, items: meeting.items.count,
                  materials: meeting.materialsSentDay.map { "Đã gửi ngày \($0.vietnamese)" } ?? "Chưa gửi")
        }
        model.mayRunSecretariat = try await Councils.mayRunSecretariat(user, council, on: db)
        model.ownSeatID = members.first { $0.$account.id == user.id }?.id?.uuidString
        model.dossierChoices = received.map { ($0.id!.uuidString, $0.product.name) }.sorted { $0.1 < $1.1 }
        model.memberChoices = members.map { ($0.id!.uuidString, "\($0.fullName) – \($0.councilPosition.title)") }
        model.memberForm = memberForm
        model.conflictForm = conflictForm
        model.errors = errors
        return CouncilsView.page(req.pageContext(title: council.name), model).response(status: status)
    }
}
