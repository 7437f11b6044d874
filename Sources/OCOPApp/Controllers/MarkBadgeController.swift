import Fluent
import Vapor
import OCOPCore

/// The OCOP mark's live badge (no login): `/dau-ocop/<số>/huy-hieu.svg` answers, on every request,
/// whether the product may bear the «Sản phẩm OCOP Việt Nam» mark today. Cached an hour at most, so a
/// revocation shows on shops' pages the same day.
struct MarkBadgeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.markBadge(number: ":number").route, use: badge)
    }

    func badge(req: Request) async throws -> Response {
        let number = (req.parameters.get("number") ?? "").uppercased()
        let record = try await CertificateRecord.query(on: req.db).filter(\.$number == number).first()
        let certificate = record?.certificate
        let today = CalendarDay.inVietnam(Date())
        let svg = MarkBadge.svg(number: number, star: certificate?.recognition.star, status: certificate?.status(on: today),
                                mayUseMark: certificate?.mayUseMark(on: today) ?? false)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "image/svg+xml; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        // An image, never a document that runs anything.
        headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'")
        return Response(status: certificate == nil ? .notFound : .ok, headers: headers, body: .init(string: svg))
    }
}
