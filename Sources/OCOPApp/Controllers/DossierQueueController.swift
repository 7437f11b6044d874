import Fluent
import Vapor
import OCOPCore

/// Hồ sơ: the work queue. Every person sees the dossiers of their scope (their producer's, their
/// commune's, their province's, everything for national officers), a tab per state with its count,
/// and the tabs that wait for their role marked "cần xử lý". Province officers see the forwarded
/// dossiers ordered by commune and round, which is how they receive them.
struct DossierQueueController: RouteCollection {
    static let perPage = 50

    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.dossiers.route, use: list)
        for format in ListExport.Format.allCases {
            signedIn.get(SiteURL.dossierExport(format: format).route) { try await export(req: $0, format: format) }
        }
    }

    func list(req: Request) async throws -> Response {
        let filter = DossierQueueFilter(req)
        let page = max(1, (try? req.query.get(Int.self, at: "trang")) ?? 1)
        let model = try await Self.model(req, filter: filter, page: page)
        return DossierQueueView.render(req.pageContext(title: "Hồ sơ"), model).response()
    }

    /// Xuất danh sách: every dossier the filter finds (not only the page shown), as .xlsx or .csv.
    func export(req: Request, format: ListExport.Format) async throws -> Response {
        let user = try req.currentUser
        let filter = DossierQueueFilter(req)
        let query = filter.narrow(ScopedList.narrow(DossierRecord.query(on: req.db), to: user.readScope(.dossiers)))
        let records = try await filter.sorted(query.with(\.$product).with(\.$producer).with(\.$round))
            .range(..<ListExport.maxRows).all()
        let rows = try await Self.rows(records, on: req.db)
        return try DossierQueueExport.response(rows, format: format, day: CalendarDay.inVietnam(Date()))
    }

    /// The queue page's content; also used to show a refused bulk step with the boxes still ticked.
    static func model(_ req: Request, filter: DossierQueueFilter, page: Int) async throws -> DossierQueueModel {
        let user = try req.currentUser
        var model = DossierQueueModel(filter: filter, page: page)
        let roles = Set(user.grants.map(\.role))
        let scope = user.readScope(.dossiers)
        let scoped = { filter.narrow(ScopedList.narrow(DossierRecord.query(on: req.db), to: scope), ignoringState: true) }
        // COUNT(state), not COUNT(id): the database answers from the state indexes without reading rows.
        let total = try await scoped().count(\.$state)
        model.tabs = [.init(state: nil, count: total, awaitsViewer: false)]
        for candidate in DossierState.allCases {
            let count = try await scoped().filter(\.$state == candidate).count(\.$state)
            model.tabs.append(.init(state: candidate, count: count, awaitsViewer: candidate.awaitingRole.map(roles.contains) ?? false))
        }
        for outcome in DossierOutcome.Kind.allCases {
            let count = try await scoped().filter(outcome.condition).count(\.$state)
            model.tabs.append(.init(state: nil, outcome: outcome, count: count, awaitsViewer: false))
        }
        let query = filter.narrowToTab(scoped().with(\.$product).with(\.$producer).with(\.$round))
        let count = model.tabs.first { $0.state == filter.state && $0.outcome == filter.outcome }?.count ?? 0
        model.found = count
        model.pageCount = max(1, (count + perPage - 1) / perPage)
        let records = try await filter.sorted(query).range((page - 1) * perPage..<(page * perPage)).all()
        model.rows = try await rows(records, on: req.db)
        model.options = try await DossierQueueOptions.load(scope: scope, filter: filter, on: req.db)
        if filter.state == .communeAssessed && roles.contains(DossierActionKind.forward.role) {
            model.bulk = .forward
        } else if filter.state == .submitted && roles.contains(.communeOfficer) {
            model.bulk = .recordSamples
        } else if filter.state == .forwarded && roles.contains(DossierActionKind.accept.role) {
            let rounds = try await EvaluationRoundsController.visible(to: user, on: req.db)
                .filter { $0.provinceCode.map(EvaluationRoundsController.ownProvinces(user).contains) ?? false }
            model.bulk = .accept(rounds: rounds.map { ($0.id!.uuidString, $0.name) })
        }
        let represented = scope.producerIDs.compactMap(UUID.init(uuidString:))
        if !represented.isEmpty {
            let products = try await ProductRecord.query(on: req.db).filter(\.$producer.$id ~~ represented).sort(\.$name).all()
            model.products = products.map { ($0.id!.uuidString, $0.name) }
        }
        return model
    }

    /// The rows of the list and of the export, with the loaded product, producer and round.
    static func rows(_ records: [DossierRecord], on db: Database) async throws -> [DossierQueueModel.Row] {
        let names = try await UnitDirectory.names(for: records.map(\.communeCode), on: db)
        let calendar = try await Councils.workingCalendar(on: db)
        let outcomes = try await DossierOutcome.of(records.compactMap(\.id), on: db)
        let today = CalendarDay.inVietnam(Date())
        return records.map { d in
            .init(id: d.id!.uuidString, pick: DossierPick(d).value, product: d.product.name, producer: d.producer.name,
                  commune: names[d.communeCode] ?? d.communeCode, round: d.round.name, kind: d.dossierKind.title,
                  productSet: d.product.productSetName, state: outcomes[d.id!]?.title ?? d.dossierState.title,
                  submittedAt: d.submittedAt.map(VietnameseFormat.dateTime) ?? "—",
                  deadline: CommuneDeadlines.queueCell(d, today: today, calendar: calendar))
        }
    }
}
