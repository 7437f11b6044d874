import Fluent
import Vapor
import OCOPCore

/// Theo dõi giấy chứng nhận (issue 13): the certificates of the reader's scope whose re-evaluation
/// window opens soon, is open, was missed, or that expired this year, so a commune or province
/// reminds holders before the certificate lapses; a representative sees their own. Paged, printable
/// whole, and exported whole.
struct CertificateFollowUpController: RouteCollection {
    static let pageSize = 50
    /// The print version holds the whole list up to this many rows (a province's year is a few hundred).
    static let printRows = 2_000

    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.certificateFollowUp.route, use: list)
        for format in ListExport.Format.allCases {
            signedIn.get(SiteURL.certificateFollowUpExport(format: format).route) { try await export(req: $0, format: format) }
        }
    }

    func list(req: Request) async throws -> Response {
        let scope = try req.listScope(.products)
        let filter = CertificateFollowUpFilter(req)
        let today = CalendarDay.inVietnam(Date())
        let printing = (try? req.query.get(String.self, at: "ban-in")) == "1"
        let page = printing ? 1 : max(1, (try? req.query.get(Int.self, at: "trang")) ?? 1)
        let query = filter.sorted(CertificateFollowUp.query(filter, scope: scope, today: today, on: req.db))
        let result = try await query.paginate(PageRequest(page: page, per: printing ? Self.printRows : Self.pageSize))
        var model = CertificateFollowUpModel(filter: filter, today: today,
                                             counts: try await CertificateFollowUp.counts(scope: scope, today: today, on: req.db),
                                             rows: try await CertificateFollowUp.rows(result.items, today: today, on: req.db))
        model.page = page
        model.pageCount = max(1, result.metadata.pageCount)
        model.total = result.metadata.total
        model.printing = printing
        model.ownOnly = !scope.reachesUnits
        model.mayRevoke = RevocationsController.mayRevoke(try req.currentUser)
        model.units = try await ScopeUnitChoices.load(scope: scope, chosenProvince: filter.province, on: req.db)
        let title = scope.reachesUnits ? "Theo dõi giấy chứng nhận OCOP" : "Giấy chứng nhận OCOP của tôi"
        return CertificateFollowUpView.render(req.pageContext(title: title), model).response()
    }

    /// Every certificate the filter finds in the list, not only the page shown.
    func export(req: Request, format: ListExport.Format) async throws -> Response {
        let scope = try req.listScope(.products)
        let filter = CertificateFollowUpFilter(req)
        let today = CalendarDay.inVietnam(Date())
        let found = try await filter.sorted(CertificateFollowUp.query(filter, scope: scope, today: today, on: req.db))
            .range(..<ListExport.maxRows).all()
        let rows = try await CertificateFollowUp.rows(found, today: today, on: req.db)
        let table = [CertificateFollowUpModel.exportHeader] + rows.enumerated().map { CertificateFollowUpModel.exportRow($0.offset + 1, $0.element) }
        return try ListExport.response(table, sheetName: "Theo dõi giấy chứng nhận", fileStem: "theo-doi-chung-nhan-\(filter.list.rawValue)",
                                       format: format, day: today)
    }
}
