/// Phiên họp Hội đồng: the one place that decides whether a council step may be taken on a meeting
/// or one dossier of its agenda (issue 10: members once scored, and a decision was issued, six days
/// before the meeting, and a fourth sheet changed a decided result).
///
/// Meeting: scheduled → (send materials) → materialsSent → (the meeting's day comes) → scoring →
/// (decide) → decided. Agenda item: onAgenda → (a sheet is submitted) → scored → decided with
/// its meeting.
///
/// Members read the materials and may prepare a draft sheet as soon as the materials are sent; a
/// sheet is submitted (or a submitted one reopened to rescore) from the meeting's day, since the
/// council scores at the meeting after its discussion. The decision is signed on or after the
/// meeting and after the last sheet it rests on; once it exists every sheet is final.
///
/// By written opinions (`CouncilProcedure.writtenOpinions`, re-evaluations under 26/2026 Điều 7.6.d)
/// there is no meeting to wait for: sheets are submitted from the day the papers are sent, the
/// decision is signed on or after that day and the last sheet, and a member may ask for a meeting
/// (`requestMeeting`) until the decision.
public enum MeetingWorkflow {
    /// The meeting's state on `today`.
    public static func state(_ facts: MeetingFacts, today: CalendarDay) -> MeetingState {
        if facts.decidedOn != nil { return .decided }
        guard facts.materialsSentOn != nil else { return .scheduled }
        if facts.procedure == .writtenOpinions { return .scoring }
        return today >= facts.day ? .scoring : .materialsSent
    }

    /// The state of one dossier of the agenda.
    public static func itemState(_ facts: MeetingFacts, submittedSheets: Int) -> AgendaItemState {
        itemState(decided: facts.decidedOn != nil, submittedSheets: submittedSheets)
    }

    public static func itemState(decided: Bool, submittedSheets: Int) -> AgendaItemState {
        if decided { return .decided }
        return submittedSheets > 0 ? .scored : .onAgenda
    }

    /// Why `step` may not be taken on the meeting now; nil when it may.
    public static func refusal(_ step: MeetingStep, _ facts: MeetingFacts, today: CalendarDay) -> Refusal? {
        let state = state(facts, today: today)
        if state == .decided { return Refusal(.state, decidedMessage) }
        switch step {
        case .sendMaterials:
            return state == .scheduled ? nil : Refusal(.state, "Tài liệu đã được gửi trước đó.")
        case .requestTest:
            return nil
        case .requestMeeting:
            guard facts.procedure == .writtenOpinions else { return Refusal(.state, "Đây là phiên họp của Hội đồng: các ý kiến được thảo luận tại phiên họp.") }
            return state == .scoring ? nil : Refusal(.state, "Thư ký chưa gửi phiếu lấy ý kiến: chưa đề nghị họp được.")
        case .saveDraft:
            return state == .scheduled ? Refusal(.state, "Thư ký chưa gửi tài liệu phiên họp: chưa chấm được.") : nil
        case .submitSheet, .rescore:
            switch state {
            case .scheduled: return Refusal(.state, "Thư ký chưa gửi tài liệu phiên họp: chưa chấm được.")
            case .materialsSent: return Refusal(.state, notYetMessage(facts.day))
            case .scoring, .decided: return nil
            }
        case .decide(let signedOn):
            guard state == .scoring else {
                return Refusal(.state, state == .scheduled ? "Chưa gửi tài liệu phiên họp: chưa ban hành quyết định được."
                                                           : "Phiên họp ngày \(facts.day.vietnamese) chưa diễn ra: chưa ban hành quyết định được.")
            }
            if facts.procedure == .writtenOpinions, let sentOn = facts.materialsSentOn, signedOn < sentOn {
                return Refusal(.content, "Ngày ký quyết định không được trước ngày gửi phiếu lấy ý kiến (\(sentOn.vietnamese)).")
            }
            if facts.procedure == .meeting, signedOn < facts.day {
                return Refusal(.content, "Ngày ký quyết định không được trước ngày họp (\(facts.day.vietnamese)).")
            }
            if let lastSheetOn = facts.lastSheetOn, signedOn < lastSheetOn {
                return Refusal(.content, "Ngày ký quyết định không được trước ngày nộp phiếu chấm cuối cùng (\(lastSheetOn.vietnamese)).")
            }
            if signedOn > today {
                return Refusal(.content, "Ngày ký quyết định không được sau hôm nay (\(today.vietnamese)).")
            }
            return nil
        }
    }

    public static let decidedMessage = "Phiên họp đã có quyết định công nhận: phiếu chấm đã khóa, không chấm hoặc chấm lại được nữa."

    /// Shown on the sheet before the meeting's day, instead of the submit button.
    public static func notYetMessage(_ day: CalendarDay) -> String {
        "Phiên họp ngày \(day.vietnamese) chưa diễn ra: phiếu chấm được nộp từ ngày họp. Trước đó bạn có thể lưu nháp."
    }
}

/// What the workflow needs to know about a meeting, loaded from its record and its decision.
public struct MeetingFacts: Sendable, Equatable {
    /// The meeting's day; by written opinions, the day set for the members' opinions.
    public var day: CalendarDay
    public var materialsSentOn: CalendarDay?
    /// Ngày ký quyết định công nhận, once it is issued.
    public var decidedOn: CalendarDay?
    /// The day the last sheet was submitted, if any: the decision cannot predate it.
    public var lastSheetOn: CalendarDay?
    /// At a meeting or by written opinions.
    public var procedure: CouncilProcedure

    public init(day: CalendarDay, materialsSentOn: CalendarDay? = nil, decidedOn: CalendarDay? = nil, lastSheetOn: CalendarDay? = nil,
                procedure: CouncilProcedure = .meeting) {
        self.day = day
        self.procedure = procedure
        self.materialsSentOn = materialsSentOn
        self.decidedOn = decidedOn
        self.lastSheetOn = lastSheetOn
    }
}

public enum MeetingState: String, Sendable, CaseIterable, Hashable {
    case scheduled, materialsSent, scoring, decided

    public var title: String {
        switch self {
        case .scheduled: "Đã lên lịch"
        case .materialsSent: "Đã gửi tài liệu"
        case .scoring: "Đang chấm điểm"
        case .decided: "Đã có quyết định"
        }
    }
}

public enum AgendaItemState: String, Sendable, CaseIterable, Hashable {
    case onAgenda, scored, decided

    public var title: String {
        switch self {
        case .onAgenda: "Chờ chấm"
        case .scored: "Đã có phiếu chấm"
        case .decided: "Đã có quyết định"
        }
    }
}

/// A council step on a meeting or on one dossier of its agenda.
public enum MeetingStep: Sendable, Equatable {
    case sendMaterials
    case saveDraft
    case submitSheet
    case rescore
    /// Kiểm nghiệm bổ sung: the council asks for a test of a dossier before its next round; not once
    /// the meeting is decided (its results are final).
    case requestTest
    /// Đề nghị họp trực tiếp: by written opinions, a member asks the council to meet on a dossier.
    case requestMeeting
    /// The decision (and its certificates) signed on `signedOn`.
    case decide(signedOn: CalendarDay)
}
