import Fluent
import Vapor
import OCOPCore

/// Lên lịch phiên họp: the secretary schedules a meeting of the council for an evaluation round with
/// its agenda; a date too close to send the materials N working days ahead is flagged with the date
/// that was needed and kept only if confirmed. A round of written opinions (re-evaluations, 26/2026
/// Điều 7.6.d) is scheduled on the same form: its day is the day set for the opinions, it has no
/// time or place, the materials rule does not apply, and its agenda takes only re-evaluations.
struct MeetingScheduleController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.newMeeting(council: ":id").route, use: newForm)
        signedIn.post(SiteURL.newMeeting(council: ":id").route, use: create)
    }

    func newForm(req: Request) async throws -> Response {
        let council = try await secretariat(req)
        var model = try await formModel(req, council)
        model.evaluationRound = model.evaluationRounds.first?.value ?? ""
        return render(req, model, status: .ok)
    }

    struct Form: Content {
        var evaluationRound: String?
        var round: String?
        var procedure: String?
        var day: String?
        var time: String?
        var place: String?
        var confirm: String?
        var dossiers: [String]?

        enum CodingKeys: String, CodingKey {
            case evaluationRound, round, procedure, day, time, place, confirm
            case dossiers = "ho-so"
        }
    }

    func create(req: Request) async throws -> Response {
        let council = try await secretariat(req)
        let user = try req.currentUser
        let input = try req.content.decode(Form.self)
        var model = try await formModel(req, council)
        model.evaluationRound = input.evaluationRound ?? ""
        model.round = input.round ?? ""
        model.procedure = input.procedure ?? CouncilProcedure.meeting.rawValue
        let procedure = CouncilProcedure(rawValue: model.procedure)
        if procedure == nil { model.errors["procedure"] = "Vui lòng chọn hình thức đánh giá." }
        let written = procedure == .writtenOpinions
        model.day = input.day ?? ""
        model.time = DossierText.trimmed(input.time ?? "")
        model.place = DossierText.trimmed(input.place ?? "")
        let offered = Set(model.dossiers.map(\.id))
        model.picked = Set((input.dossiers ?? []).filter(offered.contains))
        let round = try await UUID(uuidString: model.evaluationRound).asyncFlatMap { try await EvaluationRoundRecord.find($0, on: req.db) }
        if round == nil || round?.provinceCode != council.provinceCode {
            model.errors["evaluationRound"] = "Vui lòng chọn đợt đánh giá của tỉnh."
        }
        let day = CalendarDay(typed: model.day)
        if day == nil { model.errors["day"] = "Ngày họp không hợp lệ." }
        if !written {
            if model.time.range(of: #"^([01]\d|2[0-3]):[0-5]\d$"#, options: .regularExpression) == nil { model.errors["time"] = "Giờ họp không hợp lệ (ví dụ 08:00)." }
            if model.place.isEmpty { model.errors["place"] = "Vui lòng nhập địa điểm họp." }
        }
        if model.picked.isEmpty { model.errors["agenda"] = "Chọn ít nhất một hồ sơ cho phiên họp." }
        if written {
            let kinds = try await Self.candidates(for: council, on: req.db).filter { model.picked.contains($0.id!.uuidString) }
            let refused = kinds.filter { !WrittenOpinions.admits($0.dossierKind) }.map(\.product.name)
            if !refused.isEmpty { model.errors["agenda"] = WrittenOpinions.agendaRefusal + " Bỏ chọn: " + refused.joined(separator: ", ") + "." }
        }
        let today = CalendarDay.inVietnam(Date())
        if let day, day < today { model.errors["day"] = "Ngày họp đã qua." }
        guard model.errors.isEmpty, let day, let round, let procedure else { return render(req, model, status: .unprocessableEntity) }
        let plan = MeetingPlan(meeting: day, requiredWorkingDays: council.materialsLeadDays, calendar: try await Councils.workingCalendar(on: req.db))
        // Written opinions: no meeting, so no working days owed before it.
        if !written, let warning = plan.warning(today: today), input.confirm != "on" {
            model.warning = warning
            return render(req, model, status: .unprocessableEntity)
        }
        let meeting = MeetingRecord()
        meeting.id = UUID()
        meeting.$council.id = council.id!
        meeting.$evaluationRound.id = round.id!
        meeting.meetingRound = MeetingRound(rawValue: Int(model.round) ?? 1) ?? .screening
        meeting.day = day.iso
        meeting.time = written ? "" : model.time
        meeting.place = written ? CouncilProcedure.writtenOpinions.title : model.place
        meeting.procedure = procedure
        meeting.createdBy = user.label
        let agenda = model.dossiers.map(\.id).filter(model.picked.contains)
        let audit = CouncilSteps.Audit(action: "meeting.schedule", recordType: "meeting", recordID: meeting.id!.uuidString, location: council.location,
                                       after: ["day": day.iso, "time": meeting.time, "place": meeting.place, "dossiers": String(agenda.count),
                                               "procedure": procedure.rawValue, "latestSendingDay": written ? "" : plan.latestSendingDay.iso])
        _ = try await CouncilSteps.commit(actor: user, on: req.db) { tx in
            try await meeting.create(on: tx)
            for (position, id) in agenda.enumerated() {
                let item = MeetingItemRecord()
                item.$meeting.id = meeting.id!
                item.$dossier.id = UUID(uuidString: id)!
                item.position = position + 1
                try await item.create(on: tx)
            }
            return CouncilSteps.Done(value: (), audit: audit)
        }.get()
        req.flash(written ? "Đã tạo đợt lấy ý kiến bằng văn bản, hạn gửi phiếu \(day.vietnamese). Gửi phiếu cho thành viên để bắt đầu chấm."
                          : "Đã lên lịch phiên họp ngày \(day.vietnamese). Hạn gửi tài liệu cho thành viên: \(plan.latestSendingDay.vietnamese).")
        return req.redirect(to: SiteURL.meeting(id: meeting.id!.uuidString).path)
    }

    private func formModel(_ req: Request, _ council: CouncilRecord) async throws -> MeetingFormModel {
        var model = MeetingFormModel(councilID: council.id!.uuidString, councilName: council.name, leadDays: council.materialsLeadDays)
        let evaluationRounds = try await EvaluationRoundRecord.query(on: req.db).filter(\.$provinceCode == council.provinceCode)
            .sort(\.$year, .descending).sort(\.$name).all()
        model.evaluationRounds = evaluationRounds.map { ($0.id!.uuidString, $0.name) }
        let roundNames = Dictionary(uniqueKeysWithValues: try await EvaluationRoundRecord.query(on: req.db).all().map { ($0.id!, $0.name) })
        model.dossiers = try await Self.candidates(for: council, on: req.db).map { dossier in
            let round = dossier.evaluationRoundID.flatMap { roundNames[$0] } ?? ""
            return (dossier.id!.uuidString, "\(dossier.product.name) – \(dossier.producer.name) (\(round))")
        }
        return model
    }

    /// What a council may put on its agenda: a province's council, the dossiers its province received;
    /// the national council, the products a province recognised with a mean in the 5★ band (≥ 90),
    /// which the province proposed for 5★.
    static func candidates(for council: CouncilRecord, on db: Database) async throws -> [DossierRecord] {
        let query = DossierRecord.query(on: db).with(\.$product).with(\.$producer).sort(\.$provinceCode).sort(\.$communeCode)
        if let province = council.provinceCode {
            return try await query.filter(\.$state == DossierState.acceptedByProvince).filter(\.$provinceCode == province).all()
        }
        let proposed = try await CertificateRecord.query(on: db).filter(\.$meanHundredths >= 9000).with(\.$decision).all()
            .filter { $0.decision.provinceCode != nil }.map { $0.$dossier.id }
        return proposed.isEmpty ? [] : try await query.filter(\.$id ~~ proposed).all()
    }

    private func render(_ req: Request, _ model: MeetingFormModel, status: HTTPStatus) -> Response {
        MeetingsView.form(req.pageContext(title: "Lên lịch phiên họp"), model).response(status: status)
    }

    private func secretariat(_ req: Request) async throws -> CouncilRecord {
        let council = try await CouncilsController.readable(req)
        guard try await Councils.mayRunSecretariat(try req.currentUser, council, on: req.db) else {
            throw Abort(.forbidden, reason: "Chỉ Thư ký Hội đồng hoặc cán bộ quản lý Hội đồng được lên lịch phiên họp và gửi tài liệu.")
        }
        return council
    }
}
