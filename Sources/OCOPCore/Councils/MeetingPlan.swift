/// Vòng họp: round 1 screens the dossiers; round 2 comes after the supplementary tests the council
/// asked for between the rounds.
public enum MeetingRound: Int, Sendable, Codable, CaseIterable, Hashable {
    case screening = 1
    case afterTests = 2

    public var title: String {
        switch self {
        case .screening: "Vòng 1 – sơ loại"
        case .afterTests: "Vòng 2 – sau kiểm nghiệm bổ sung"
        }
    }
}

/// Lịch gửi tài liệu: when a meeting's materials must reach the members under the working-day rule
/// (seed 003: at least 3 working days before the meeting), and whether a meeting date leaves time
/// to send them from today.
public struct MeetingPlan: Sendable, Equatable {
    public var meeting: CalendarDay
    public var requiredWorkingDays: Int
    /// Hạn gửi tài liệu: the last day materials may be sent.
    public var latestSendingDay: CalendarDay

    public init(meeting: CalendarDay, requiredWorkingDays: Int, calendar: WorkingDayCalendar) {
        self.meeting = meeting
        self.requiredWorkingDays = requiredWorkingDays
        latestSendingDay = calendar.latestSendingDay(forMeetingOn: meeting, workingDaysBefore: requiredWorkingDays)
    }

    /// A warning when the meeting is too close to send the materials in time from `today` (the
    /// meeting can still be kept: the council decides, but it decides knowing the date it needed).
    public func warning(today: CalendarDay) -> String? {
        guard today > latestSendingDay else { return nil }
        return "Phiên họp ngày \(meeting.vietnamese) quá gần: tài liệu phải gửi thành viên chậm nhất ngày "
            + "\(latestSendingDay.vietnamese) (\(requiredWorkingDays) ngày làm việc trước phiên họp), nay đã qua ngày đó."
    }
}
