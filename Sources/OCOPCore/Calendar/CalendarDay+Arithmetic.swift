/// Thứ trong tuần. Numbered as ISO 8601 does (Monday = 1 … Sunday = 7), which is also how the
/// Vietnamese names count: "Thứ Hai" (the second day) is Monday, Sunday is "Chủ nhật".
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// "Thứ Hai" … "Thứ Bảy", "Chủ nhật", as administrative documents write them.
    public var vietnamese: String {
        switch self {
        case .monday: "Thứ Hai"
        case .tuesday: "Thứ Ba"
        case .wednesday: "Thứ Tư"
        case .thursday: "Thứ Năm"
        case .friday: "Thứ Sáu"
        case .saturday: "Thứ Bảy"
        case .sunday: "Chủ nhật"
        }
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension CalendarDay {
    /// The Julian day number (số ngày Julius) of this day in the proleptic Gregorian calendar:
    /// the count of days since 1 January 4713 BC (Julian), e.g. 01/01/2000 → 2451545.
    /// Day arithmetic and the lunar calendar's astronomy both count in it, so a day is one
    /// integer step whatever the month lengths.
    public var julianDayNumber: Int { CalendarDay.julianDayNumber(year: year, month: month, day: day) }

    /// The Julian day number of a Gregorian date given as numbers, for astronomy that may step
    /// just outside the years a `CalendarDay` holds (the year 0 or 10000).
    static func julianDayNumber(year: Int, month: Int, day: Int) -> Int {
        // Fliegel & Van Flandern (1968). Integer division truncates, which is right while all
        // terms stay positive: from 4800 BC on.
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// The day with the given Julian day number; nil outside the years 1...9999.
    public init?(julianDayNumber jdn: Int) {
        guard jdn >= 1_721_426, jdn <= 5_373_484 else { return nil } // 01/01/0001 ... 31/12/9999
        let a = jdn + 32044
        let b = (4 * a + 3) / 146_097
        let c = a - 146_097 * b / 4
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        self.init(year: 100 * b + d - 4800 + m / 10, month: m + 3 - 12 * (m / 10),
                  day: e - (153 * m + 2) / 5 + 1)
    }

    /// The day `days` days later (earlier when negative). Traps outside the years 1...9999,
    /// like `addingMonths`: no schedule of the programme comes near either end.
    public func adding(days: Int) -> CalendarDay {
        CalendarDay(julianDayNumber: julianDayNumber + days)!
    }

    /// The following day (ngày hôm sau).
    public var next: CalendarDay { adding(days: 1) }

    /// The day before (ngày hôm trước).
    public var previous: CalendarDay { adding(days: -1) }

    /// Days from this day to `other`: positive when `other` is later, 0 for the same day.
    public func days(to other: CalendarDay) -> Int {
        other.julianDayNumber - julianDayNumber
    }

    /// The day of the week (thứ).
    public var weekday: Weekday {
        // JDN 0 was a Monday, so the remainder counts from Monday = 0.
        Weekday(rawValue: julianDayNumber % 7 + 1)!
    }
}
