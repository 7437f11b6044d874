import Fluent
import Vapor
import OCOPCore

/// Chấm điểm: each member scores each dossier of the meeting on the product set's sheet (on a phone
/// or a laptop, the dossier beside it), saves drafts and submits; a submitted sheet is locked and a
/// rescore after discussion is a new version. The secretary follows it live on the board.
struct ScoringController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        let sheet = SiteURL.scoringSheet(meeting: ":meeting", dossier: ":dossier").route
        signedIn.get(sheet, use: page)
        signedIn.post(sheet, use: save)
        signedIn.post(SiteURL.rescore(meeting: ":meeting", dossier: ":dossier").route, use: rescore)
        signedIn.post(SiteURL.requestMeeting(meeting: ":meeting", dossier: ":dossier").route, use: requestMeeting)
        signedIn.get(SiteURL.meetingAction(id: ":meeting", action: .board).route, use: board)
    }

    struct Context {
        let meeting: MeetingRecord
        let council: CouncilRecord
        let dossier: DossierRecord
        let seat: CouncilMemberRecord
        /// Loaded once per request: who may open the sheet and which buttons it offers.
        let facts: MeetingFacts
    }

    /// The meeting, the dossier and the signed-in member's seat, or 403 with the reason.
    private func context(_ req: Request) async throws -> Context {
        guard let meetingID = req.parameters.get("meeting", as: UUID.self), let dossierID = req.parameters.get("dossier", as: UUID.self),
              let meeting = try await MeetingRecord.query(on: req.db).filter(\.$id == meetingID).with(\.$council).first(),
              let dossier = try await DossierRecord.query(on: req.db).filter(\.$id == dossierID).with(\.$product).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy phiên họp hoặc hồ sơ.")
        }
        let seat = try await Councils.seat(of: try req.currentUser, in: meeting.council, on: req.db)
        let facts = try await CouncilSteps.facts(of: meetingID, on: req.db)
        if let reason = try await Scoring.refusal(seat: seat, meeting: meeting, facts: facts, council: meeting.council, dossier: dossier,
                                                    user: try req.currentUser, on: req.db) {
            throw Abort(.forbidden, reason: reason)
        }
        return Context(meeting: meeting, council: meeting.council, dossier: dossier, seat: seat!, facts: facts)
    }

    func page(req: Request) async throws -> Response {
        let context = try await context(req)
        var fields = (try? req.query.decode([String: String].self)) ?? [:]
        if fields.removeValue(forKey: "phan") == "ket-qua" {
            let (answers, facts) = SheetTrial.parse(fields)
            let sheet = try await DossierSelfAssessment.sheet(context.dossier, product: context.dossier.product, answers: answers, facts: facts, on: req.db)
            var headers = HTTPHeaders()
            headers.contentType = .html
            return Response(status: .ok, headers: headers, body: .init(string: (try? sheet.get()).map { ScoringView.result($0).render() } ?? ""))
        }
        return try await render(req, context, answers: nil, facts: nil, errors: [], status: .ok)
    }

    func save(req: Request) async throws -> Response {
        let context = try await context(req)
        var fields = try req.content.decode([String: String].self)
        // "review" asks first (the page's button), "edit" comes back from that question to the
        // form, "submit" submits (the question's button, and the API's), anything else saves a draft.
        let step = fields.removeValue(forKey: ScoringView.buttonName) ?? "draft"
        let submit = step == "submit"
        let carried = fields.filter { !$0.key.hasPrefix("_") }.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        let remark = fields.removeValue(forKey: "remark") ?? ""
        let loadedVersion = fields.removeValue(forKey: ScoringView.versionField).flatMap { Int($0) }
        let (answers, facts) = SheetTrial.parse(fields)
        let sheet = try await DossierSelfAssessment.sheet(context.dossier, product: context.dossier.product, answers: answers, facts: facts, on: req.db)
        guard case .success(let scored) = sheet else {
            return try await render(req, context, answers: answers, facts: facts, remark: remark, errors: DossierSelfAssessment.problems(sheet),
                                    status: .unprocessableEntity)
        }
        if step == "edit" {
            return try await render(req, context, answers: answers, facts: facts, remark: remark, errors: [], status: .ok)
        }
        if step == "review" {
            let refusal = Scoring.incomplete(scored)?.messages
                ?? MeetingWorkflow.refusal(.submitSheet, context.facts, today: .inVietnam(Date())).map { [$0.message] }
            if let refusal {
                return try await render(req, context, answers: answers, facts: facts, remark: remark, errors: refusal, status: .unprocessableEntity)
            }
            let model = SheetConfirmationModel(meetingID: context.meeting.id!.uuidString, dossierID: context.dossier.id!.uuidString,
                                               productName: context.dossier.product.name, version: loadedVersion ?? 1, carried: carried)
            return SheetConfirmationView.render(req.pageContext(title: "Nộp phiếu chấm: \(context.dossier.product.name)"), model, scored).response()
        }
        switch try await Scoring.save(answers, facts: facts, remark: remark, submit: submit, sheet: scored, loadedVersion: loadedVersion,
                                      meeting: context.meeting, dossier: context.dossier, seat: context.seat, actor: try req.currentUser, on: req.db) {
        case .failure(let refusal):
            return try await render(req, context, answers: answers, facts: facts, remark: remark, errors: refusal.messages,
                                    status: refusal.isConflict ? .conflict : .unprocessableEntity)
        case .success(let submitted):
            req.flash(submitted ? "Đã nộp phiếu chấm: \(scored.outcome.result?.total.vietnamese ?? "") điểm." : "Đã lưu nháp phiếu chấm.")
            return req.redirect(to: path(context))
        }
    }

    func rescore(req: Request) async throws -> Response {
        let context = try await context(req)
        if let refused = try await Scoring.rescore(meeting: context.meeting, dossier: context.dossier, seat: context.seat,
                                                   actor: try req.currentUser, on: req.db) {
            req.flash(refused.message)
            return req.redirect(to: path(context))
        }
        req.flash("Đã mở phiên bản mới để chấm lại; phiếu đã nộp trước vẫn được giữ.")
        return req.redirect(to: path(context))
    }

    /// Đề nghị họp trực tiếp (written opinions only): kept once, or refused with the typed reason kept.
    func requestMeeting(req: Request) async throws -> Response {
        let context = try await context(req)
        struct Form: Content { var reason: String? }
        let reason = try req.content.decode(Form.self).reason ?? ""
        if let refused = try await WrittenOpinionRound.requestMeeting(reason: reason, meeting: context.meeting, council: context.council,
                                                                      dossier: context.dossier, seat: context.seat, actor: try req.currentUser, on: req.db) {
            return try await render(req, context, answers: nil, facts: nil, errors: [], status: .unprocessableEntity,
                                    meetingRequest: .init(sent: nil, reason: reason, error: refused.message))
        }
        req.flash("Đã gửi đề nghị họp trực tiếp; Thư ký Hội đồng sẽ lên lịch phiên họp.")
        return req.redirect(to: path(context))
    }

    func board(req: Request) async throws -> Response {
        guard let meetingID = req.parameters.get("meeting", as: UUID.self),
              let meeting = try await MeetingRecord.query(on: req.db).filter(\.$id == meetingID).with(\.$council).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy phiên họp.")
        }
        guard try await Councils.mayRunSecretariat(try req.currentUser, meeting.council, on: req.db) else {
            throw Abort(.forbidden, reason: "Chỉ Thư ký Hội đồng và cán bộ quản lý Hội đồng xem bảng điểm trực tiếp.")
        }
        let rows = try await ScoringBoard.rows(meeting: meeting, council: meeting.council, on: req.db)
        if (try? req.query.get(String.self, at: "phan")) == "bang" {
            var headers = HTTPHeaders()
            headers.contentType = .html
            return Response(status: .ok, headers: headers, body: .init(string: ScoringView.boardTable(rows).render()))
        }
        let model = ScoringBoardModel(meetingID: meetingID.uuidString, title: meeting.council.name, rows: rows)
        return ScoringView.board(req.pageContext(title: "Bảng điểm phiên họp ngày \(meeting.meetingDay?.vietnamese ?? meeting.day)"), model).response()
    }

    private func path(_ context: Context) -> String {
        SiteURL.scoringSheet(meeting: context.meeting.id!.uuidString, dossier: context.dossier.id!.uuidString).path
    }

    private func render(_ req: Request, _ context: Context, answers: AnswerSet?, facts: ProducerFacts?, remark: String? = nil,
                        errors: [String], status: HTTPStatus, meetingRequest: MeetingRequestForm.State? = nil) async throws -> Response {
        let versions = try await Scoring.sheets(meeting: context.meeting.id!, dossier: context.dossier.id!, member: context.seat.id!, on: req.db)
        let latest = versions.first
        let sheet = try await DossierSelfAssessment.sheet(context.dossier, product: context.dossier.product,
                                                          answers: answers ?? latest?.answerSet ?? AnswerSet(),
                                                          facts: facts ?? latest?.producerFacts, on: req.db)
        var unavailable: String?
        if case .failure(let problem) = sheet { unavailable = problem.message }
        var model = ScoringPageModel(
            meetingID: context.meeting.id!.uuidString, dossierID: context.dossier.id!.uuidString, productName: context.dossier.product.name,
            sheet: try? sheet.get(), unavailable: unavailable, submitted: latest?.isSubmitted ?? false, version: latest?.version ?? 1,
            history: versions.filter(\.isSubmitted).map { ($0.version, $0.total?.vietnamese ?? "", $0.submittedAt.map(VietnameseFormat.dateTime) ?? "") })
        model.errors = errors
        model.remark = remark ?? latest?.remark ?? ""
        let today = CalendarDay.inVietnam(Date())
        model.submitRefusal = MeetingWorkflow.refusal(.submitSheet, context.facts, today: today)?.message
        model.mayRescore = MeetingWorkflow.refusal(.rescore, context.facts, today: today) == nil
        if context.meeting.procedure == .writtenOpinions {
            let kept = try await MeetingRequestRecord.query(on: req.db).filter(\.$meeting.$id == context.meeting.id!)
                .filter(\.$dossier.$id == context.dossier.id!).filter(\.$member.$id == context.seat.id!).first()
            var state = meetingRequest ?? MeetingRequestForm.State()
            state.sent = kept?.reason
            state.mayRequest = MeetingWorkflow.refusal(.requestMeeting, context.facts, today: today) == nil
            model.meetingRequest = state
        }
        return ScoringView.page(req.pageContext(title: "Chấm điểm: \(context.dossier.product.name)"), model).response(status: status)
    }
}
