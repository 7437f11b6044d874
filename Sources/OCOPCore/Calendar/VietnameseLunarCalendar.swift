import Foundation

/// Một ngày âm lịch: the day as the Vietnamese lunar calendar names it ("mùng 10 tháng 3 năm
/// Quý Mão"). `year` is the lunar year, numbered as the solar year in which it begins, so Tết
/// 2024 starts lunar year 2024. A leap month (tháng nhuận) repeats the number of the month
/// before it and is told apart by `isLeapMonth`.
public struct LunarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    public let isLeapMonth: Bool

    /// Nil for a month outside 1...12 or a day outside 1...30 (a lunar month has 29 or 30 days).
    /// Whether the day exists in that very year (the 30th of a 29-day month, a leap flag on a
    /// month that is not leap that year) needs the astronomy: `VietnameseLunarCalendar.solar(from:)`
    /// answers nil for those.
    public init?(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        guard (1...12).contains(month), (1...30).contains(day) else { return nil }
        self.init(unchecked: year, month, day, isLeapMonth)
    }

    init(unchecked year: Int, _ month: Int, _ day: Int, _ isLeapMonth: Bool) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }

    /// Calendar order: a leap month comes right after the ordinary month of the same number.
    public static func < (lhs: LunarDay, rhs: LunarDay) -> Bool {
        (lhs.year, lhs.month, lhs.isLeapMonth ? 1 : 0, lhs.day) < (rhs.year, rhs.month, rhs.isLeapMonth ? 1 : 0, rhs.day)
    }

    /// "10/3/2023 âm lịch", "15/2 nhuận/2023 âm lịch".
    public var description: String {
        "\(day)/\(month)\(isLeapMonth ? " nhuận" : "")/\(year) âm lịch"
    }
}

/// Lịch âm Việt Nam: the lunisolar calendar that fixes Tết and Giỗ Tổ Hùng Vương, computed the way
/// Vietnamese calendars are (Hồ Ngọc Đức's algorithm) rather than read from a table that would
/// end some day:
///
/// - a month starts on the day (in UTC+7) of the new moon, found with Meeus' approximation;
/// - month 11 is the month that contains the winter solstice (sun longitude 270°);
/// - when 13 months separate two months 11, the first of them (after month 11) during which
///   the sun enters no new 30° sector (no major solar term, trung khí) is the leap month.
///
/// Everything is counted in Vietnam's time zone, UTC+7, not China's UTC+8. A new moon between
/// 23:00 and midnight in Hà Nội is already the next day in Beijing, so a month can start a day
/// earlier: Tết 2030 is on 02/02 in Vietnam, 03/02 in China. The hour can also move the winter
/// solstice into another month and with it the leap month: Tết 1985 was on 21/01 in Vietnam,
/// a whole month before China's 20/02.
///
/// `supportedYears` (1900–2199) is where the astronomical approximations are accurate to the
/// day; other years get the same formulas with a growing error. Vietnam has computed its
/// calendar for UTC+7 since 1968; before that, calendars printed at the time followed China's
/// and may differ from these dates by a day in some months.
public enum VietnameseLunarCalendar {
    /// The years for which the approximations are accurate to the day (see above for dates
    /// before 1968).
    public static let supportedYears = 1900...2199

    /// Vietnam's offset from UTC, in hours.
    static let timeZone = 7.0

    /// The lunar date of a solar day.
    public static func lunar(from solar: CalendarDay) -> LunarDay {
        let jdn = solar.julianDayNumber
        return LunarYearSpan(containing: jdn, solarYear: solar.year).day(at: jdn)
    }

    /// The solar day of a lunar date; nil when the date does not exist: the 30th of a 29-day
    /// month, a leap month that year does not have, or a day outside `CalendarDay`'s years.
    public static func solar(from lunar: LunarDay) -> CalendarDay? {
        // Months 11 and 12 of lunar year Y follow the solstice of solar year Y; months 1...10
        // lie between the solstices of Y-1 and Y.
        let span = LunarYearSpan(startingInSolarYear: lunar.month >= 11 ? lunar.year : lunar.year - 1)
        guard let month = span.months.firstIndex(where: { $0.number == lunar.month && $0.isLeap == lunar.isLeapMonth }),
              lunar.day <= span.length(ofMonthAt: month) else { return nil }
        return CalendarDay(julianDayNumber: span.months[month].start + lunar.day - 1)
    }

    /// Tết Nguyên đán: lunar 1/1 of `year`.
    public static func newYear(of year: Int) -> CalendarDay? {
        solar(from: LunarDay(unchecked: year, 1, 1, false))
    }

    /// The last day of lunar year `year`, the 30th of tháng Chạp or the 29th when Chạp is short
    /// (ngày tất niên): the eve of Tết of `year + 1`.
    public static func lastDay(ofLunarYear year: Int) -> CalendarDay? {
        newYear(of: year + 1).flatMap { CalendarDay(julianDayNumber: $0.julianDayNumber - 1) }
    }

    /// The leap month (tháng nhuận) of lunar year `year`, by the number it repeats; nil in a
    /// common year.
    public static func leapMonth(ofLunarYear year: Int) -> Int? {
        // A leap 1...10 sits in the span after the solstice of year - 1; a leap 11 or 12 in the
        // span after the solstice of `year`, after months 11 and 12 of the same lunar year.
        if let leap = LunarYearSpan(startingInSolarYear: year - 1).leapMonth, leap.number <= 10 { return leap.number }
        if let leap = LunarYearSpan(startingInSolarYear: year).leapMonth, leap.number >= 11 { return leap.number }
        return nil
    }

    /// The number of days (29 or 30) of a lunar month; nil when that month does not exist.
    public static func daysInMonth(year: Int, month: Int, isLeapMonth: Bool = false) -> Int? {
        guard (1...12).contains(month) else { return nil }
        let span = LunarYearSpan(startingInSolarYear: month >= 11 ? year : year - 1)
        return span.months.firstIndex { $0.number == month && $0.isLeap == isLeapMonth }
            .map(span.length(ofMonthAt:))
    }
}
