import Fluent
import Vapor
import OCOPCore

/// Phiên họp: the meeting page (agenda, the deadline for the materials, whether they went in time)
/// and sending the materials, which is recorded, checked against the working-day rule, announced to
/// the members and opens the agenda's dossiers to those not in conflict. Scheduling is
/// `MeetingScheduleController`.
struct MeetingsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.meeting(id: ":meeting").route, use: show)
        signedIn.post(SiteURL.meetingAction(id: ":meeting", action: .sendMaterials).route, use: sendMaterials)
    }

    // MARK: - Meeting page, materials

    func show(req: Request) async throws -> Response {
        let (meeting, council) = try await Self.readable(req)
        return try await Self.renderPage(req, meeting, council, testForm: .init(), status: .ok)
    }

    /// The meeting page; also shown by `SupplementaryTestsController` with a refused request's form.
    static func renderPage(_ req: Request, _ meeting: MeetingRecord, _ council: CouncilRecord, testForm: MeetingPageModel.TestForm,
                           status: HTTPStatus) async throws -> Response {
        let user = try req.currentUser
        let db = req.db
        let items = try await MeetingItemRecord.query(on: db).filter(\.$meeting.$id == meeting.id!)
            .with(\.$dossier) { $0.with(\.$product).with(\.$producer) }.sort(\.$position).all()
        let dossiers = items.map(\.dossier)
        let seat = try await Councils.seat(of: user, in: council, on: db)
        let conflicts = try await Councils.conflicts(in: council, dossiers: dossiers, on: db)
        let names = try await UnitDirectory.names(for: dossiers.map(\.communeCode), on: db)
        let sent = meeting.materialsSentDay
        let timing = MaterialsTiming(meeting, council, calendar: try await Councils.workingCalendar(on: db))
        var model = MeetingPageModel(
            id: meeting.id!.uuidString, councilID: council.id!.uuidString, councilName: council.name,
            facts: facts(meeting, timing),
            items: dossiers.map { dossier in
                let officer = AccessPolicy().decide(user.grants, .readDossier(producerID: dossier.producer.id!.uuidString,
                                                                                location: dossier.location)).isAllowed
                let conflicted = seat.map { seat in conflicts.contains { $0.memberID == seat.id!.uuidString && $0.dossierID == dossier.id!.uuidString } } ?? false
                let note = conflicted ? "Bạn có xung đột lợi ích với hồ sơ này: không xem, không chấm."
                    : (seat != nil && sent == nil ? "Chưa gửi tài liệu." : "")
                return .init(dossierID: dossier.id!.uuidString, product: dossier.product.name, producer: dossier.producer.name,
                             commune: names[dossier.communeCode] ?? dossier.communeCode,
                             mayOpen: officer || (seat != nil && sent != nil && !conflicted), note: note,
                             mayScore: seat != nil && sent != nil && !conflicted)
            },
            materialsSent: sent != nil, materialsStatus: timing.status, materialsLate: timing.isLate,
            maySend: try await Councils.mayRunSecretariat(user, council, on: db))
        model.tests = try await SupplementaryTests.lines(for: dossiers, on: db)
        model.testForm = testForm
        model.meetingReasons = try await WrittenOpinionRound.meetingReasons(meeting, council: council, on: db)
        return MeetingsView.page(req.pageContext(title: meeting.title), model).response(status: status)
    }

    func sendMaterials(req: Request) async throws -> Response {
        let (meeting, council) = try await Self.readable(req)
        let user = try req.currentUser
        guard try await Councils.mayRunSecretariat(user, council, on: req.db) else {
            throw Abort(.forbidden, reason: "Chỉ Thư ký Hội đồng hoặc cán bộ quản lý Hội đồng được gửi tài liệu.")
        }
        let path = SiteURL.meeting(id: meeting.id!.uuidString).path
        let today = CalendarDay.inVietnam(Date())
        let members = Set(try await CouncilMemberRecord.query(on: req.db).filter(\.$council.$id == council.id!).all().map { $0.$account.id })
        let (meetingID, location) = (meeting.id!, council.location)
        let text = meeting.procedure == .writtenOpinions
            ? "\(council.name): phiếu lấy ý kiến bằng văn bản đã được gửi; hạn gửi ý kiến \(meeting.meetingDay?.vietnamese ?? meeting.day)."
            : "\(council.name): tài liệu phiên họp ngày \(meeting.meetingDay?.vietnamese ?? meeting.day) (\(meeting.time), \(meeting.place)) đã được gửi."
        // Two clicks at once: the second finds the materials sent (the step locks the meeting) and is refused.
        let sent = try await CouncilSteps.run(.sendMaterials, meetingID: meetingID, actor: user, on: req.db) { tx, _ in
            try await MeetingRecord.query(on: tx).filter(\.$id == meetingID)
                .set(\.$materialsSentOn, to: today.iso).set(\.$materialsSentBy, to: user.label).update()
            return CouncilSteps.Done(value: (), audit: .init(action: "meeting.materials", recordType: "meeting", recordID: meetingID.uuidString,
                                                             location: location, after: ["sentOn": today.iso]),
                                     notices: [.init(text: text, link: path, to: members.subtracting([user.id]))])
        }
        if case .failure(let refusal) = sent {
            req.flash(refusal.message)
            return req.redirect(to: path)
        }
        meeting.materialsSentOn = today.iso
        req.flash(MaterialsTiming(meeting, council, calendar: try await Councils.workingCalendar(on: req.db)).status)
        return req.redirect(to: path)
    }

    // MARK: - Helpers

    static func readable(_ req: Request) async throws -> (MeetingRecord, CouncilRecord) {
        guard let id = req.parameters.get("meeting", as: UUID.self),
              let meeting = try await MeetingRecord.query(on: req.db).filter(\.$id == id).with(\.$council).with(\.$evaluationRound).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy phiên họp.")
        }
        guard try await Councils.mayRead(try req.currentUser, meeting.council, on: req.db) else {
            throw Abort(.forbidden, reason: "Bạn không thuộc Hội đồng của phiên họp này.")
        }
        return (meeting, meeting.council)
    }

    private static func facts(_ meeting: MeetingRecord, _ timing: MaterialsTiming) -> [(label: String, value: String)] {
        if meeting.procedure == .writtenOpinions {
            return [("Hình thức", CouncilProcedure.writtenOpinions.title), ("Hạn gửi phiếu lấy ý kiến", meeting.meetingDay?.vietnamese ?? meeting.day),
                    ("Vòng", meeting.meetingRound.title), ("Đợt đánh giá", meeting.evaluationRound.name)]
        }
        return [("Thời gian", "\(meeting.time) ngày \(meeting.meetingDay?.vietnamese ?? meeting.day)"), ("Địa điểm", meeting.place),
         ("Vòng", meeting.meetingRound.title), ("Đợt đánh giá", meeting.evaluationRound.name), ("Hạn gửi tài liệu", timing.deadline)]
    }
}

/// The meeting's deadline for the materials and, once they are sent, whether they went in time:
/// worked out once per request from the working-day calendar.
struct MaterialsTiming {
    let deadline: String
    let status: String
    let isLate: Bool

    init(_ meeting: MeetingRecord, _ council: CouncilRecord, calendar: WorkingDayCalendar) {
        let lead = council.materialsLeadDays
        guard let day = meeting.meetingDay else {
            (deadline, status, isLate) = ("—", "", false)
            return
        }
        if meeting.procedure == .writtenOpinions {
            deadline = "Không áp dụng (lấy ý kiến bằng văn bản)"
            status = meeting.materialsSentDay.map { "Đã gửi phiếu lấy ý kiến ngày \($0.vietnamese): thành viên chấm và nộp phiếu từ xa, không họp; hạn gửi ý kiến \(day.vietnamese)." }
                ?? "Chưa gửi phiếu lấy ý kiến cho thành viên."
            isLate = false
            return
        }
        let plan = MeetingPlan(meeting: day, requiredWorkingDays: lead, calendar: calendar)
        deadline = "\(plan.latestSendingDay.vietnamese) (\(lead) ngày làm việc trước phiên họp)"
        guard let sent = meeting.materialsSentDay else {
            (status, isLate) = ("Chưa gửi tài liệu. Hạn gửi: \(plan.latestSendingDay.vietnamese).", false)
            return
        }
        let check = calendar.checkSchedule(meeting: day, materialsSentOn: sent, requiredWorkingDays: lead)
        status = check.warning ?? "Đã gửi tài liệu ngày \(sent.vietnamese), đủ \(lead) ngày làm việc trước phiên họp."
        isLate = !check.isOnTime
    }
}
