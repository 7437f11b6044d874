/// Thời hạn xử lý của UBND cấp xã (Điều 7.2 Quyết định 26/2026/QĐ-TTg): "trong thời hạn 15 ngày
/// làm việc kể từ ngày tiếp nhận hồ sơ sản phẩm", the commune checks and assesses the dossier,
/// issues Mẫu 03 and its proposal letter and sends the dossier to the province.
///
/// Counting: the day of receipt is not counted (a period "kể từ ngày" starts the next day, as the
/// Civil Code counts periods); the limit is the 15th working day after it, of the
/// `WorkingDayCalendar` (weekends, holidays, compensatory days, the province's adjustments).
/// The dossier is on time through the whole of that day.
public struct CommuneDeadline: Sendable, Hashable {
    /// The statutory number of working days.
    public static let workingDays = 15
    /// From how many working days left the commune's officers are warned.
    public static let warningWorkingDays = 3

    /// Ngày tiếp nhận: the day the producer submitted (or resubmitted) the dossier to the commune.
    public let receivedOn: CalendarDay
    /// Hạn xử lý: the last day the commune may send the dossier on.
    public let dueOn: CalendarDay

    public init(receivedOn: CalendarDay, calendar: WorkingDayCalendar) {
        self.receivedOn = receivedOn
        self.dueOn = calendar.adding(workingDays: Self.workingDays, to: receivedOn)
    }

    /// Where the dossier stands on a day.
    public enum Status: Sendable, Hashable {
        /// `workingDaysLeft` working days remain after today, today not counted; 0 means today is the last day.
        case onTime(workingDaysLeft: Int)
        /// The limit has passed; `workingDaysLate` working days after it up to today (0 on a
        /// weekend right after it).
        case overdue(workingDaysLate: Int)

        public var isOverdue: Bool { if case .overdue = self { true } else { false } }

        /// Few days left (at most `warningWorkingDays`), or none.
        public var isUrgent: Bool {
            switch self {
            case .onTime(let left): left <= CommuneDeadline.warningWorkingDays
            case .overdue: true
            }
        }
    }

    public func status(on today: CalendarDay, calendar: WorkingDayCalendar) -> Status {
        if today > dueOn { return .overdue(workingDaysLate: calendar.workingDays(from: dueOn.next, to: today.next)) }
        return .onTime(workingDaysLeft: calendar.workingDays(from: today.next, to: dueOn.next))
    }

    /// For the queue: "Còn 4 ngày làm việc (hạn 22/05/2026)", "Hạn cuối hôm nay (22/05/2026)",
    /// "Quá hạn 2 ngày làm việc (hạn 22/05/2026)".
    public func label(on today: CalendarDay, calendar: WorkingDayCalendar) -> String {
        let due = "hạn \(dueOn.vietnamese)"
        switch status(on: today, calendar: calendar) {
        case .onTime(0): return "Hạn cuối hôm nay (\(due))"
        case .onTime(let left): return "Còn \(left) ngày làm việc (\(due))"
        case .overdue(0): return "Quá hạn (\(due))"
        case .overdue(let late): return "Quá hạn \(late) ngày làm việc (\(due))"
        }
    }
}
