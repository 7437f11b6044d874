/// Điều chỉnh lịch làm việc: a change to the working week that the government announces each
/// year and an administrator keys in, such as the swap (hoán đổi) that joins a holiday to a
/// weekend by giving a weekday off and working a Saturday instead.
public struct CalendarAdjustment: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Ngày nghỉ thêm: a day off that would otherwise be a working day.
        case dayOff
        /// Ngày làm bù: a day (usually a Saturday) worked to make up for a day off.
        case makeUpWorkingDay
    }

    public var day: CalendarDay
    public var kind: Kind
    /// Where it comes from, shown to users: "Theo Thông báo 6150/TB-BLĐTBXH".
    public var note: String

    public init(day: CalendarDay, kind: Kind, note: String) {
        self.day = day
        self.kind = kind
        self.note = note
    }
}

/// Lịch ngày làm việc: which days count as working days (ngày làm việc) for deadlines counted in
/// them, such as "tài liệu gửi thành viên Hội đồng ít nhất 3 ngày làm việc trước phiên họp".
///
/// A day is a working day unless it is a weekly rest day (Saturday, Sunday), a holiday of
/// `VietnamesePublicHolidays` or a compensatory day for one. The administrator's adjustments
/// have the last word over all of that: a `.dayOff` is never a working day, a
/// `.makeUpWorkingDay` always is. When two adjustments name the same day, the later one counts.
public struct WorkingDayCalendar: Sendable {
    /// Working days that council materials must precede the meeting by, unless a round says otherwise.
    public static let defaultMaterialsLeadTime = 3

    public let holidays: VietnamesePublicHolidays
    public let adjustments: [CalendarDay: CalendarAdjustment]

    public init(holidays: VietnamesePublicHolidays = VietnamesePublicHolidays(), adjustments: [CalendarAdjustment] = []) {
        self.holidays = holidays
        self.adjustments = Dictionary(adjustments.map { ($0.day, $0) }, uniquingKeysWith: { _, later in later })
    }

    /// Why a day is not a working day.
    public enum DayOffReason: Sendable, Hashable {
        case weeklyRest(Weekday)
        case holiday(PublicHoliday)
        case compensatory(CompensatoryDayOff)
        case adjustment(CalendarAdjustment)

        /// "Thứ Bảy", "Chủ nhật", "Tết Nguyên đán", "Nghỉ bù Quốc khánh (…)", or the adjustment's note.
        public var vietnamese: String {
            switch self {
            case .weeklyRest(let weekday): weekday.vietnamese
            case .holiday(let holiday): holiday.name
            case .compensatory(let compensatory): compensatory.name
            case .adjustment(let adjustment): adjustment.note
            }
        }
    }

    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        dayOffReason(day) == nil
    }

    /// Why `day` is not a working day; nil for a working day (a make-up Saturday included).
    public func dayOffReason(_ day: CalendarDay) -> DayOffReason? {
        var lookup = Lookup(calendar: self)
        return lookup.reason(day)
    }

    /// `dayOffReason` in Vietnamese, for the calendar page and warnings.
    public func reason(_ day: CalendarDay) -> String? {
        dayOffReason(day)?.vietnamese
    }

    /// The `count`-th working day after `day` (before it when `count` is negative), `day` itself
    /// not counted; `day` unchanged for 0. Adding 1 to a Friday gives the next Monday (or the
    /// first working day after a holiday).
    public func adding(workingDays count: Int, to day: CalendarDay) -> CalendarDay {
        var lookup = Lookup(calendar: self)
        let step = count < 0 ? -1 : 1
        var current = day
        var remaining = count.magnitude
        while remaining > 0 {
            current = current.adding(days: step)
            if lookup.reason(current) == nil { remaining -= 1 }
        }
        return current
    }

    /// The number of working days d with `start` ≤ d < `end`: the first day counted, the last
    /// not. Negative (the count from `end` to `start`) when `end` comes first.
    public func workingDays(from start: CalendarDay, to end: CalendarDay) -> Int {
        guard start <= end else { return -workingDays(from: end, to: start) }
        var lookup = Lookup(calendar: self)
        var count = 0
        var day = start
        while day < end {
            if lookup.reason(day) == nil { count += 1 }
            day = day.next
        }
        return count
    }

    /// Ngày gửi tài liệu chậm nhất: the latest day materials can be sent so that members have
    /// them at least `count` working days before the meeting.
    ///
    /// Reading of "ít nhất N ngày làm việc trước phiên họp": counting back from the meeting, the
    /// meeting day itself not counted, the sending day must be the N-th working day or earlier.
    /// The sending day counts as one of the N (materials sent that day can be read from it), so
    /// the rule holds when `workingDays(from: sent, to: meeting) >= N`. Meeting on Thursday
    /// 10/12/2026, N = 3: send by Monday 07/12/2026 (Monday, Tuesday and Wednesday are the
    /// three working days). For a meeting on Monday, by the previous Wednesday. N ≤ 0 gives the
    /// meeting day.
    public func latestSendingDay(forMeetingOn meeting: CalendarDay, workingDaysBefore count: Int = defaultMaterialsLeadTime) -> CalendarDay {
        adding(workingDays: -max(count, 0), to: meeting)
    }

    /// Whether materials sent on `sent` reach members in time for `meeting`, with the warning
    /// to show when they do not.
    public func checkSchedule(meeting: CalendarDay, materialsSentOn sent: CalendarDay,
                              requiredWorkingDays: Int = defaultMaterialsLeadTime) -> MaterialsScheduleCheck {
        MaterialsScheduleCheck(
            meeting: meeting, materialsSentOn: sent, requiredWorkingDays: max(requiredWorkingDays, 0),
            latestSendingDay: latestSendingDay(forMeetingOn: meeting, workingDaysBefore: requiredWorkingDays),
            workingDaysBeforeMeeting: workingDays(from: sent, to: meeting))
    }

    /// Day-off reasons of the statutory calendar, computed once per solar year of a walk: the
    /// holidays need the lunar calendar, which is worth not redoing for every day.
    private struct Lookup {
        let calendar: WorkingDayCalendar
        var years: [Int: [CalendarDay: DayOffReason]] = [:]

        mutating func reason(_ day: CalendarDay) -> DayOffReason? {
            if let adjustment = calendar.adjustments[day] {
                return adjustment.kind == .dayOff ? .adjustment(adjustment) : nil
            }
            if let statutory = statutoryDaysOff(in: day.year)[day] { return statutory }
            let weekday = day.weekday
            return VietnamesePublicHolidays.weeklyRestDays.contains(weekday) ? .weeklyRest(weekday) : nil
        }

        private mutating func statutoryDaysOff(in year: Int) -> [CalendarDay: DayOffReason] {
            if let known = years[year] { return known }
            var daysOff: [CalendarDay: DayOffReason] = [:]
            for compensatory in calendar.holidays.compensatoryDays(in: year) {
                daysOff[compensatory.day] = .compensatory(compensatory)
            }
            for holiday in calendar.holidays.holidays(in: year) { daysOff[holiday.day] = .holiday(holiday) }
            years[year] = daysOff
            return daysOff
        }
    }
}

/// Kết quả kiểm tra thời hạn gửi tài liệu phiên họp Hội đồng.
public struct MaterialsScheduleCheck: Sendable, Hashable {
    public let meeting: CalendarDay
    public let materialsSentOn: CalendarDay
    public let requiredWorkingDays: Int
    /// The latest day that would have been in time.
    public let latestSendingDay: CalendarDay
    /// Working days from the sending day (counted) to the meeting (not counted); 0 or less
    /// when sent on or after the meeting day.
    public let workingDaysBeforeMeeting: Int

    public var isOnTime: Bool { workingDaysBeforeMeeting >= requiredWorkingDays }

    /// Nil when on time; otherwise "Tài liệu phải gửi chậm nhất ngày 07/12/2026 (3 ngày làm việc
    /// trước phiên họp ngày 10/12/2026); gửi ngày 08/12/2026 thì thành viên Hội đồng chỉ có
    /// 2 ngày làm việc để nghiên cứu."
    public var warning: String? {
        guard !isOnTime else { return nil }
        let rule = "Tài liệu phải gửi chậm nhất ngày \(latestSendingDay.vietnamese) "
            + "(\(requiredWorkingDays) ngày làm việc trước phiên họp ngày \(meeting.vietnamese))"
        let consequence = workingDaysBeforeMeeting > 0
            ? "thì thành viên Hội đồng chỉ có \(workingDaysBeforeMeeting) ngày làm việc để nghiên cứu"
            : "thì không còn ngày làm việc nào trước phiên họp"
        return "\(rule); gửi ngày \(materialsSentOn.vietnamese) \(consequence)."
    }
}
