import Fluent
import Vapor

/// Trang chủ công khai.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.home.route, use: home)
    }

    func home(req: Request) async throws -> Response {
        let provinces = try await AdminUnit.query(on: req.db).filter(\.$level == .province).count()
        let communes = try await AdminUnit.query(on: req.db).filter(\.$level == .commune).count()
        let context = req.pageContext(title: "Hệ thống quản lý Chương trình OCOP")
        return HomeView.render(context, HomeModel(provinces: provinces, communes: communes)).response()
    }
}
