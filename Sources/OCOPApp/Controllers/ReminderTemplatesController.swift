import Fluent
import Vapor
import OCOPCore

/// Mẫu thư nhắc hạn (issue 13): the administrator reads and rewrites the subject and body of each
/// reminder; a text naming a fact the system does not know is refused with the names, and what was
/// typed is kept. «Dùng mẫu mặc định» goes back to the shipped wording.
struct ReminderTemplatesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.reminderTemplates.route, use: list)
        signedIn.get(SiteURL.reminderTemplate(step: ":step").route, use: edit)
        signedIn.post(SiteURL.reminderTemplate(step: ":step").route, use: save)
        signedIn.post(SiteURL.reminderTemplateReset(step: ":step").route, use: reset)
    }

    struct Form: Content {
        var subject: String?
        var body: String?
    }

    func list(req: Request) async throws -> Response {
        try req.authorize(.administerSystem)
        var rows: [ReminderTemplatesView.Row] = []
        for step in CertificateReminder.allCases {
            let stored = try await MessageTemplateRecord.find(step.rawValue, on: req.db)
            rows.append(.init(step: step, subject: stored?.subject ?? ReminderTemplates.defaultTemplate(step).subject, edited: stored != nil))
        }
        return ReminderTemplatesView.list(req.pageContext(title: "Mẫu thư nhắc hạn giấy chứng nhận"), rows).response()
    }

    func edit(req: Request) async throws -> Response {
        try req.authorize(.administerSystem)
        let step = try Self.step(req)
        let template = try await ReminderTemplates.template(step, on: req.db)
        return render(req, step, template, errors: [:], status: .ok)
    }

    func save(req: Request) async throws -> Response {
        try req.authorize(.administerSystem)
        let step = try Self.step(req)
        let input = try req.content.decode(Form.self)
        let typed = ReminderTemplates.Template(subject: DossierText.trimmed(input.subject ?? ""),
                                               body: (input.body ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines))
        var errors: [String: String] = [:]
        for (field, text) in [("subject", typed.subject), ("body", typed.body)] {
            if text.isEmpty {
                errors[field] = field == "subject" ? "Vui lòng nhập tiêu đề thư." : "Vui lòng nhập nội dung thư."
            } else if case let unknown = ReminderTemplates.unknownPlaceholders(in: text), !unknown.isEmpty {
                errors[field] = "Không có thông tin nào tên " + unknown.map { "{\($0)}" }.joined(separator: ", ")
                    + ". Chỉ dùng các tên trong bảng bên dưới."
            }
        }
        if typed.subject.count > 200 { errors["subject"] = "Tiêu đề thư dài quá 200 ký tự." }
        guard errors.isEmpty else { return render(req, step, typed, errors: errors, status: .unprocessableEntity) }
        let before = try await ReminderTemplates.template(step, on: req.db)
        try await req.db.transaction { tx in
            let record = try await MessageTemplateRecord.find(step.rawValue, on: tx) ?? MessageTemplateRecord()
            record.id = step.rawValue
            record.subject = typed.subject
            record.body = typed.body
            record.updatedBy = try req.currentUser.label
            record.updatedAt = Date()
            try await record.save(on: tx)
            try await AuditLog.record(on: tx, actor: try req.currentUser, action: "template.update", recordType: "template", recordID: step.rawValue,
                                      location: nil, before: ["subject": before.subject, "body": before.body],
                                      after: ["subject": typed.subject, "body": typed.body])
        }
        req.flash("Đã lưu mẫu thư «\(step.title)». Các thư nhắc từ nay dùng mẫu này.")
        return req.redirect(to: SiteURL.reminderTemplates.path)
    }

    func reset(req: Request) async throws -> Response {
        try req.authorize(.administerSystem)
        let step = try Self.step(req)
        if let record = try await MessageTemplateRecord.find(step.rawValue, on: req.db) {
            try await req.db.transaction { tx in
                try await record.delete(on: tx)
                try await AuditLog.record(on: tx, actor: try req.currentUser, action: "template.reset", recordType: "template", recordID: step.rawValue,
                                          location: nil, before: ["subject": record.subject], after: ["subject": ReminderTemplates.defaultTemplate(step).subject])
            }
        }
        req.flash("Mẫu thư «\(step.title)» đã trở về mẫu mặc định.")
        return req.redirect(to: SiteURL.reminderTemplates.path)
    }

    private static func step(_ req: Request) throws -> CertificateReminder {
        guard let step = req.parameters.get("step").flatMap(CertificateReminder.init(rawValue:)) else {
            throw Abort(.notFound, reason: "Không có mẫu thư này.")
        }
        return step
    }

    private func render(_ req: Request, _ step: CertificateReminder, _ template: ReminderTemplates.Template, errors: [String: String],
                        status: HTTPStatus) -> Response {
        ReminderTemplatesView.edit(req.pageContext(title: "Sửa mẫu thư: \(step.title)"), step: step, template: template, errors: errors)
            .response(status: status)
    }
}
