/// Thời hạn nộp hồ sơ đánh giá, phân hạng lại (Điều 7.6.a and 12.3 of Quyết định 26/2026/QĐ-TTg):
/// the producer files "không sớm hơn 180 ngày và không muộn hơn 120 ngày tính đến ngày hết thời hạn
/// của giấy chứng nhận". Filing too early is refused (the commune would assess a product whose
/// certificate has half a year left); filing too late is still received, but flagged, and the old
/// certificate stays in force until the result, at most 180 days past its expiry.
///
/// Days are counted like `ProductRecognition.expiryDay`, the first day the certificate is no longer
/// valid: filing on the day 180 days before it is on time, 181 days before is too early; 120 days
/// before is on time, 119 is late. The extension covers the 180 days from the expiry day on
/// (expiry … expiry + 179): `extensionEnd` is, like `expiryDay`, the first day no longer covered.
public struct ReEvaluationWindow: Sendable, Equatable, Hashable {
    /// Không sớm hơn 180 ngày trước ngày hết hạn.
    public static let earliestDaysBefore = 180
    /// Không muộn hơn 120 ngày trước ngày hết hạn.
    public static let latestDaysBefore = 120
    /// Điều 12.3: hiệu lực kéo dài không quá 180 ngày tính từ ngày hết thời hạn.
    public static let extensionDays = 180

    /// The certificate's expiry day (the first day it is no longer valid).
    public let expiryDay: CalendarDay

    public init(expiryDay: CalendarDay) { self.expiryDay = expiryDay }

    public init(_ recognition: ProductRecognition) { self.init(expiryDay: recognition.expiryDay) }

    /// The first day a re-evaluation dossier may be filed.
    public var opensOn: CalendarDay { expiryDay.adding(days: -Self.earliestDaysBefore) }
    /// The last day a re-evaluation dossier is filed on time.
    public var closesOn: CalendarDay { expiryDay.adding(days: -Self.latestDaysBefore) }
    /// The first day a late filer's old certificate is no longer extended, decided or not.
    public var extensionEnd: CalendarDay { expiryDay.adding(days: Self.extensionDays) }
    /// The last day of the extension, as printed ("đến hết ngày …").
    public var lastExtendedDay: CalendarDay { extensionEnd.previous }

    /// Where filing on `day` falls.
    public func phase(on day: CalendarDay) -> ReEvaluationFilingPhase {
        if day < opensOn { return .tooEarly }
        return day <= closesOn ? .onTime : .late
    }

    /// Why a dossier cannot be filed on `day`; nil when it can (on time or late).
    public func refusal(filingOn day: CalendarDay) -> String? {
        guard phase(on: day) == .tooEarly else { return nil }
        return "Chưa đến thời hạn nộp hồ sơ đánh giá lại: giấy chứng nhận hết hạn ngày \(expiryDay.vietnamese), hồ sơ được nộp "
            + "từ ngày \(opensOn.vietnamese) đến ngày \(closesOn.vietnamese) (không sớm hơn 180 ngày và không muộn hơn 120 ngày "
            + "trước ngày hết hạn). Vui lòng nộp lại từ ngày \(opensOn.vietnamese); hồ sơ vẫn được giữ nguyên."
    }

    /// The old certificate's standing on `day` while a re-evaluation filed in `phase` waits for its
    /// result (`decided` false) or after it (`decided` true): only a late filing extends it.
    public func standing(on day: CalendarDay, filed phase: ReEvaluationFilingPhase?, decided: Bool) -> CertificateStanding {
        if day < expiryDay { return .valid(lastDay: expiryDay.previous) }
        if phase == .late, !decided, day < extensionEnd { return .extended(lastDay: lastExtendedDay) }
        return .expired(on: expiryDay)
    }

    /// What the dossier's page says about its filing.
    public func filingNote(_ phase: ReEvaluationFilingPhase) -> String {
        switch phase {
        case .tooEarly:
            "Hồ sơ đánh giá lại được nộp từ ngày \(opensOn.vietnamese) đến ngày \(closesOn.vietnamese) (giấy chứng nhận hết hạn ngày \(expiryDay.vietnamese))."
        case .onTime:
            "Nộp đúng thời hạn (từ \(opensOn.vietnamese) đến \(closesOn.vietnamese); giấy chứng nhận hết hạn ngày \(expiryDay.vietnamese))."
        case .late:
            "Nộp muộn: sau ngày \(closesOn.vietnamese) (120 ngày trước ngày hết hạn \(expiryDay.vietnamese)). Giấy chứng nhận cũ tiếp tục "
                + "có hiệu lực đến khi có kết quả đánh giá lại, nhưng không quá ngày \(lastExtendedDay.vietnamese) (Điều 12.3 Quyết định 26/2026/QĐ-TTg)."
        }
    }
}

/// Thời điểm nộp hồ sơ đánh giá lại so với thời hạn: stored with the dossier when it is filed.
public enum ReEvaluationFilingPhase: String, Sendable, Codable, CaseIterable, Hashable {
    /// Sớm hơn 180 ngày trước ngày hết hạn: refused.
    case tooEarly
    /// Trong thời hạn.
    case onTime
    /// Muộn hơn 120 ngày trước ngày hết hạn (or after it): received and flagged.
    case late

    public var title: String {
        switch self {
        case .tooEarly: "Chưa đến thời hạn nộp"
        case .onTime: "Nộp đúng thời hạn"
        case .late: "Nộp muộn"
        }
    }
}

/// Hiệu lực của giấy chứng nhận đang được đánh giá lại on a given day.
public enum CertificateStanding: Sendable, Equatable, Hashable {
    /// Còn hiệu lực đến hết ngày `lastDay`.
    case valid(lastDay: CalendarDay)
    /// Hết hạn nhưng được kéo dài (Điều 12.3) đến khi có kết quả, không quá hết ngày `lastDay`.
    case extended(lastDay: CalendarDay)
    /// Hết hạn từ ngày `on`.
    case expired(on: CalendarDay)

    public var isInForce: Bool {
        if case .expired = self { return false }
        return true
    }

    public var text: String {
        switch self {
        case .valid(let day): "Còn hiệu lực đến hết ngày \(day.vietnamese)"
        case .extended(let day): "Đã hết hạn, được kéo dài hiệu lực đến khi có kết quả đánh giá lại, không quá ngày \(day.vietnamese)"
        case .expired(let day): "Đã hết hạn từ ngày \(day.vietnamese)"
        }
    }
}

/// Thời gian đánh giá, phân hạng lại (Điều 7.6.g): at most 45 days from the day the province
/// received the complete dossier from the commune.
public struct ReEvaluationDeadline: Sendable, Equatable {
    public static let days = 45

    /// Ngày nhận đủ hồ sơ: the province's intake.
    public let completeOn: CalendarDay

    public init(completeOn: CalendarDay) { self.completeOn = completeOn }

    /// The last day the result may be issued.
    public var dueOn: CalendarDay { completeOn.adding(days: Self.days) }

    /// True when a decision on `decidedOn` (or none yet on `today`) is past the limit.
    public func isOverdue(today: CalendarDay, decidedOn: CalendarDay?) -> Bool { (decidedOn ?? today) > dueOn }

    /// "Hạn có kết quả: … (còn N ngày)" — what the dossier's page and the meeting show.
    public func status(today: CalendarDay, decidedOn: CalendarDay?) -> String {
        let head = "Hạn có kết quả đánh giá lại: \(dueOn.vietnamese) (45 ngày kể từ ngày nhận đủ hồ sơ \(completeOn.vietnamese))"
        if let decidedOn {
            let late = dueOn.days(to: decidedOn)
            return head + (late > 0 ? "; quyết định ngày \(decidedOn.vietnamese), quá hạn \(late) ngày." : "; đã quyết định ngày \(decidedOn.vietnamese), trong hạn.")
        }
        let left = today.days(to: dueOn)
        return head + (left >= 0 ? "; còn \(left) ngày." : "; đã quá hạn \(-left) ngày.")
    }
}
