import Fluent
import Vapor
import OCOPCore

/// Lịch làm việc: the year's holidays as the working-day rule counts them, and the days the
/// government moves each year (extra days off, Saturdays worked), which only an administrator keys in
/// (`CalendarAdjustments`).
struct WorkingCalendarController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let calendar = routes.grouped(RequireLoginMiddleware())
        calendar.get(SiteURL.workingCalendar.route, use: show)
        calendar.post(SiteURL.workingCalendar.route, use: add)
        calendar.post(SiteURL.removeCalendarAdjustment(id: ":id").route, use: remove)
    }

    func show(req: Request) async throws -> Response {
        let year = (try? req.query.get(Int.self, at: "nam")) ?? CalendarDay.inVietnam(Date()).year
        return try await render(req, year: min(max(year, 1900), 2199), form: nil, errors: [:], status: .ok)
    }

    struct Form: Content {
        var day: String?
        var kind: String?
        var note: String?
    }

    func add(req: Request) async throws -> Response {
        try req.authorize(.administerSystem)
        let input = try req.content.decode(Form.self)
        let form = (day: input.day ?? "", kind: input.kind ?? "", note: DossierText.trimmed(input.note ?? ""))
        var errors: [String: String] = [:]
        let day = CalendarDay(typed: form.day)
        if day == nil { errors["day"] = "Ngày không hợp lệ." }
        if form.note.isEmpty { errors["note"] = "Vui lòng ghi căn cứ (số thông báo, quyết định)." }
        let kind = CalendarAdjustment.Kind(rawValue: form.kind) ?? .dayOff
        if let day, let taken = try await CalendarAdjustments.refusal(adding: day, on: req.db) { errors["day"] = taken.message }
        guard errors.isEmpty, let day else {
            return try await render(req, year: day?.year ?? CalendarDay.inVietnam(Date()).year, form: form, errors: errors, status: .unprocessableEntity)
        }
        if case .failure(let refusal) = try await CalendarAdjustments.add(kind, on: day, note: form.note, actor: try req.currentUser, on: req.db) {
            return try await render(req, year: day.year, form: form, errors: ["day": refusal.message], status: .unprocessableEntity)
        }
        req.flash("Đã thêm điều chỉnh ngày \(day.vietnamese).")
        return req.redirect(to: "\(SiteURL.workingCalendar.path)?nam=\(day.year)")
    }

    func remove(req: Request) async throws -> Response {
        try req.authorize(.administerSystem)
        guard let id = req.parameters.get("id", as: UUID.self), let record = try await CalendarAdjustmentRecord.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "Không tìm thấy điều chỉnh.")
        }
        try await CalendarAdjustments.remove(record, actor: try req.currentUser, on: req.db)
        req.flash("Đã xóa điều chỉnh ngày \(CalendarDay(iso: record.day)?.vietnamese ?? record.day).")
        return req.redirect(to: "\(SiteURL.workingCalendar.path)?nam=\(CalendarDay(iso: record.day)?.year ?? 0)")
    }

    private func render(_ req: Request, year: Int, form: (day: String, kind: String, note: String)?, errors: [String: String],
                        status: HTTPStatus) async throws -> Response {
        let holidays = VietnamesePublicHolidays()
        var days = holidays.holidays(in: year).map { ($0.day, $0.name) } + holidays.compensatoryDays(in: year).map { ($0.day, $0.name) }
        days.sort { $0.0 < $1.0 }
        let adjustments = try await CalendarAdjustmentRecord.query(on: req.db).filter(\.$day >= "\(year)-01-01")
            .filter(\.$day <= "\(year)-12-31").sort(\.$day).all()
        var model = WorkingCalendarModel(
            year: year, days: days.map { ($0.0.vietnamese, $0.0.weekday.vietnamese, $0.1) },
            adjustments: adjustments.map { record in
                .init(id: record.id!.uuidString, day: CalendarDay(iso: record.day)?.vietnamese ?? record.day,
                      kind: record.kind == CalendarAdjustment.Kind.dayOff.rawValue ? "Ngày nghỉ thêm" : "Ngày làm bù", note: record.note)
            },
            mayEdit: AccessPolicy().decide(try req.currentUser.grants, .administerSystem).isAllowed)
        if let form { model.form = form }
        model.errors = errors
        return WorkingCalendarView.render(req.pageContext(title: "Lịch làm việc năm \(year)"), model).response(status: status)
    }
}
