import Fluent
import Vapor
import OCOPCore

/// Nhật ký thư (issue 13): every e-mail the system sent or could not send — who, what, when, the
/// result — for the officers of the unit it was about; the administrator sends a failed or
/// uncertain one again.
struct MailLogController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.mailLog.route, use: list)
        signedIn.post(SiteURL.mailResend(id: ":id").route, use: resend)
    }

    func list(req: Request) async throws -> Response {
        let user = try req.currentUser
        let scope = try req.listScope(.auditEntries)
        let status = (try? req.query.get(String.self, at: "trang-thai")).flatMap(MailStatus.init(rawValue:))
        let page = max(1, (try? req.query.get(Int.self, at: "trang")) ?? 1)
        let query = ScopedList.narrow(MailMessageRecord.query(on: req.db), to: scope)
        if let status { query.filter(\.$status == status) }
        let result = try await query.sort(\.$createdAt, .descending).sort(\.$id).paginate(PageRequest(page: page, per: Self.pageSize))
        let model = MailLogModel(rows: result.items, status: status, page: page, pageCount: max(1, result.metadata.pageCount),
                                 total: result.metadata.total, mayResend: user.may(.administerSystem),
                                 configured: req.application.mailTransport != nil)
        return MailLogView.render(req.pageContext(title: "Nhật ký thư điện tử"), model).response()
    }

    func resend(req: Request) async throws -> Response {
        try req.authorize(.administerSystem)
        guard let id = req.parameters.get("id", as: UUID.self), let message = try await MailMessageRecord.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "Không tìm thấy thư.")
        }
        guard [.failed, .uncertain, .notConfigured].contains(message.status), message.toAddress != nil else {
            throw Abort(.unprocessableEntity, reason: "Chỉ gửi lại được thư chưa gửi được hoặc không rõ đã gửi, có địa chỉ người nhận.")
        }
        let before = message.status
        try await req.db.transaction { tx in
            try await MailOutbox.requeue(message, on: tx)
            try await AuditLog.record(on: tx, actor: try req.currentUser, action: "mail.resend", recordType: "mail", recordID: id.uuidString,
                                      location: message.provinceCode.map { UnitLocation(provinceCode: $0, communeCode: message.communeCode) },
                                      before: ["status": before.title], after: ["status": MailStatus.pending.title])
        }
        let delivered = try await DailyJobs.deliverNow(req.application)
        req.flash(delivered == nil ? "Thư gửi \(message.recipientName) sẽ được gửi lại trong lần chạy việc hằng ngày tới."
                                   : "Đã gửi lại thư cho \(message.recipientName); kết quả ghi trong nhật ký dưới đây.")
        return req.redirect(to: SiteURL.mailLog.path)
    }
}
