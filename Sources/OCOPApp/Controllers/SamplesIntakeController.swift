import Fluent
import Vapor
import OCOPCore

/// Nhận sản phẩm mẫu của nhiều hồ sơ (26/2026 Điều 6.2.d): the commune receives the samples of a
/// day's dossiers together, and records them from the queue's «Đã nộp» tab in one step. All or
/// none: a dossier that cannot take a receipt (another commune's, a tourism product, one no longer
/// with the commune) is named and nothing is written; one already recorded keeps its first receipt.
struct SamplesIntakeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(RequireLoginMiddleware()).post(SiteURL.dossierSamplesIntake.route, use: record)
    }

    struct Form: Content {
        var receivedOn: String?
        var dossiers: [String]?

        enum CodingKeys: String, CodingKey {
            case receivedOn
            case dossiers = "ho-so"
        }
    }

    func record(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let user = try req.currentUser
        let picked = try await req.pickedDossiers(form.dossiers ?? []).map(\.0)
        let typed = DossierText.trimmed(form.receivedOn ?? "")
        let today = CalendarDay.inVietnam(Date())
        var errors: [String] = []
        if picked.isEmpty { errors.append("Vui lòng chọn ít nhất một hồ sơ đã nhận sản phẩm mẫu.") }
        let day = CalendarDay(typed: typed)
        if day == nil { errors.append("Vui lòng nhập ngày nhận sản phẩm mẫu (ngày/tháng/năm).") }
        if let day, day > today { errors.append("Ngày nhận không được sau hôm nay (\(today.vietnamese)).") }
        for found in picked {
            try req.authorize(.receiveDossierSamples(found.dossier.location))
            if let refusal = try await DossierSamples.refusal(found, on: req.db) { errors.append("\(found.product.name): \(refusal)") }
        }
        if errors.isEmpty, let day {
            // One transaction: a failure on the fifth dossier leaves none of the first four recorded.
            try await req.db.transaction { tx in
                for found in picked { _ = try await DossierSamples.record(found, receivedOn: day, actor: user, on: tx) }
            }
            req.flash("Đã ghi nhận \(ProductSamples.countText) nhận ngày \(day.vietnamese) của \(picked.count) hồ sơ.")
            return req.redirect(to: SiteURL.dossierQueue(state: .submitted).path)
        }
        var submitted = DossierQueueFilter()
        submitted.state = .submitted
        var model = try await DossierQueueController.model(req, filter: submitted, page: 1)
        model.errors = errors + ["Chưa ghi nhận hồ sơ nào; các hồ sơ đã chọn vẫn được giữ."]
        model.selected = Set(picked.map { $0.dossier.id!.uuidString })
        model.samplesDay = typed
        return DossierQueueView.render(req.pageContext(title: "Hồ sơ"), model).response(status: .unprocessableEntity)
    }
}
