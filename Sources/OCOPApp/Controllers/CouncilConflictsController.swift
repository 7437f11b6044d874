import Fluent
import Vapor
import OCOPCore

/// Xung đột lợi ích: a member declares their own conflict with a dossier, the secretary records a
/// member's (the system detects the obvious ones by itself, see `Councils.conflicts`). Recorded once
/// (`CouncilConflicts.record`): the same member, dossier and kind a second time changes nothing.
struct CouncilConflictsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(RequireLoginMiddleware()).post(SiteURL.councilAction(id: ":id", action: "xung-dot").route, use: recordConflict)
    }

    struct ConflictForm: Content {
        var member: String?
        var dossier: String?
        var kind: String?
        var note: String?
    }

    func recordConflict(req: Request) async throws -> Response {
        let council = try await CouncilsController.readable(req)
        let user = try req.currentUser
        let input = try req.content.decode(ConflictForm.self)
        let form = CouncilPageModel.ConflictForm(member: input.member ?? "", dossier: input.dossier ?? "", kind: input.kind ?? "",
                                                 note: DossierText.trimmed(input.note ?? ""))
        let secretariat = try await Councils.mayRunSecretariat(user, council, on: req.db)
        let ownSeat = try await Councils.seat(of: user, in: council, on: req.db)
        var errors: [String: String] = [:]
        let member = try await UUID(uuidString: form.member).asyncFlatMap { id in
            try await CouncilMemberRecord.query(on: req.db).filter(\.$id == id).filter(\.$council.$id == council.id!).first()
        }
        guard secretariat || (member != nil && member?.id == ownSeat?.id) else {
            throw Abort(.forbidden, reason: "Thành viên chỉ tự khai xung đột của mình; Thư ký ghi nhận xung đột của thành viên khác.")
        }
        if member == nil { errors["member"] = "Vui lòng chọn thành viên." }
        let dossier = try await UUID(uuidString: form.dossier).asyncFlatMap { try await DossierRecord.find($0, on: req.db) }
        if dossier == nil || (council.provinceCode != nil && dossier?.provinceCode != council.provinceCode) {
            errors["dossier"] = "Vui lòng chọn hồ sơ của tỉnh."
        }
        let kind = ConflictKind(rawValue: form.kind) ?? .other
        if let problem = ConflictOfInterest.problem(kind: kind, note: form.note) { errors["note"] = problem }
        guard errors.isEmpty, let member, let dossier else {
            return try await CouncilsController.renderPage(req, council, CouncilPageModel.MemberForm(), form, errors: errors, status: .unprocessableEntity)
        }
        try await CouncilConflicts.record(kind, note: form.note, of: member, with: dossier, in: council, declared: member.id == ownSeat?.id,
                                          actor: user, on: req.db)
        req.flash("Đã ghi nhận xung đột lợi ích của \(member.fullName).")
        return req.redirect(to: SiteURL.council(id: council.id!.uuidString).path)
    }
}
