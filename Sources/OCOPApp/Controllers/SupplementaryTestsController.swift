import Fluent
import Vapor
import OCOPCore

/// Kiểm nghiệm bổ sung: the secretary records what the council asked to be tested between round 1
/// and round 2 (what, which laboratory) and files the result document when it arrives; whoever may
/// read the dossier may download it.
struct SupplementaryTestsController: RouteCollection {
    let uploadBodyLimit: Int

    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.post(SiteURL.meetingAction(id: ":meeting", action: .requestTest).route, use: request)
        signedIn.upload(SiteURL.testResult(id: ":test").route, limit: uploadBodyLimit, use: fileResult)
        signedIn.get(SiteURL.testFile(id: ":test").route, use: download)
    }

    struct RequestForm: Content {
        var dossier: String?
        var requested: String?
        var laboratory: String?
    }

    func request(req: Request) async throws -> Response {
        let (meeting, council) = try await MeetingsController.readable(req)
        let user = try req.currentUser
        guard try await Councils.mayRunSecretariat(user, council, on: req.db) else {
            throw Abort(.forbidden, reason: "Chỉ Thư ký Hội đồng hoặc cán bộ quản lý Hội đồng ghi yêu cầu kiểm nghiệm bổ sung.")
        }
        let input = try req.content.decode(RequestForm.self)
        var form = MeetingPageModel.TestForm(dossier: input.dossier ?? "", requested: DossierText.trimmed(input.requested ?? ""),
                                             laboratory: DossierText.trimmed(input.laboratory ?? ""))
        let onAgenda = try await UUID(uuidString: form.dossier).asyncFlatMap { id in
            try await MeetingItemRecord.query(on: req.db).filter(\.$meeting.$id == meeting.id!).filter(\.$dossier.$id == id).first()
        }
        if onAgenda == nil { form.errors["dossier"] = "Vui lòng chọn một hồ sơ của phiên họp." }
        if form.requested.isEmpty { form.errors["requested"] = "Vui lòng ghi chỉ tiêu cần kiểm nghiệm." }
        if form.laboratory.isEmpty { form.errors["laboratory"] = "Vui lòng ghi phòng thử nghiệm." }
        guard form.errors.isEmpty, let onAgenda else {
            return try await MeetingsController.renderPage(req, meeting, council, testForm: form, status: .unprocessableEntity)
        }
        let taken = try await SupplementaryTests.request(form.requested, laboratory: form.laboratory, on: onAgenda.$dossier.id,
                                                         at: meeting.id!, council: council, actor: user, on: req.db)
        if case .failure(let refusal) = taken {
            form.errors["dossier"] = refusal.message
            return try await MeetingsController.renderPage(req, meeting, council, testForm: form, status: .unprocessableEntity)
        }
        req.flash("Đã ghi yêu cầu kiểm nghiệm bổ sung.")
        return req.redirect(to: SiteURL.meeting(id: meeting.id!.uuidString).path)
    }

    func fileResult(req: Request) async throws -> Response {
        let (test, meeting, council) = try await find(req)
        let user = try req.currentUser
        guard try await Councils.mayRunSecretariat(user, council, on: req.db) else {
            throw Abort(.forbidden, reason: "Chỉ Thư ký Hội đồng hoặc cán bộ quản lý Hội đồng nộp kết quả kiểm nghiệm.")
        }
        let form = try req.multipartForm()
        let upload = (file: form.file(named: "file"), note: form.text(named: "note"))
        let path = SiteURL.meeting(id: meeting.id!.uuidString).path
        guard let file = upload.file, file.data.readableBytes > 0 else {
            req.flash("Vui lòng chọn tệp kết quả kiểm nghiệm.")
            return req.redirect(to: path)
        }
        switch try await SupplementaryTests.fileResult(Data(buffer: file.data), fileName: file.filename, note: DossierText.trimmed(upload.note ?? ""),
                                                       for: test, council: council, actor: user, store: req.application, on: req.db) {
        case .failure(let refusal):
            req.flash("Chưa nộp được kết quả: \(refusal.message)")
        case .success(let stored):
            req.flash("Đã nộp kết quả kiểm nghiệm \(stored.fileName).")
        }
        return req.redirect(to: path)
    }

    func download(req: Request) async throws -> Response {
        let (test, _, _) = try await find(req)
        _ = try await req.readableDossier(test.$dossier.id)
        guard let file = try await test.$resultFile.get(on: req.db) else { throw Abort(.notFound, reason: "Chưa có kết quả kiểm nghiệm.") }
        return try await FileStore.response(file, on: req.application)
    }

    private func find(_ req: Request) async throws -> (SupplementaryTestRecord, MeetingRecord, CouncilRecord) {
        guard let id = req.parameters.get("test", as: UUID.self),
              let test = try await SupplementaryTestRecord.query(on: req.db).filter(\.$id == id).with(\.$meeting, { $0.with(\.$council) }).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy yêu cầu kiểm nghiệm.")
        }
        return (test, test.meeting, test.meeting.council)
    }
}
