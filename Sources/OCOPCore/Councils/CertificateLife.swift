/// Vòng đời giấy chứng nhận sau công nhận (issue 13, Điều 7.6, 8 and 12.3 of 26/2026): on any day a
/// certificate is in exactly one state, read from its expiry, its re-evaluation window, a filing
/// not yet decided, a revocation and a newer certificate for the product. The lists of certificates
/// to follow, the reminders and the public check all ask this one type.
public enum CertificateLifeState: String, Sendable, Codable, CaseIterable, Hashable {
    /// Còn hiệu lực, chưa đến thời hạn nộp hồ sơ đánh giá lại.
    case valid
    /// Trong thời hạn nộp hồ sơ đánh giá lại (180 đến 120 ngày trước ngày hết hạn), chưa nộp.
    case windowOpen
    /// Đã qua thời hạn nộp (sau 120 ngày trước ngày hết hạn) mà chưa nộp; còn hiệu lực đến ngày hết hạn.
    case windowMissed
    /// Đã nộp hồ sơ đánh giá lại, đang chờ kết quả; còn hiệu lực (kéo dài nếu nộp muộn, Điều 12.3).
    case reEvaluationFiled
    /// Hết hiệu lực.
    case expired
    /// Bị thu hồi (Điều 8).
    case revoked
    /// Đã có giấy chứng nhận mới cho sản phẩm.
    case replaced

    public var title: String {
        switch self {
        case .valid: "Còn hiệu lực"
        case .windowOpen: "Đang trong thời hạn nộp hồ sơ đánh giá lại"
        case .windowMissed: "Đã quá thời hạn nộp hồ sơ đánh giá lại"
        case .reEvaluationFiled: "Đã nộp hồ sơ đánh giá lại, chờ kết quả"
        case .expired: "Hết hiệu lực"
        case .revoked: "Đã bị thu hồi"
        case .replaced: "Đã được cấp giấy chứng nhận mới"
        }
    }

    /// Whether the product may use the OCOP mark on a day in this state.
    public var isInForce: Bool {
        switch self {
        case .valid, .windowOpen, .windowMissed, .reEvaluationFiled: true
        case .expired, .revoked, .replaced: false
        }
    }
}

/// What a certificate's state depends on. Days are `CalendarDay`s in Vietnam; `expiryDay` is the
/// first day no longer valid (`ProductRecognition.expiryDay`).
public struct CertificateLife: Sendable, Equatable, Hashable {
    public let window: ReEvaluationWindow
    /// The day the certificate came into force (its decision's day).
    public var issuedOn: CalendarDay
    /// A re-evaluation filed for the product and not yet decided, and whether it was on time or late.
    public var pendingFiling: ReEvaluationFilingPhase?
    /// The day of the revocation decision.
    public var revokedOn: CalendarDay?
    /// The decision day of a newer certificate for the same product.
    public var replacedOn: CalendarDay?

    public init(_ recognition: ProductRecognition, pendingFiling: ReEvaluationFilingPhase? = nil,
                revokedOn: CalendarDay? = nil, replacedOn: CalendarDay? = nil) {
        window = ReEvaluationWindow(recognition)
        issuedOn = recognition.decisionDay
        self.pendingFiling = pendingFiling
        self.revokedOn = revokedOn
        self.replacedOn = replacedOn
    }

    /// The state on `day`. A revocation or a newer certificate ends it whatever else holds; a filing
    /// keeps it in force until expiry, and a late one up to 180 days past it (`ReEvaluationWindow`).
    public func state(on day: CalendarDay) -> CertificateLifeState {
        if let revokedOn, revokedOn <= day { return .revoked }
        if let replacedOn, replacedOn <= day { return .replaced }
        if let filed = pendingFiling {
            return window.standing(on: day, filed: filed, decided: false).isInForce ? .reEvaluationFiled : .expired
        }
        if day >= window.expiryDay { return .expired }
        if day < window.opensOn { return .valid }
        return day <= window.closesOn ? .windowOpen : .windowMissed
    }
}

/// Nhắc việc cho chủ thể (issue 13, seed 002: "sản phẩm sắp hết hạn thông báo cho các chủ thể"): the
/// four notices of a certificate's last months, each on its day.
public enum CertificateReminder: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    /// Thời hạn nộp hồ sơ đánh giá lại bắt đầu (180 ngày trước ngày hết hạn).
    case windowOpens
    /// Còn 30 ngày đến hết thời hạn nộp.
    case windowClosesSoon
    /// Ngày cuối của thời hạn nộp (120 ngày trước ngày hết hạn).
    case windowCloses
    /// Giấy chứng nhận hết hiệu lực.
    case expires

    /// How long after its day a reminder is still worth sending (a run that did not happen, a
    /// certificate entered late); after that the next one is awaited.
    public static let graceDays = 30

    public func day(in window: ReEvaluationWindow) -> CalendarDay {
        switch self {
        case .windowOpens: window.opensOn
        case .windowClosesSoon: window.closesOn.adding(days: -30)
        case .windowCloses: window.closesOn
        case .expires: window.expiryDay
        }
    }

    public var title: String {
        switch self {
        case .windowOpens: "Bắt đầu thời hạn nộp hồ sơ đánh giá lại"
        case .windowClosesSoon: "Còn 30 ngày đến hết thời hạn nộp hồ sơ đánh giá lại"
        case .windowCloses: "Hôm nay là ngày cuối của thời hạn nộp hồ sơ đánh giá lại"
        case .expires: "Giấy chứng nhận hết hiệu lực"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension CertificateLife {
    /// The reminder to send on `day`, if any: the latest whose day has come within `graceDays`, not
    /// already `sent`, for a certificate whose holder has not acted (no filing pending, not revoked,
    /// not replaced). One at most: a run that missed several days sends the current notice, not the
    /// ones it overtook.
    public func reminderDue(on day: CalendarDay, sent: Set<CertificateReminder>) -> CertificateReminder? {
        let state = state(on: day)
        guard pendingFiling == nil, state != .revoked, state != .replaced else { return nil }
        let due = CertificateReminder.allCases.filter { reminder in
            let on = reminder.day(in: window)
            return on <= day && day < on.adding(days: CertificateReminder.graceDays)
        }
        guard let latest = due.max(), !sent.contains(latest) else { return nil }
        return latest
    }
}
