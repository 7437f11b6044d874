import Fluent
import Vapor
import OCOPCore

/// Hộp thông báo: each person's messages about the dossiers they work on, newest first; opening one
/// marks it read and goes to the dossier. Only the owner's rows are ever read or changed.
struct NotificationsController: RouteCollection {
    static let perPage = 30

    func boot(routes: any RoutesBuilder) throws {
        let inbox = routes.grouped(RequireLoginMiddleware())
        inbox.get(SiteURL.notifications.route, use: list)
        inbox.post(SiteURL.notificationRead(id: nil).route, use: readAll)
        inbox.post(SiteURL.notificationRead(id: ":id").route, use: open)
    }

    func list(req: Request) async throws -> Response {
        let user = try req.currentUser
        let page = max(1, (try? req.query.get(Int.self, at: "trang")) ?? 1)
        let (rows, total) = try await Notifications.inbox(for: user.id, page: page, perPage: Self.perPage, on: req.db)
        let model = InboxModel(rows: rows.map {
            InboxModel.Row(id: $0.id!.uuidString, text: $0.text, at: VietnameseFormat.dateTime($0.createdAt), unread: $0.readAt == nil,
                           button: InboxModel.buttonLabel(for: $0.link))
        }, page: page, pageCount: max(1, (total + Self.perPage - 1) / Self.perPage), unread: user.unreadNotifications)
        return InboxView.render(req.pageContext(title: "Thông báo"), model).response()
    }

    /// Marks the message read and follows its link (a form, so a link prefetch never marks it).
    func open(req: Request) async throws -> Response {
        let user = try req.currentUser
        guard let id = req.parameters.get("id", as: UUID.self),
              let note = try await NotificationRecord.query(on: req.db).filter(\.$id == id).filter(\.$account.$id == user.id).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy thông báo.")
        }
        try await Notifications.markRead(id, for: user.id, on: req.db)
        return req.redirect(to: note.link)
    }

    func readAll(req: Request) async throws -> Response {
        try await Notifications.markRead(nil, for: try req.currentUser.id, on: req.db)
        req.flash("Đã đánh dấu tất cả thông báo là đã đọc.")
        return req.redirect(to: SiteURL.notifications.path)
    }
}
