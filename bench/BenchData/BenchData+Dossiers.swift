import Fluent
import Foundation
import OCOPApp
import OCOPCore
import SQLKit

/// Hồ sơ đo hiệu năng: the dossier side of `bench-data`, so that the work queue (`/ho-so`), the
/// dashboards' waiting counts and the inboxes (`/thong-bao`) are measured at national scale.
///
/// Each province opens two registration rounds on the seeded QD1048-2019 version 1: last year's
/// (closed; most of its dossiers were received by the province) and this year's (open around the day
/// of the run, spread over every `DossierState`). A dossier's steps are replayed through
/// `DossierWorkflow`, so its state, version, dates, assessment, forwarding letter (one per commune and
/// round) and evaluation round (one per province and year) are ones the application could have made,
/// and its notifications are the messages those steps sent: the workflow's texts and audiences,
/// addressed from role grants as `Notifications.recipients` does (demo accounts included), some read.
/// No documents and no self-assessment: the pages measured list dossiers, they do not open them.
extension BenchData {
    /// Last year's share of the dossiers, in per cent.
    static let pastShare = 30
    /// Where this year's dossiers stand while the round is still open (weights in per cent).
    static let currentStates: [(DossierState, Int)] = [
        (.draft, 22), (.submitted, 18), (.returned, 10), (.communeAssessed, 12), (.forwarded, 18),
        (.acceptedByProvince, 14), (.returnedByProvince, 6),
    ]
    /// Last year's: received, or left unfinished.
    static let pastStates: [(DossierState, Int)] = [(.draft, 6), (.returned, 5), (.acceptedByProvince, 86), (.returnedByProvince, 3)]

    struct BenchRound {
        let id: UUID
        let provinceCode: String
        let year: Int
        let opens: Date
        let closes: Date
        let evaluationRoundID: UUID
    }

    struct BenchLetter {
        let id: UUID
        let number: String
        let date: Date
        let product: Product
    }

    /// One dossier as it will be inserted, with the steps that brought it to its state.
    struct DossierPlan {
        let id: UUID
        let product: Product
        let round: BenchRound
        let kind: DossierKind
        let state: DossierState
        let created: Date
        let version: Int
        let steps: [(event: DossierEvent, at: Date)]
        let assessment: CommuneAssessment?
        let assessedBy: String?
        let letter: BenchLetter?
        let previous: UUID?

        func lastTime(of actions: Set<DossierActionKind>) -> Date? { steps.last { actions.contains($0.event.action) }?.at }
    }

    /// Officers by commune and province, as "Họ tên (username)", sorted by user name.
    struct OfficerDirectory {
        var communes: [String: [(id: UUID, label: String)]] = [:]
        var provinces: [String: [(id: UUID, label: String)]] = [:]
    }

    static func generateDossiers(_ size: Size, now: Date, on db: Database, _ state: State, progress: (String) -> Void) async throws {
        guard size.dossiers > 0 else { return }
        guard let criteria = try await CriteriaSetRecord.query(on: db).filter(\.$code == "QD1048-2019").filter(\.$version == 1).first() else {
            throw BenchDataRefused(description: "Chưa có bộ tiêu chí QD1048-2019 phiên bản 1; hãy chạy `ocop migrate` trước.")
        }
        let provinces = try await AdminUnit.query(on: db).filter(\.$level == .province).sort(\.$id).all()
        let officers = try await officerDirectory(on: db)
        let year = CalendarDay.inVietnam(now).year
        // An evaluation round the demo data already opened (same province and name) is reused: the name is unique.
        var existing: [String: UUID] = [:]
        for round in try await EvaluationRoundRecord.query(on: db).all() { existing["\(round.provinceCode ?? "")|\(round.name)"] = round.id }
        var rounds: [String: (past: BenchRound, current: BenchRound)] = [:]
        var roundRecords: [RegistrationRoundRecord] = []
        var evaluations: [EvaluationRoundRecord] = []
        for province in provinces {
            let code = province.provinceCode
            let creator = officers.provinces[code]?.first?.label ?? "Hệ thống"
            func evaluationName(_ year: Int) -> String { "Đánh giá, phân hạng sản phẩm OCOP năm \(year) – đợt 1" }
            func evaluationID(_ year: Int) -> UUID {
                let id = uuid(&state.rng)
                return existing["\(code)|\(evaluationName(year))"] ?? id
            }
            let past = BenchRound(id: uuid(&state.rng), provinceCode: code, year: year - 1, opens: vietnamDate(year - 1, 2, 1),
                                  closes: vietnamDate(year - 1, 6, 30), evaluationRoundID: evaluationID(year - 1))
            let current = BenchRound(id: uuid(&state.rng), provinceCode: code, year: year, opens: now.addingTimeInterval(-150 * day),
                                     closes: now.addingTimeInterval(30 * day), evaluationRoundID: evaluationID(year))
            rounds[code] = (past, current)
            for round in [past, current] {
                roundRecords.append(try roundRecord(round, province: province, criteria: criteria, createdBy: creator))
                guard existing["\(code)|\(evaluationName(round.year))"] == nil else { continue }
                let evaluation = EvaluationRoundRecord()
                evaluation.id = round.evaluationRoundID
                evaluation.provinceCode = code
                evaluation.year = round.year
                evaluation.name = evaluationName(round.year)
                evaluation.createdBy = creator
                evaluations.append(evaluation)
            }
        }
        try await db.transaction { [roundRecords, evaluations] tx in
            try await roundRecords.create(on: tx)
            try await evaluations.create(on: tx)
        }
        state.counts.rounds = roundRecords.count
        state.counts.evaluationRounds = evaluations.count

        // Last year's dossiers first, so that this year's re-recognitions and upgrades can point at them.
        let eligible = state.products.indices.filter { state.products[$0].producer.active }
        let pastCount = min(eligible.count, size.dossiers * pastShare / 100)
        let currentCount = min(eligible.count, size.dossiers - pastCount)
        var letters: [String: BenchLetter] = [:]
        var letterNumbers: [String: Int] = [:]
        var plans: [DossierPlan] = []
        var pastDossier: [Int: UUID] = [:]
        for (isPast, count) in [(true, pastCount), (false, currentCount)] {
            for index in eligible.shuffled(using: &state.rng).prefix(count) {
                let product = state.products[index]
                guard let pair = rounds[product.producer.commune.provinceCode] else { continue }
                let round = isPast ? pair.past : pair.current
                let final = pick(isPast ? pastStates : currentStates, &state.rng)
                var letter: BenchLetter?
                if [.forwarded, .acceptedByProvince, .returnedByProvince].contains(final) {
                    let key = "\(product.producer.commune.code)|\(round.id)"
                    if letters[key] == nil {
                        let low = round.opens.addingTimeInterval(45 * day)
                        let high = min(round.closes.addingTimeInterval(45 * day), now.addingTimeInterval(-3 * day))
                        let number = (letterNumbers[product.producer.commune.code] ?? Int.random(in: 15...120, using: &state.rng)) + 1
                        letterNumbers[product.producer.commune.code] = number
                        letters[key] = BenchLetter(id: uuid(&state.rng), number: "\(number)/UBND-VP",
                                                   date: between(low, high, &state.rng), product: product)
                    }
                    letter = letters[key]
                }
                let plan = makePlan(product, round: round, final: final, letter: letter, previous: isPast ? nil : pastDossier[index],
                                    officers: officers, now: now, state)
                if isPast { pastDossier[index] = plan.id }
                plans.append(plan)
                state.counts.dossiersByState[final, default: 0] += 1
            }
        }

        let letterRecords = letters.values.sorted { $0.id.uuidString < $1.id.uuidString }.map { letterRecord($0, officers: officers, &state.rng) }
        try await db.transaction { [letterRecords, plans] tx in
            let records = letterRecords
            for start in stride(from: 0, to: records.count, by: chunkSize) {
                try await Array(records[start..<min(start + chunkSize, records.count)]).create(on: tx)
            }
            state.counts.letters = records.count
            for start in stride(from: 0, to: plans.count, by: chunkSize) {
                try await insertDossiers(plans[start..<min(start + chunkSize, plans.count)], criteria: criteria, on: tx)
            }
            state.counts.dossiers = plans.count
        }
        let byState = DossierState.allCases.map { "\($0.rawValue) \(state.counts.dossiersByState[$0] ?? 0)" }.joined(separator: ", ")
        progress("  đợt đăng ký: \(state.counts.rounds), hồ sơ: \(state.counts.dossiers) (\(byState)), công văn: \(state.counts.letters)")

        let notes = notifications(for: plans, officers: officers, limit: size.notifications, now: now, state)
        try await db.transaction { tx in
            for start in stride(from: 0, to: notes.count, by: chunkSize) {
                try await Array(notes[start..<min(start + chunkSize, notes.count)]).create(on: tx)
            }
        }
        state.counts.notifications = notes.count
        progress("  thông báo: \(state.counts.notifications)")
    }

    // MARK: - One dossier

    /// Replays a dossier's steps through `DossierWorkflow` up to `final`: submitted before the round
    /// closes, perhaps returned and resubmitted once, assessed, forwarded on its letter's day, then
    /// received or returned by the province within a few weeks.
    static func makePlan(_ product: Product, round: BenchRound, final: DossierState, letter: BenchLetter?, previous: UUID?,
                         officers: OfficerDirectory, now: Date, _ state: State) -> DossierPlan {
        var actions: [DossierActionKind] = final == .draft ? [] : [.submit]
        if final != .draft && (final == .returned ? Int.random(in: 0..<100, using: &state.rng) < 20 : Int.random(in: 0..<100, using: &state.rng) < 30) {
            actions += [.returnForSupplement, .resubmit]
        }
        switch final {
        case .draft, .submitted: break
        case .returned: actions.append(.returnForSupplement)
        case .communeAssessed: actions.append(.assess)
        case .forwarded: actions += [.assess, .forward]
        case .acceptedByProvince: actions += [.assess, .forward, .accept]
        case .returnedByProvince: actions += [.assess, .forward, .returnToCommune]
        case .eliminated: actions += [.assess, .forward, .eliminate]
        }
        // The commune stage ends on the letter's day, or now (last year's unfinished ones: a month after closing).
        let end = letter?.date ?? min(now, round.closes.addingTimeInterval(30 * day))
        let created = between(round.opens, min(round.closes, end).addingTimeInterval(-3 * day), &state.rng)
        var times: [Date] = []
        if !actions.isEmpty {
            let submitted = between(created, min(round.closes, end), &state.rng)
            let communeSteps = actions.filter { $0 != .forward && $0 != .accept && $0 != .returnToCommune }.count
            times = [submitted] + (1..<communeSteps).map { _ in between(submitted, end, &state.rng) }.sorted()
        }
        if let letter, actions.contains(.forward) {
            times.append(letter.date)
            if actions.count > times.count {
                times.append(between(letter.date.addingTimeInterval(3600), min(letter.date.addingTimeInterval(25 * day), now.addingTimeInterval(-60)), &state.rng))
            }
        }

        let kind: DossierKind = product.recognized ? pick([(.reRecognition, 60), (.upgrade, 40)], &state.rng) : .new
        let assessment = actions.contains(.assess)
            ? makeAssessment(forwardable: final != .communeAssessed || Int.random(in: 0..<100, using: &state.rng) < 85, &state.rng) : nil
        let communeOfficers = officers.communes[product.producer.commune.code] ?? []
        var current = DossierState.draft
        var steps: [(event: DossierEvent, at: Date)] = []
        for (action, at) in zip(actions, times) {
            let result = DossierWorkflow.apply(step(action, kind: kind, assessment: assessment, round: round, &state.rng), to: current, by: action.role)
            guard case .success(let transition) = result else { preconditionFailure("bench-data: \(action) from \(current): \(result)") }
            steps.append((transition.event, at))
            current = transition.state
        }
        precondition(current == final, "bench-data: steps end in \(current), not \(final)")
        return DossierPlan(id: uuid(&state.rng), product: product, round: round, kind: kind, state: final, created: created,
                           version: OptimisticVersion.initial.value + Int.random(in: (final == .draft ? 0 : 1)...4, using: &state.rng) + steps.count,
                           steps: steps, assessment: assessment,
                           assessedBy: assessment == nil ? nil : communeOfficers.isEmpty ? "Cán bộ UBND xã" : pickOne(communeOfficers, &state.rng).label,
                           letter: letter, previous: kind == .new ? nil : previous)
    }

    /// The action with the content its step needs; documents are taken as complete.
    private static func step(_ action: DossierActionKind, kind: DossierKind, assessment: CommuneAssessment?, round: BenchRound,
                             _ rng: inout SeededGenerator) -> DossierAction {
        switch action {
        case .submit: .submit(checklist: completeChecklists[kind]!, registration: .allowed)
        case .resubmit: .resubmit(checklist: completeChecklists[kind]!)
        case .returnForSupplement: .returnForSupplement([pickOne(supplementRequests, &rng)])
        case .assess: .assess(assessment!)
        case .forward: .forward(assessment!)
        case .accept: .accept(evaluationRoundID: round.evaluationRoundID.uuidString)
        case .returnToCommune: .returnToCommune(reasons: [pickOne(provinceReturns, &rng)])
        case .eliminate: .eliminate(DossierElimination(rules: [eliminationRule], rule: eliminationRule, finding: pickOne(provinceReturns, &rng)))
        }
    }

    /// The rule every 26/2026 food sheet states, for dossiers the generator eliminates.
    private static let eliminationRule = "Hồ sơ bị loại khi: Giả mạo hồ sơ hoặc không đáp ứng về hồ sơ đăng ký theo quy định"

    private static let completeChecklists: [DossierKind: DossierChecklist] = Dictionary(uniqueKeysWithValues: DossierKind.allCases.map { kind in
        let present = Dictionary(DossierCatalogue.requirements.items(for: kind).map { ($0.code, ["tai-lieu.pdf"]) }, uniquingKeysWith: { a, _ in a })
        return (kind, DossierChecklist(kind: kind, catalogue: DossierCatalogue.catalogue, requirements: DossierCatalogue.requirements, present: present))
    })

    /// The four local criteria: a forwardable assessment has local origin met; the others are
    /// mostly met. One that cannot be forwarded has an open or failed point, with its remark.
    static func makeAssessment(forwardable: Bool, _ rng: inout SeededGenerator) -> CommuneAssessment {
        var findings = LocalCriterion.allCases.map { criterion -> CommuneAssessment.Finding in
            criterion != .localOrigin && Int.random(in: 0..<100, using: &rng) < 15
                ? .init(criterion, .notMet, remark: pickOne(remarks, &rng)) : .init(criterion, .met)
        }
        if !forwardable {
            let index = Int.random(in: 0..<findings.count, using: &rng)
            findings[index] = .init(findings[index].criterion, index == 0 && Bool.random(using: &rng) ? .notMet : .unclear,
                                    remark: pickOne(remarks, &rng))
        }
        return CommuneAssessment(findings: findings)
    }

    // MARK: - Notifications

    /// The messages the dossiers' steps sent to officers (bench producers have no accounts), oldest
    /// first; when they are more than `limit`, a seeded sample of `limit` of them. Most of those older
    /// than a week have been read, a few recent ones too.
    static func notifications(for plans: [DossierPlan], officers: OfficerDirectory, limit: Int, now: Date, _ state: State) -> [NotificationRecord] {
        var deliveries: [(account: UUID, plan: Int, step: Int)] = []
        for (p, plan) in plans.enumerated() {
            for (s, step) in plan.steps.enumerated() {
                for audience in step.event.notify {
                    let accounts = switch audience {
                    case .communeOfficers: officers.communes[plan.product.producer.commune.code] ?? []
                    case .provincialOfficers: officers.provinces[plan.product.producer.commune.provinceCode] ?? []
                    case .producer, .councilSecretaries: [(id: UUID, label: String)]() // the sample holds officers' messages only
                    }
                    deliveries += accounts.map { ($0.id, p, s) }
                }
            }
        }
        if deliveries.count > limit { deliveries = Array(deliveries.shuffled(using: &state.rng).prefix(limit)) }
        return deliveries.map { delivery in
            let plan = plans[delivery.plan]
            let step = plan.steps[delivery.step]
            let note = NotificationRecord()
            note.id = uuid(&state.rng)
            note.$account.id = delivery.account
            note.dossierID = plan.id
            note.text = "\(plan.product.name): \(step.event.notificationText)"
            note.link = SiteURL.dossier(id: plan.id.uuidString).path
            note.createdAt = step.at
            let old = now.timeIntervalSince(step.at) > 7 * day
            if Int.random(in: 0..<100, using: &state.rng) < (old ? 85 : 30) {
                note.readAt = between(step.at, min(now, step.at.addingTimeInterval(3 * day)), &state.rng)
            }
            return note
        }
    }

    // MARK: - Rows

    static func officerDirectory(on db: Database) async throws -> OfficerDirectory {
        let labels = Dictionary(uniqueKeysWithValues: try await UserAccount.query(on: db).all().map { ($0.id!, "\($0.fullName) (\($0.username))") })
        var directory = OfficerDirectory()
        let grants = try await RoleAssignment.query(on: db)
            .filter(\.$role ~~ [Role.communeOfficer.rawValue, Role.provincialOfficer.rawValue]).all()
        for grant in grants {
            guard let label = labels[grant.$account.id] else { continue }
            if grant.role == Role.communeOfficer.rawValue, let commune = grant.communeCode {
                directory.communes[commune, default: []].append((grant.$account.id, label))
            } else if grant.role == Role.provincialOfficer.rawValue, grant.communeCode == nil, let province = grant.provinceCode {
                directory.provinces[province, default: []].append((grant.$account.id, label))
            }
        }
        // Sorted by label (the user name is in it and unique), so the same seed addresses the same people.
        directory.communes = directory.communes.mapValues { $0.sorted { $0.label < $1.label } }
        directory.provinces = directory.provinces.mapValues { $0.sorted { $0.label < $1.label } }
        return directory
    }

    /// The round's row, with its `RegistrationRound` JSON as `RegistrationRounds.open` stores it.
    static func roundRecord(_ round: BenchRound, province: AdminUnit, criteria: CriteriaSetRecord, createdBy: String) throws -> RegistrationRoundRecord {
        let rule = RegistrationRound(id: round.id.uuidString,
                                     name: "Đăng ký đánh giá, phân hạng sản phẩm OCOP năm \(round.year) – \(province.nameWithType)",
                                     year: round.year, kinds: DossierKind.allCases, opensOn: .inVietnam(round.opens),
                                     closesOn: .inVietnam(round.closes), coverage: [.province(round.provinceCode)])
        let record = RegistrationRoundRecord()
        record.id = round.id
        record.name = rule.name
        record.year = rule.year
        record.provinceCode = round.provinceCode
        record.communeCode = nil
        record.opensOn = rule.opensOn.iso
        record.closesOn = rule.closesOn.iso
        record.criteriaSetCode = criteria.code
        record.criteriaSetVersion = criteria.version
        record.document = String(decoding: try JSONEncoder().encode(rule), as: UTF8.self)
        record.createdBy = createdBy
        return record
    }

    static func letterRecord(_ letter: BenchLetter, officers: OfficerDirectory, _ rng: inout SeededGenerator) -> ForwardingLetterRecord {
        let commune = letter.product.producer.commune
        let record = ForwardingLetterRecord()
        record.id = letter.id
        record.number = letter.number
        record.signedOn = CalendarDay.inVietnam(letter.date).iso
        record.signer = personName(woman: Bool.random(using: &rng), &rng)
        record.signerIsDeputy = Int.random(in: 0..<100, using: &rng) < 60
        record.provinceCode = commune.provinceCode
        record.communeCode = commune.code
        record.createdBy = officers.communes[commune.code]?.first?.label ?? "Cán bộ UBND xã"
        return record
    }

    /// Plain SQL rather than Fluent's `create`, which would stamp every `created_at` with the time of the run.
    static func insertDossiers(_ plans: ArraySlice<DossierPlan>, criteria: CriteriaSetRecord, on db: Database) async throws {
        let columns = ["id", "product_id", "producer_id", "round_id", "kind", "state", "version", "province_code", "commune_code",
                       "criteria_set_code", "criteria_set_version", "previous_dossier_id", "created_by", "created_at", "submitted_at",
                       "commune_assessment", "assessed_by", "assessed_at", "forwarding_letter_id", "evaluation_round_id"]
        func value(_ bound: (any Encodable & Sendable)?) -> any SQLExpression { bound.map { SQLBind($0) } ?? SQLLiteral.null }
        let insert = (db as! any SQLDatabase).insert(into: DossierRecord.schema).columns(columns)
        for plan in plans {
            let producer = plan.product.producer
            let assessment = try plan.assessment.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
            insert.values([
                value(plan.id), value(plan.product.id), value(producer.id), value(plan.round.id), value(plan.kind.rawValue),
                value(plan.state.rawValue), value(plan.version), value(producer.commune.provinceCode), value(producer.commune.code),
                value(criteria.code), value(criteria.version), value(plan.previous), value(producer.representative), value(plan.created),
                value(plan.lastTime(of: [.submit, .resubmit])), value(assessment), value(plan.assessedBy),
                value(plan.lastTime(of: [.assess])), value(plan.letter?.id),
                value(plan.state == .acceptedByProvince ? plan.round.evaluationRoundID : nil),
            ])
        }
        try await insert.run()
    }

    // MARK: - Values

    static let day: TimeInterval = 86_400

    /// 08:00 in Vietnam on that day.
    static func vietnamDate(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        return calendar.date(from: DateComponents(year: year, month: month, day: dayOfMonth, hour: 8))!
    }

    /// A moment between two others (the first when they are in the wrong order).
    static func between(_ low: Date, _ high: Date, _ rng: inout SeededGenerator) -> Date {
        let span = high.timeIntervalSince(low)
        return span > 0 ? low.addingTimeInterval(Double.random(in: 0..<span, using: &rng)) : low
    }

    private static let supplementRequests = [
        SupplementRequest(item: "Phiếu đăng ký", reason: "Thiếu chữ ký và dấu của chủ thể."),
        SupplementRequest(item: "Giấy chứng nhận an toàn thực phẩm", reason: "Giấy chứng nhận đã hết hạn, đề nghị nộp bản còn hiệu lực."),
        SupplementRequest(item: "Phiếu kết quả kiểm nghiệm", reason: "Phiếu kiểm nghiệm quá 12 tháng."),
        SupplementRequest(item: "Hồ sơ", reason: "Ảnh sản phẩm chưa rõ nhãn và bao bì."),
    ]
    private static let provinceReturns = [
        "Biên bản đánh giá của UBND xã chưa có chữ ký của người có thẩm quyền.",
        "Công văn đề nghị chưa nêu đủ danh sách sản phẩm.",
        "Sản phẩm đã được công nhận còn hiệu lực, đề nghị xã kiểm tra lại loại hồ sơ.",
    ]
    private static let remarks = [
        "Một phần nguyên liệu mua ngoài tỉnh, chủ thể chưa cung cấp hợp đồng.",
        "Lao động chủ yếu là người ngoài xã theo mùa vụ.",
        "Ý tưởng sản phẩm chuyển giao từ doanh nghiệp ngoài địa phương.",
        "Cần kiểm tra thực tế cơ sở sản xuất trước khi kết luận.",
    ]
}
