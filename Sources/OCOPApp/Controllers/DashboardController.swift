import Fluent
import Vapor
import OCOPCore

/// Bảng điều khiển theo vai trò: each role lands on counts of its own scope.
struct DashboardController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(RequireLoginMiddleware()).get(SiteURL.dashboard.route, use: show)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.currentUser
        guard let grant = user.primaryGrant else {
            throw Abort(.forbidden, reason: "Tài khoản của bạn chưa được cấp vai trò nào. Vui lòng liên hệ quản trị.")
        }
        var model = try await model(for: grant, user, on: req.db)
        model.stats = try await waitingDossiers(user, role: grant.role, on: req.db)
            + CommuneDeadlines.dashboardStats(user, role: grant.role, on: req.db) + model.stats
        let recent = try await ScopedList.query(AuditEntry.self, for: user, .auditEntries, on: req.db) { $0.filter(\.$actorID == user.id) }
            .sort(\.$at, .descending).limit(8).all()
        model.recentActivity = try await UnitDirectory.rows(recent, on: req.db)
        model.followUp = try await followUp(user, role: grant.role, on: req.db)
        return DashboardView.render(req.pageContext(title: "Bảng điều khiển"), model).response()
    }

    /// The dossiers waiting for this person's step, one tile per state, first on the page: the work
    /// of the day (commune: submitted, assessed, returned by the province; province: forwarded).
    private func waitingDossiers(_ user: CurrentUser, role: Role, on db: Database) async throws -> [DashboardModel.Stat] {
        var stats: [DashboardModel.Stat] = []
        for state in DossierState.allCases where state.awaitingRole == role {
            let count = try await ScopedList.query(DossierRecord.self, for: user, .dossiers, on: db).filter(\.$state == state).count(\.$state)
            stats.append(.init(label: "Hồ sơ «\(state.title)»", value: count, url: .dossierQueue(state: state)))
        }
        return stats
    }

    /// The certificate follow-up of those who remind holders (officers) and of holders themselves;
    /// not of council members, who follow no certificates, nor of the administrator.
    private func followUp(_ user: CurrentUser, role: Role, on db: Database) async throws -> DashboardModel.FollowUp? {
        guard role != .councilMember, role != .administrator else { return nil }
        let scope = ScopedList.scope(user, .products)
        guard !scope.isEmpty else { return nil }
        let today = CalendarDay.inVietnam(Date())
        var filter = CertificateFollowUpFilter()
        filter.list = .windowOpen
        let first = try await filter.sorted(CertificateFollowUp.query(filter, scope: scope, today: today, on: db)).limit(5).all()
        return .init(counts: try await CertificateFollowUp.counts(scope: scope, today: today, on: db),
                     firstOpen: try await CertificateFollowUp.rows(first, today: today, on: db), ownOnly: !scope.reachesUnits)
    }

    private func model(for grant: RoleGrant, _ user: CurrentUser, on db: Database) async throws -> DashboardModel {
        let scopeName = try await UnitDirectory.describe(grant.location, on: db)
        let dayAgo = Date().addingTimeInterval(-86_400)
        let provinces = try await AdminUnit.query(on: db).filter(\.$level == .province).count()
        let communes = try await AdminUnit.query(on: db).filter(\.$level == .commune).count()
        var model = DashboardModel(roleTitle: grant.role.title, scopeName: scopeName, stats: [], links: [], recentActivity: [])
        switch grant.role {
        case .administrator, .nationalOfficer:
            let accounts = try await UserAccount.query(on: db).filter(\.$isActive == true).count()
            let provincialOfficers = try await grants(.provincialOfficer, on: db).count()
            let communeOfficers = try await grants(.communeOfficer, on: db).count()
            let changes = try await AuditEntry.query(on: db).filter(\.$at >= dayAgo).count()
            model.stats = [
                .init(label: "Tỉnh, thành phố", value: provinces, url: .units),
                .init(label: "Xã, phường, đặc khu", value: communes, url: .units),
                .init(label: "Tài khoản đang hoạt động", value: accounts, url: user.may(.administerAccounts) ? .accounts : nil),
                .init(label: "Cán bộ cấp tỉnh", value: provincialOfficers),
                .init(label: "Cán bộ cấp xã", value: communeOfficers),
                .init(label: "Thao tác trong 24 giờ qua", value: changes, url: .audit),
            ]
            model.links = user.may(.administerAccounts)
                ? [("Tạo tài khoản", .newAccount), ("Xem nhật ký thao tác", .audit)]
                : [("Tra cứu đơn vị hành chính", .units), ("Xem nhật ký thao tác", .audit)]
        case .provincialOfficer:
            let province = grant.location.provinceCode!
            let inProvince = try await AdminUnit.query(on: db).filter(\.$provinceCode == province).filter(\.$level == .commune).count()
            let officers = try await grants(.communeOfficer, on: db).filter(\.$provinceCode == province).all(\.$communeCode)
            let accounts = Set(try await RoleAssignment.query(on: db).filter(\.$provinceCode == province).all(\.$account.$id)).count
            let changes = try await AuditEntry.query(on: db).filter(\.$provinceCode == province).filter(\.$at >= dayAgo).count()
            let producers = try await ProducerRecord.query(on: db).filter(\.$provinceCode == province)
                .filter(\.$producerStatus == .active).count()
            let products = try await ProductRecord.query(on: db).filter(\.$provinceCode == province).count()
            let awaiting = try await CouncilWork.awaitingDecision(provinceCode: province, today: .inVietnam(Date()), on: db)
            model.stats = [
                .init(label: "Phiên họp đủ phiếu, chờ quyết định", value: awaiting.count,
                      url: awaiting.count == 1 ? .meetingAction(id: awaiting[0].id!.uuidString, action: .results) : .councils),
                .init(label: "Xã, phường trong tỉnh", value: inProvince, url: .provinceWorkspace(code: province)),
                .init(label: "Xã đã có cán bộ OCOP", value: Set(officers.compactMap { $0 }).count, url: .provinceWorkspace(code: province)),
                .init(label: "Chủ thể trong tỉnh", value: producers, url: .producers),
                .init(label: "Sản phẩm trong tỉnh", value: products, url: .products),
                .init(label: "Tài khoản trong tỉnh", value: accounts, url: .accounts),
                .init(label: "Thao tác trong 24 giờ qua", value: changes, url: .audit),
            ]
            model.links = [("Tạo tài khoản cho cán bộ xã", .newAccount), ("Danh sách xã của tỉnh", .provinceWorkspace(code: province))]
        case .communeOfficer:
            let commune = grant.location.communeCode!
            let officers = try await grants(.communeOfficer, on: db).filter(\.$communeCode == commune).count()
            let producers = try await grants(.producerRepresentative, on: db).filter(\.$communeCode == commune).count()
            let changes = try await AuditEntry.query(on: db).filter(\.$communeCode == commune).count()
            let producerCount = try await ProducerRecord.query(on: db).filter(\.$communeCode == commune)
                .filter(\.$producerStatus == .active).count()
            let pending = try await ProducerRecord.query(on: db).filter(\.$communeCode == commune)
                .filter(\.$producerStatus == .pending).count()
            let products = try await ProductRecord.query(on: db).filter(\.$communeCode == commune).count()
            model.stats = [
                .init(label: "Chủ thể của xã", value: producerCount, url: .producers),
                .init(label: "Sản phẩm của xã", value: products, url: .products),
                .init(label: "Đăng ký chủ thể chờ duyệt", value: pending, url: .producers),
                .init(label: "Cán bộ OCOP của xã", value: officers, url: .communeWorkspace(code: commune)),
                .init(label: "Tài khoản đại diện chủ thể", value: producers, url: .communeWorkspace(code: commune)),
                .init(label: "Thao tác đã ghi nhật ký", value: changes, url: .audit),
            ]
            model.links = [("Thêm chủ thể", .newProducer), ("Danh sách chủ thể", .producers), ("Trang của xã", .communeWorkspace(code: commune))]
        case .councilMember:
            let members = try await grants(.councilMember, on: db).filter(\.$provinceCode == grant.location.provinceCode).count()
            model.stats = [.init(label: "Thành viên hội đồng trong tỉnh", value: members)]
            model.councilWork = try await CouncilWork.meetings(for: user, today: .inVietnam(Date()), on: db)
            if model.councilWork.isEmpty {
                model.note = "Hiện bạn chưa có phiên họp nào cần chấm. Khi Thư ký gửi tài liệu một phiên họp của hội đồng bạn tham gia, phiếu chấm sẽ hiện tại đây."
            }
        case .producerRepresentative:
            let officers = try await grants(.communeOfficer, on: db).filter(\.$communeCode == grant.location.communeCode).count()
            var producer: ProducerRecord?
            var products: [ProductRecord] = []
            if let id = grant.subjectID.flatMap(UUID.init(uuidString:)), let found = try await ProducerRecord.find(id, on: db) {
                producer = found
                products = try await found.$products.query(on: db).with(\.$recognitions).all()
            }
            let today = CalendarDay.inVietnam(Date())
            let recognitions = products.flatMap { $0.recognitions.compactMap(\.recognition) }
            let valid = products.filter { $0.recognitions.compactMap(\.recognition).contains { $0.isValid(on: today) } }.count
            model.stats = [
                .init(label: "Sản phẩm của chủ thể", value: products.count, url: .products),
                .init(label: "Sản phẩm OCOP còn hiệu lực", value: valid, url: .products),
                .init(label: "Quyết định công nhận đã hết hạn", value: recognitions.filter { !$0.isValid(on: today) }.count, url: .products),
                .init(label: "Cán bộ OCOP của xã hỗ trợ bạn", value: officers),
            ]
            if let producer {
                model.scopeName = "\(producer.name) — \(scopeName)"
                model.links = [("Thông tin chủ thể", .producer(id: producer.id!.uuidString)), ("Sản phẩm của tôi", .products),
                               ("Thêm sản phẩm", .newProduct(producerID: producer.id!.uuidString))]
            } else {
                model.note = "Tài khoản của bạn chưa được gắn với chủ thể nào. Vui lòng liên hệ cán bộ OCOP của xã."
            }
        }
        return model
    }

    private func grants(_ role: Role, on db: Database) -> QueryBuilder<RoleAssignment> {
        RoleAssignment.query(on: db).filter(\.$role == role.rawValue)
    }
}
