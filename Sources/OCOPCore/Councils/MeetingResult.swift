/// Kết quả phiên họp: what the council's sheets say for each dossier on a meeting's agenda — each
/// seat's state, the counted members, the verdict and the remarks — and whether a decision may be
/// issued on them. Pure: the secretary's board, the decision, the minutes and the certificate all
/// read this one value, so they cannot disagree (issue 10: a decision said 83,33 while the board,
/// recomputed later, said 82).
///
/// Conflicted seats are listed as such and left out of the quorum; advisors' sheets are shown but
/// never counted; a member's latest submitted sheet counts, even while a rescore is being drafted.
public struct MeetingResult: Sendable {
    /// A seat on the council (`id` is the seat's record id).
    public struct Seat: Sendable {
        public var id: String
        public var name: String
        public var position: CouncilPosition

        public init(id: String, name: String, position: CouncilPosition) {
            self.id = id
            self.name = name
            self.position = position
        }
    }

    /// One version of one seat's sheet for one dossier.
    public struct Sheet: Sendable {
        public var seatID: String
        public var version: Int
        public var isSubmitted: Bool
        /// The total stored when the sheet was submitted.
        public var total: Points?
        public var remark: String
        public var answers: AnswerSet
        public var facts: ProducerFacts

        public init(seatID: String, version: Int, isSubmitted: Bool, total: Points?, remark: String,
                    answers: AnswerSet, facts: ProducerFacts) {
            self.seatID = seatID
            self.version = version
            self.isSubmitted = isSubmitted
            self.total = total
            self.remark = remark
            self.answers = answers
            self.facts = facts
        }
    }

    /// The scoring sheet a dossier is scored on, or why it cannot be scored.
    public enum Criteria: Sendable {
        case usable(ProductSet, in: CriteriaSet)
        case unusable(String)
    }

    /// One dossier on the agenda, with its sheets and the seats in conflict with it.
    public struct Item: Sendable {
        public var dossierID: String
        public var product: String
        public var criteria: Criteria
        public var conflictedSeats: Set<String>
        public var sheets: [Sheet]

        public init(dossierID: String, product: String, criteria: Criteria, conflictedSeats: Set<String>, sheets: [Sheet]) {
            self.dossierID = dossierID
            self.product = product
            self.criteria = criteria
            self.conflictedSeats = conflictedSeats
            self.sheets = sheets
        }
    }

    public struct MemberLine: Sendable, Equatable {
        public let name: String
        public let position: String
        public let status: String
        public let counted: Bool
        /// The member has a submitted sheet for the dossier (a rescore in progress still counts it).
        public let hasSubmitted: Bool
    }

    public struct Row: Sendable {
        public let dossierID: String
        public let product: String
        /// On the agenda, scored (a sheet is submitted), or decided: `MeetingWorkflow.itemState`.
        public let state: AgendaItemState
        public let members: [MemberLine]
        public let verdict: CouncilVerdict?
        /// Why the dossier cannot be scored (its criteria), when it cannot.
        public let unusable: String?
        /// "Name: remark" from the counted members' submitted sheets.
        public let remarks: [String]
    }

    public let rows: [Row]

    /// `decided`: a decision was issued on this meeting.
    public init(level: CouncilLevel, seats: [Seat], items: [Item], decided: Bool = false) {
        let ordered = seats.sorted { ($0.position, $0.name) < ($1.position, $1.name) }
        rows = items.map { Self.row($0, level: level, seats: ordered, decided: decided) }
    }

    /// Why a decision may not be issued on these results (every dossier needs a conclusive result:
    /// quorum met, spread within the limit, a usable sheet); empty when it may.
    public var decisionProblems: [String] { problems(includingSpread: true) }

    /// `decisionProblems`, with or without the spread: written opinions say it as a reason to meet
    /// (`WrittenOpinions.meetingReasons`) rather than to rescore.
    public func problems(includingSpread: Bool) -> [String] {
        rows.flatMap { row -> [String] in
            var problems: [String] = []
            if let unusable = row.unusable { problems.append("\(row.product): \(unusable)") }
            guard let verdict = row.verdict else { return problems }
            if !verdict.outcome.quorum.isMet { problems.append("\(row.product): \(verdict.outcome.quorum.message)") }
            if includingSpread, verdict.outcome.spreadExceeded { problems.append("\(row.product): điểm các thành viên chênh nhau quá \(verdict.outcome.spreadLimit.vietnamese) điểm, cần chấm lại.") }
            return problems
        }
    }

    public func row(dossierID: String) -> Row? { rows.first { $0.dossierID == dossierID } }

    /// Every counted member has submitted a sheet for every dossier and a decision may be issued on
    /// the results: what the province waits for before it decides (its notice and dashboard counter).
    public var awaitsDecision: Bool {
        !rows.isEmpty && !rows.contains { $0.state == .decided } && decisionProblems.isEmpty
            && rows.allSatisfy { row in row.verdict != nil && row.members.allSatisfy { !$0.counted || $0.hasSubmitted } }
    }

    private static func row(_ item: Item, level: CouncilLevel, seats: [Seat], decided: Bool) -> Row {
        var lines: [MemberLine] = [], eligible: [CouncilMember] = [], remarks: [String] = []
        var results: [(memberID: String, result: ScoringResult)] = []
        for seat in seats {
            let own = item.sheets.filter { $0.seatID == seat.id }.sorted { $0.version > $1.version }
            let conflicted = item.conflictedSeats.contains(seat.id)
            let counted = seat.position.isCouncilMember && !conflicted
            if counted { eligible.append(CouncilMember(id: seat.id, name: seat.name, isChair: seat.position == .chair)) }
            let status: String
            let hasSubmitted = own.contains(where: \.isSubmitted)
            if conflicted {
                status = "Xung đột lợi ích – không chấm"
            } else if let submitted = own.first(where: \.isSubmitted) {
                status = "Đã nộp: \(submitted.total?.vietnamese ?? "?") điểm" + (submitted.version > 1 ? " (chấm lại lần \(submitted.version - 1))" : "")
                    + (own.first?.isSubmitted == false ? "; đang chấm lại" : "")
                if counted && !submitted.remark.isEmpty { remarks.append("\(seat.name): \(submitted.remark)") }
                if counted, case .usable(let productSet, let set) = item.criteria,
                   let result = SheetTrial.evaluate(productSet, in: set, answers: submitted.answers, facts: submitted.facts).result {
                    results.append((seat.id, result))
                }
            } else {
                status = own.isEmpty ? "Chưa chấm" : "Đang chấm (nháp)"
            }
            lines.append(MemberLine(name: seat.name, position: seat.position.title, status: status, counted: counted, hasSubmitted: hasSubmitted))
        }
        var verdict: CouncilVerdict?, unusable: String?
        switch item.criteria {
        case .unusable(let message): unusable = message
        case .usable(let productSet, let set):
            if let compiled = try? CompiledSheet(productSet, in: set) {
                let rules = CouncilRules(chairRequired: eligible.contains(where: \.isChair))
                verdict = CouncilVerdict.decide(sheet: compiled, level: level, members: eligible, results: results, rules: rules)
            } else {
                unusable = "Phiếu đánh giá của bộ sản phẩm có lỗi nên không dùng để chấm được."
            }
        }
        let submitted = Set(item.sheets.filter(\.isSubmitted).map(\.seatID)).count
        return Row(dossierID: item.dossierID, product: item.product,
                   state: MeetingWorkflow.itemState(decided: decided, submittedSheets: submitted), members: lines, verdict: verdict, unusable: unusable, remarks: remarks)
    }
}
