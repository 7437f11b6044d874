/// Danh sách theo dõi giấy chứng nhận (issue 13): the four lists an officer follows so that no
/// certificate lapses unnoticed (Nghệ An: 40 of 48). Each is a range of expiry days read from today,
/// so the database finds them by an index on the expiry day; `CertificateLife` agrees with every
/// boundary (`CertificateFollowUpListTests`).
public enum CertificateFollowUpList: String, Sendable, CaseIterable, Hashable {
    /// Thời hạn nộp hồ sơ đánh giá lại mở trong 60 ngày tới.
    case opensSoon = "sap-mo"
    /// Đang trong thời hạn nộp (180 đến 120 ngày trước ngày hết hạn).
    case windowOpen = "dang-mo"
    /// Đã quá thời hạn nộp, giấy chứng nhận chưa hết hạn.
    case windowMissed = "qua-han-nop"
    /// Hết hạn từ đầu năm đến hôm nay.
    case expiredThisYear = "het-han-nam-nay"

    /// How far ahead the first list looks.
    public static let lookAheadDays = 60

    public var title: String {
        switch self {
        case .opensSoon: "Sắp đến thời hạn nộp hồ sơ đánh giá lại"
        case .windowOpen: "Đang trong thời hạn nộp hồ sơ đánh giá lại"
        case .windowMissed: "Đã quá thời hạn nộp, chưa hết hạn"
        case .expiredThisYear: "Đã hết hạn trong năm"
        }
    }

    /// One line under the title: what the list holds, with the days it spans.
    public func explanation(on today: CalendarDay) -> String {
        let range = expiryDays(on: today)
        let span = "hết hạn từ ngày \(range.first.vietnamese) đến ngày \(range.last.vietnamese)"
        switch self {
        case .opensSoon:
            return "Thời hạn nộp hồ sơ đánh giá lại (180 ngày trước ngày hết hạn) mở trong \(Self.lookAheadDays) ngày tới: giấy chứng nhận \(span)."
        case .windowOpen:
            return "Hôm nay trong khoảng 180 đến 120 ngày trước ngày hết hạn (Điều 7.6 Quyết định 26/2026/QĐ-TTg): giấy chứng nhận \(span)."
        case .windowMissed:
            return "Đã qua 120 ngày trước ngày hết hạn mà chưa nộp hồ sơ đánh giá lại; nộp lúc này là nộp muộn: giấy chứng nhận \(span)."
        case .expiredThisYear:
            return "Giấy chứng nhận \(span)."
        }
    }

    /// The expiry days (the first day no longer valid, `ProductRecognition.expiryDay`) of the
    /// certificates in the list on `today`, both ends included.
    public func expiryDays(on today: CalendarDay) -> (first: CalendarDay, last: CalendarDay) {
        let earliest = ReEvaluationWindow.earliestDaysBefore, latest = ReEvaluationWindow.latestDaysBefore
        switch self {
        case .opensSoon: return (today.adding(days: earliest + 1), today.adding(days: earliest + Self.lookAheadDays))
        case .windowOpen: return (today.adding(days: latest), today.adding(days: earliest))
        case .windowMissed: return (today.adding(days: 1), today.adding(days: latest - 1))
        case .expiredThisYear: return (CalendarDay(year: today.year, month: 1, day: 1)!, today)
        }
    }

    /// The life state a certificate in the list has today when its holder has not acted: the
    /// list's own, which `CertificateLife.state` must give for every day of the range.
    public var stateWhenUnanswered: CertificateLifeState {
        switch self {
        case .opensSoon: .valid
        case .windowOpen: .windowOpen
        case .windowMissed: .windowMissed
        case .expiredThisYear: .expired
        }
    }
}
