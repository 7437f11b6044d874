import Fluent
import Foundation
import OCOPCore

/// Đánh giá lại (26/2026 Điều 7.6, 12.3) on the dossier's side: the window of the certificate being
/// re-evaluated, checked when the producer first submits (too early: refused with the opening day;
/// late: received and flagged), the old certificate's extension while a late filing waits, and the
/// 45 days from the province's intake. The rules are `ReEvaluationWindow` and `ReEvaluationDeadline`.
enum ReEvaluationFiling {
    /// What a first submission of a re-evaluation dossier must know: the window, the phase today and
    /// the refusal when too early. Nil for other kinds, or a product without any recognition.
    struct Check: Sendable {
        let window: ReEvaluationWindow
        let phase: ReEvaluationFilingPhase
        var refusal: String? { window.refusal(filingOn: filedOn) }
        let filedOn: CalendarDay
    }

    /// The product's latest recognition: the certificate a re-evaluation renews.
    static func latestRecognition(of productID: UUID, on db: Database) async throws -> ProductRecognition? {
        try await RecognitionRecord.query(on: db).filter(\.$product.$id == productID).all()
            .compactMap(\.recognition).max { $0.decisionDay < $1.decisionDay }
    }

    static func check(_ dossier: DossierRecord, on db: Database, today: CalendarDay = .inVietnam(Date())) async throws -> Check? {
        guard dossier.dossierKind == .reRecognition,
              let recognition = try await latestRecognition(of: dossier.$product.id, on: db) else { return nil }
        let window = ReEvaluationWindow(recognition)
        return Check(window: window, phase: window.phase(on: today), filedOn: today)
    }

    /// The window the dossier was filed against (stored at submission), or, before that, the one of
    /// the product's latest recognition.
    static func window(of dossier: DossierRecord, on db: Database) async throws -> ReEvaluationWindow? {
        if let stored = dossier.certificateExpiresOn.flatMap(CalendarDay.init(iso:)) { return ReEvaluationWindow(expiryDay: stored) }
        guard dossier.dossierKind == .reRecognition,
              let recognition = try await latestRecognition(of: dossier.$product.id, on: db) else { return nil }
        return ReEvaluationWindow(recognition)
    }

    /// The day the decision on this dossier was signed, if any.
    static func decidedOn(_ dossier: DossierRecord, on db: Database) async throws -> CalendarDay? {
        guard let meeting = try await Decisions.decidedMeeting(for: dossier.id!, on: db) else { return nil }
        return try await DecisionRecord.query(on: db).filter(\.$meeting.$id == meeting.id!).first()?.signedDay
    }

    /// The dossier page's "Đánh giá lại" box: the late flag, the filing, the certificate's standing
    /// and, once the province received the dossier, the 45-day limit.
    static func panel(_ dossier: DossierRecord, history: DossierHistory, on db: Database,
                      today: CalendarDay = .inVietnam(Date())) async throws -> ReEvaluationPanel? {
        guard let window = try await window(of: dossier, on: db) else { return nil }
        let decided = try await decidedOn(dossier, on: db)
        var panel = ReEvaluationPanel()
        if let phase = dossier.filingPhase {
            if phase == .late { panel.flag = ReEvaluationFilingPhase.late.title }
            panel.lines.append(window.filingNote(phase))
        } else {
            panel.lines.append(beforeFiling(window, today: today))
        }
        panel.lines.append("Giấy chứng nhận cũ: " + window.standing(on: today, filed: dossier.filingPhase, decided: decided != nil).text + ".")
        if let received = history.entries.last(where: { $0.event?.action == .accept }) {
            let deadline = ReEvaluationDeadline(completeOn: .inVietnam(received.at))
            panel.deadline = deadline.status(today: today, decidedOn: decided)
            panel.overdue = deadline.isOverdue(today: today, decidedOn: decided)
        }
        return panel
    }

    /// The product page's line under its recognitions: when to file, or the extension a late filing
    /// gives while it waits. Nil without a recognition.
    static func productNote(_ product: ProductRecord, on db: Database, today: CalendarDay = .inVietnam(Date())) async throws -> String? {
        guard let recognition = try await latestRecognition(of: product.id!, on: db) else { return nil }
        let window = ReEvaluationWindow(recognition)
        let filings = try await DossierRecord.query(on: db).filter(\.$product.$id == product.id!)
            .filter(\.$certificateExpiresOn == window.expiryDay.iso).all()
        var undecidedLate = false
        for filing in filings where filing.filingPhase == .late {
            if try await decidedOn(filing, on: db) == nil { undecidedLate = true }
        }
        if undecidedLate { return window.standing(on: today, filed: .late, decided: false).text + "." }
        if let onTime = filings.first(where: { $0.filingPhase != nil }) {
            return "Đã nộp hồ sơ đánh giá lại (\(onTime.filingPhase!.title.lowercased()))."
        }
        return beforeFiling(window, today: today)
    }

    /// What a producer who has not filed yet is told: the window, or what filing late means now.
    static func beforeFiling(_ window: ReEvaluationWindow, today: CalendarDay) -> String {
        switch window.phase(on: today) {
        case .tooEarly, .onTime:
            return window.filingNote(.tooEarly)
        case .late where today >= window.extensionEnd:
            return "Giấy chứng nhận đã hết hạn ngày \(window.expiryDay.vietnamese) và đã quá 180 ngày kéo dài (đến \(window.lastExtendedDay.vietnamese)): "
                + "hồ sơ đánh giá lại nộp bây giờ vẫn được tiếp nhận nhưng giấy chứng nhận cũ không còn hiệu lực."
        case .late:
            return "Đã quá thời hạn nộp hồ sơ đánh giá lại (\(window.closesOn.vietnamese)): nộp ngay thì vẫn được tiếp nhận, "
                + "giấy chứng nhận được kéo dài hiệu lực đến khi có kết quả, không quá ngày \(window.lastExtendedDay.vietnamese)."
        }
    }
}

/// "Đánh giá lại" on the dossier's page.
struct ReEvaluationPanel {
    /// "Nộp muộn", when the dossier was filed after the window.
    var flag: String?
    var lines: [String] = []
    /// The 45-day limit, once the province received the dossier.
    var deadline: String?
    var overdue = false
}
