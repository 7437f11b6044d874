import Fluent
import Vapor
import OCOPCore

/// Kết quả, biên bản, quyết định: a meeting's results list and minutes (printable A4), the decision
/// that recognises its products (refused while a result is not conclusive) and the printable decision.
struct DecisionsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.meetingAction(id: ":meeting", action: .results).route, use: results)
        signedIn.get(SiteURL.meetingAction(id: ":meeting", action: .minutes).route, use: minutes)
        signedIn.post(SiteURL.meetingAction(id: ":meeting", action: .decide).route, use: issue)
        signedIn.get(SiteURL.decision(id: ":id").route, use: show)
    }

    func results(req: Request) async throws -> Response {
        let meeting = try await secretariatMeeting(req)
        return try await renderResults(req, meeting, form: DecisionDraft(signedOn: CalendarDay.inVietnam(Date()).iso), errors: [:], refusals: [], status: .ok)
    }

    /// What the form's buttons ask: preview the draft, go back to change it, or issue it. A post
    /// without a step issues (the API's and the tests' way); the page always previews first.
    enum IssueStep: String, Content {
        case preview, edit, issue
    }

    struct IssueForm: Content {
        var step: IssueStep?
    }

    func issue(req: Request) async throws -> Response {
        let meeting = try await secretariatMeeting(req)
        // The decision is the province's (or the ministry's), not the council's own.
        try req.authorize(.manageCouncils(meeting.council.location))
        let step = (try? req.content.decode(IssueForm.self))?.step ?? .issue
        var form = (try? req.content.decode(DecisionDraft.self)) ?? DecisionDraft()
        form.number = DossierText.trimmed(form.number)
        form.signer = DossierText.trimmed(form.signer)
        form.proposer = DossierText.trimmed(form.proposer)
        if step == .edit { return try await renderResults(req, meeting, form: form, errors: [:], refusals: [], status: .ok) }
        var errors: [String: String] = [:]
        if form.number.isEmpty { errors["number"] = "Vui lòng nhập số quyết định." }
        if form.signer.isEmpty { errors["signer"] = "Vui lòng nhập người ký." }
        let position = DecisionSignerPosition(rawValue: form.signerPosition)
        if position == nil { errors["signerPosition"] = "Vui lòng chọn chức vụ người ký." }
        let signed = CalendarDay(typed: form.signedOn)
        if signed == nil { errors["signedOn"] = "Ngày ký không hợp lệ." }
        guard errors.isEmpty, let signed, let position else {
            return try await renderResults(req, meeting, form: form, errors: errors, refusals: [], status: .unprocessableEntity)
        }
        if step == .preview {
            if let refusals = try await Decisions.problems(meeting: meeting, council: meeting.council, signedOn: signed, on: req.db), !refusals.isEmpty {
                return try await renderResults(req, meeting, form: form, errors: [:], refusals: refusals, status: .unprocessableEntity)
            }
            var model = try await decisionModel(meeting, number: form.number, signedOn: signed, signer: form.signer, position: position,
                                                proposer: form.proposer, id: nil, reader: try req.currentUser, on: req.db)
            model.draft = form
            return DecisionView.render(req.pageContext(title: "Dự thảo quyết định số \(form.number)"), model).response()
        }
        do {
            let input = Decisions.Input(number: form.number, signedOn: signed, signer: form.signer, signerPosition: position, proposer: form.proposer)
            switch try await Decisions.issue(input, meeting: meeting, council: meeting.council, actor: try req.currentUser, on: req.db) {
            case .failure(let refused):
                return try await renderResults(req, meeting, form: form, errors: [:], refusals: refused.messages, status: .unprocessableEntity)
            case .success(let decision):
                req.flash("Đã ban hành Quyết định số \(decision.number) và cấp giấy chứng nhận.")
                return req.redirect(to: SiteURL.decision(id: decision.id!.uuidString).path)
            }
        } catch {
            // The same click twice at once: the meeting's unique decision kept one.
            if (error as? any DatabaseError)?.isConstraintFailure == true,
               let existing = try await DecisionRecord.query(on: req.db).filter(\.$meeting.$id == meeting.id!).first() {
                return req.redirect(to: SiteURL.decision(id: existing.id!.uuidString).path)
            }
            throw error
        }
    }

    func minutes(req: Request) async throws -> Response {
        let meeting = try await readableMeeting(req)
        let council = meeting.council
        let members = try await CouncilMemberRecord.query(on: req.db).filter(\.$council.$id == council.id!).all()
            .filter(\.councilPosition.isCouncilMember).sorted { ($0.councilPosition, $0.fullName) < ($1.councilPosition, $1.fullName) }
        let scored = Set(try await MemberScoreRecord.query(on: req.db).filter(\.$meeting.$id == meeting.id!).all().map { $0.$member.id })
        let items = try await MeetingItemRecord.query(on: req.db).filter(\.$meeting.$id == meeting.id!).with(\.$dossier) { $0.with(\.$product) }.all()
        let conflicts = try await Councils.conflicts(in: council, dossiers: items.map(\.dossier), on: req.db)
        let names = Dictionary(uniqueKeysWithValues: members.map { ($0.id!.uuidString, $0.fullName) })
        let products = Dictionary(uniqueKeysWithValues: items.map { ($0.dossier.id!.uuidString, $0.dossier.product.name) })
        let head = try await letterhead(council, on: req.db)
        let model = MinutesModel(
            meetingID: meeting.id!.uuidString, councilName: council.name, parentAgency: head.parentAgency,
            number: try await minutesNumber(meeting, on: req.db), locality: head.locality,
            day: meeting.meetingDay ?? .inVietnam(Date()), time: meeting.time, place: meeting.place, round: meeting.meetingRound.title,
            present: members.filter { scored.contains($0.id!) }.map { "\($0.fullName) (\($0.councilPosition.title), \($0.agency))" },
            absent: members.filter { !scored.contains($0.id!) }.map(\.fullName),
            conflicts: conflicts.compactMap { conflict in
                names[conflict.memberID].map { "\($0) – \(products[conflict.dossierID] ?? ""): \(conflict.kind.title) (\(conflict.source.title))" }
            },
            lines: try await minutesLines(req, meeting, conflicts: conflicts),
            chair: members.first { $0.councilPosition == .chair }?.fullName ?? "",
            secretary: members.first { $0.councilPosition == .secretary }?.fullName ?? "",
            procedure: meeting.procedure)
        let title = meeting.procedure == .writtenOpinions ? "Biên bản tổng hợp ý kiến bằng văn bản" : "Biên bản họp Hội đồng"
        return ResultsView.minutes(req.pageContext(title: title), model).response()
    }

    func show(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self),
              let decision = try await DecisionRecord.query(on: req.db).filter(\.$id == id).with(\.$meeting, { $0.with(\.$council) }).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy quyết định.")
        }
        try req.authorize(.readForwardingLetter(decision.meeting.council.location))
        let model = try await decisionModel(decision.meeting, number: decision.number, signedOn: decision.signedDay ?? .inVietnam(Date()),
                                            signer: decision.signer, position: decision.signerPosition, proposer: decision.proposer ?? "",
                                            id: id.uuidString, reader: try req.currentUser, on: req.db)
        return DecisionView.render(req.pageContext(title: "Quyết định số \(decision.number)"), model).response()
    }

    /// The decision as printed, issued (`id`) or a draft (nil): the same document either way.
    private func decisionModel(_ meeting: MeetingRecord, number: String, signedOn: CalendarDay, signer: String,
                               position: DecisionSignerPosition, proposer: String, id: String?, reader: CurrentUser,
                               on db: Database) async throws -> DecisionModel {
        let council = try await meeting.$council.get(on: db)
        let national = council.provinceCode == nil
        var provinceName: String?
        if let code = council.provinceCode { provinceName = try await UnitDirectory.names(for: [code], on: db)[code] ?? code }
        let agency = national ? "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" : "ỦY BAN NHÂN DÂN \((provinceName ?? "").uppercased())"
        let head = national ? "Bộ trưởng" : "Chủ tịch"
        let shortAgency = national ? "Bộ Nông nghiệp và Môi trường" : "Ủy ban nhân dân \(UnitNames.inSentence(provinceName ?? ""))"
        return DecisionModel(
            id: id, meetingID: meeting.id!.uuidString, number: number, signedOn: signedOn, signer: signer,
            signingLines: position.signingLines(national: national), agency: agency, decides: "\(head.uppercased()) \(agency)",
            decidesShort: "\(head) \(shortAgency)", place: national ? "Hà Nội" : UnitNames.shortName(provinceName ?? ""),
            legalBases: DecisionWording.legalBases(signedOn: signedOn, national: national, councilName: council.name,
                                                   minutesDay: meeting.meetingDay ?? signedOn, proposer: proposer),
            national: national, lines: try await lines(meeting, reader: reader, on: db))
    }

    // MARK: - Helpers

    /// The minutes' results as this reader may see them. The secretariat sees every line; a member
    /// sees the result (mean, star, others' remarks) only of the dossiers they have scored and are not
    /// in conflict with — what the board and the dossier already refuse them (issue 9).
    private func minutesLines(_ req: Request, _ meeting: MeetingRecord, conflicts: [ConflictOfInterest]) async throws -> [ResultLine] {
        let all = try await lines(meeting, reader: try req.currentUser, on: req.db)
        let user = try req.currentUser
        if try await Councils.mayRunSecretariat(user, meeting.council, on: req.db) { return all }
        guard let seat = try await Councils.seat(of: user, in: meeting.council, on: req.db) else { return [] }
        let conflicted = Set(conflicts.filter { $0.memberID == seat.id!.uuidString }.map(\.dossierID))
        let scored = Set(try await MemberScoreRecord.query(on: req.db).filter(\.$meeting.$id == meeting.id!).filter(\.$member.$id == seat.id!)
            .filter(\.$status == MemberScoreRecord.Status.submitted.rawValue).all().map { $0.$dossier.id.uuidString })
        return all.filter { scored.contains($0.dossierID) && !conflicted.contains($0.dossierID) }
    }

    /// One line per dossier of the meeting, with its certificate once issued.
    func lines(_ meeting: MeetingRecord, reader: CurrentUser, on db: Database) async throws -> [ResultLine] {
        let council = try await meeting.$council.get(on: db)
        let rows = try await ScoringBoard.rows(meeting: meeting, council: council, on: db)
        let dossiers = try await DossierRecord.query(on: db).filter(\.$id ~~ rows.compactMap { UUID(uuidString: $0.dossierID) })
            .with(\.$producer).all()
        let names = try await UnitDirectory.names(for: dossiers.map(\.communeCode), on: db)
        let certificates = try await CertificateRecord.query(on: db).filter(\.$dossier.$id ~~ dossiers.map { $0.id! }).all()
        return rows.map { row in
            let dossier = dossiers.first { $0.id!.uuidString == row.dossierID }
            let certificate = certificates.first { $0.$dossier.id.uuidString == row.dossierID }
            var line = ResultLine(dossierID: row.dossierID, product: row.product, producer: dossier?.producer.name ?? "",
                                  commune: dossier.flatMap { names[$0.communeCode] } ?? "",
                                  mean: row.verdict?.outcome.mean?.vietnamese ?? "—", star: row.verdict?.star.map { "\($0)" } ?? "—",
                                  recognised: row.verdict?.isRecognised ?? false, proposedToNational: row.verdict?.proposedToNational ?? false,
                                  explanation: row.unusable ?? row.verdict?.explanation ?? "", remarks: row.remarks)
            line.certificate = certificate.map { ($0.id!.uuidString, $0.number) }
            line.mayOpenDocuments = dossier.map {
                AccessPolicy().decide(reader.grants, .readDossier(producerID: $0.$producer.id.uuidString, location: $0.location)).isAllowed
            } ?? false
            return line
        }
    }

    private func renderResults(_ req: Request, _ meeting: MeetingRecord, form: DecisionDraft,
                               errors: [String: String], refusals: [String], status: HTTPStatus) async throws -> Response {
        let council = meeting.council
        let decision = try await DecisionRecord.query(on: req.db).filter(\.$meeting.$id == meeting.id!).first()
        let head = try await letterhead(council, on: req.db)
        var model = MeetingResultsModel(
            meetingID: meeting.id!.uuidString, councilName: council.name, agency: council.name, parentAgency: head.parentAgency,
            locality: head.locality, day: meeting.meetingDay ?? .inVietnam(Date()), lines: try await lines(meeting, reader: try req.currentUser, on: req.db),
            decision: decision.map { ($0.id!.uuidString, $0.number) },
            mayOpenDecision: AccessPolicy().decide(try req.currentUser.grants, .readForwardingLetter(council.location)).isAllowed,
            mayIssue: AccessPolicy().decide(try req.currentUser.grants, .manageCouncils(council.location)).isAllowed)
        model.form = form
        model.national = council.provinceCode == nil
        model.errors = errors
        model.refusals = refusals
        return ResultsView.results(req.pageContext(title: "Kết quả phiên họp ngày \(model.day.vietnamese)"), model).response(status: status)
    }

    /// The council's letterhead: the body it belongs to, and the place its documents are dated at
    /// (the province's name, Hà Nội for the national council), not the meeting's room.
    private func letterhead(_ council: CouncilRecord, on db: Database) async throws -> (parentAgency: String, locality: String) {
        guard let code = council.provinceCode else { return ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Hà Nội") }
        let province = try await UnitDirectory.names(for: [code], on: db)[code] ?? code
        return ("UBND \(province.uppercased())", UnitNames.shortName(province))
    }

    /// "Số: 02/BB-HĐ": the meeting's place among its council's meetings of the same year, in the
    /// order they were set up. The council's register holds only its own minutes, and a meeting is
    /// never deleted, so the number is the same every time the minutes are printed.
    private func minutesNumber(_ meeting: MeetingRecord, on db: Database) async throws -> String {
        let year = (meeting.meetingDay ?? .inVietnam(meeting.createdAt ?? Date())).year
        let meetings = try await MeetingRecord.query(on: db).filter(\.$council.$id == meeting.$council.id).all()
            .filter { ($0.meetingDay ?? .inVietnam($0.createdAt ?? Date())).year == year }
            .sorted { ($0.createdAt ?? .distantPast, $0.id!.uuidString) < ($1.createdAt ?? .distantPast, $1.id!.uuidString) }
        let position = (meetings.firstIndex { $0.id == meeting.id } ?? meetings.count) + 1
        return "Số: \(String(format: "%02d", position))/BB-HĐ"
    }

    private func readableMeeting(_ req: Request) async throws -> MeetingRecord {
        guard let id = req.parameters.get("meeting", as: UUID.self),
              let meeting = try await MeetingRecord.query(on: req.db).filter(\.$id == id).with(\.$council).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy phiên họp.")
        }
        guard try await Councils.mayRead(try req.currentUser, meeting.council, on: req.db) else {
            throw Abort(.forbidden, reason: "Bạn không thuộc Hội đồng của phiên họp này.")
        }
        return meeting
    }

    /// Results and decisions are the secretariat's: the council's officers and its secretary.
    private func secretariatMeeting(_ req: Request) async throws -> MeetingRecord {
        let meeting = try await readableMeeting(req)
        guard try await Councils.mayRunSecretariat(try req.currentUser, meeting.council, on: req.db) else {
            throw Abort(.forbidden, reason: "Chỉ Thư ký Hội đồng và cán bộ quản lý Hội đồng xem kết quả và trình quyết định.")
        }
        return meeting
    }
}
