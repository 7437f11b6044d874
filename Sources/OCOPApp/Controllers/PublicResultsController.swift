import Fluent
import Vapor
import OCOPCore

/// Sản phẩm OCOP: the published results, open to everyone (no login) — the products whose
/// certificate is valid today, newest decisions first, searchable by name and narrowed by province.
/// Expired and revoked certificates leave the list, as the programme requires.
struct PublicResultsController: RouteCollection {
    static let perPage = 50

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.publicResults.route, use: list)
    }

    func list(req: Request) async throws -> Response {
        let text = DossierText.trimmed((try? req.query.get(String.self, at: "q")) ?? "")
        let province = (try? req.query.get(String.self, at: "tinh")) ?? ""
        let page = max(1, (try? req.query.get(Int.self, at: "trang")) ?? 1)
        let today = CalendarDay.inVietnam(Date())
        // Valid today: decided at most 36 months ago (the expiry day itself is no longer valid), not revoked.
        let earliest = today.addingMonths(-ProductRecognition.validityMonths).adding(days: 1)
        let query = CertificateRecord.query(on: req.db).filter(\.$revokedAt == nil)
            .filter(\.$decisionDay >= earliest.iso).filter(\.$decisionDay <= today.iso)
            .join(ProductRecord.self, on: \CertificateRecord.$product.$id == \ProductRecord.$id)
            .with(\.$decision).with(\.$product) { $0.with(\.$producer) }
            .sort(\.$decisionDay, .descending).sort(\.$number)
        if !province.isEmpty { query.filter(ProductRecord.self, \.$provinceCode == province) }
        for word in SearchFolding.fold(text).split(separator: " ") { query.filter(ProductRecord.self, \.$searchKey ~~ String(word)) }
        let result = try await query.paginate(PageRequest(page: page, per: Self.perPage))
        let names = try await UnitDirectory.names(for: result.items.flatMap { [$0.product.provinceCode, $0.product.communeCode] }, on: req.db)
        let provinces = try await AdminUnit.query(on: req.db).filter(\.$level == .province).sort(\.$name).all()
        let model = PublicResultsModel(
            query: text, province: province, page: page, pageCount: max(1, result.metadata.pageCount), total: result.metadata.total,
            provinces: [("", "Tất cả tỉnh, thành phố")] + provinces.map { ($0.id!, $0.nameWithType) },
            rows: result.items.map { certificate in
                .init(product: certificate.product.name, producer: certificate.product.producer.name,
                      place: [names[certificate.product.communeCode], names[certificate.product.provinceCode]].compactMap { $0 }.joined(separator: ", "),
                      star: Star(rawValue: certificate.star).map { "\($0)" } ?? "", certificate: certificate.number,
                      decision: "\(certificate.decision.number) ngày \(CalendarDay(iso: certificate.decisionDay)?.vietnamese ?? "")")
            })
        return PublicResultsView.render(req.pageContext(title: "Sản phẩm OCOP được công nhận"), model).response()
    }
}
