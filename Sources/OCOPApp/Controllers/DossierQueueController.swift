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
        routes.grouped(RequireLoginMiddleware()).get(SiteURL.dossiers.route, use: list)
    }

    func list(req: Request) async throws -> Response {
        let state = (try? req.query.get(String.self, at: "trang-thai")).flatMap(DossierState.init(rawValue:))
        let page = max(1, (try? req.query.get(Int.self, at: "trang")) ?? 1)
        let model = try await Self.model(req, state: state, page: page)
        return DossierQueueView.render(req.pageContext(title: "Hồ sơ"), model).response()
    }

    /// The queue page's content; also used to show a refused bulk step with the boxes still ticked.
    static func model(_ req: Request, state: DossierState?, page: Int) async throws -> DossierQueueModel {
        let user = try req.currentUser
        var model = DossierQueueModel(current: state, page: page)
        let roles = Set(user.grants.map(\.role))
        let scope = user.readScope(.dossiers)
        // COUNT(state), not COUNT(id): the database answers from the state indexes without reading rows.
        let total = try await ScopedList.narrow(DossierRecord.query(on: req.db), to: scope).count(\.$state)
        model.tabs = [.init(state: nil, count: total, awaitsViewer: false)]
        for candidate in DossierState.allCases {
            let count = try await ScopedList.narrow(DossierRecord.query(on: req.db), to: scope).filter(\.$state == candidate).count(\.$state)
            model.tabs.append(.init(state: candidate, count: count, awaitsViewer: candidate.awaitingRole.map(roles.contains) ?? false))
        }
        let query = ScopedList.narrow(DossierRecord.query(on: req.db), to: scope).with(\.$product).with(\.$producer).with(\.$round)
        if let state { query.filter(\.$state == state) }
        let count = model.tabs.first { $0.state == state }?.count ?? 0
        model.pageCount = max(1, (count + perPage - 1) / perPage)
        let records = try await query.sort(\.$communeCode).sort(\.$round.$id).sort(\.$createdAt, .descending).sort(\.$id)
            .range((page - 1) * perPage..<(page * perPage)).all()
        let names = try await UnitDirectory.names(for: records.map(\.communeCode), on: req.db)
        let calendar = try await Councils.workingCalendar(on: req.db)
        let today = CalendarDay.inVietnam(Date())
        model.rows = records.map { d in
            .init(id: d.id!.uuidString, pick: DossierPick(d).value, product: d.product.name, producer: d.producer.name,
                  commune: names[d.communeCode] ?? d.communeCode, round: d.round.name, kind: d.dossierKind.title,
                  state: d.dossierState.title, submittedAt: d.submittedAt.map(VietnameseFormat.dateTime) ?? "—",
                  deadline: CommuneDeadlines.queueCell(d, today: today, calendar: calendar))
        }
        if state == .communeAssessed && roles.contains(DossierActionKind.forward.role) {
            model.bulk = .forward
        } else if state == .forwarded && roles.contains(DossierActionKind.accept.role) {
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
}
