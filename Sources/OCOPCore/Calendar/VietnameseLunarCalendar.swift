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

/// The lunar months from one month 11 (the month of a winter solstice) to the next: 12, or 13
/// when the span holds a leap month. Every conversion builds the one span it needs.
struct LunarYearSpan {
    struct Month {
        /// Julian day number of the first day (mùng 1).
        let start: Int
        let number: Int
        let isLeap: Bool
    }

    /// The solar year whose winter solstice falls in the first month.
    let solarYear: Int
    /// Month 11 first, then 12, 1, 2…, with the leap month (if any) flagged.
    let months: [Month]
    /// The first day of the following month 11, where the span ends.
    let end: Int

    /// The span opening with the month 11 that contains the winter solstice of `solarYear`.
    init(startingInSolarYear solarYear: Int) {
        self.init(solarYear: solarYear, first: Astronomy.monthEleven(ofSolarYear: solarYear),
                  next: Astronomy.monthEleven(ofSolarYear: solarYear + 1))
    }

    /// The span that contains day `jdn`, which falls in `solarYear`: the one starting that year
    /// from month 11 on, the one starting the year before until then.
    init(containing jdn: Int, solarYear: Int) {
        let monthEleven = Astronomy.monthEleven(ofSolarYear: solarYear)
        if jdn >= monthEleven.start {
            self.init(solarYear: solarYear, first: monthEleven, next: Astronomy.monthEleven(ofSolarYear: solarYear + 1))
        } else {
            self.init(solarYear: solarYear - 1, first: Astronomy.monthEleven(ofSolarYear: solarYear - 1), next: monthEleven)
        }
    }

    private init(solarYear: Int, first: (lunation: Int, start: Int), next: (lunation: Int, start: Int)) {
        let starts = (first.lunation..<next.lunation).map(Astronomy.newMoonDay)
        // 13 months: the first month after month 11 whose first day and the first day of the
        // following month see the sun in the same sector holds no major term: it is the leap month.
        var leapIndex: Int?
        if starts.count == 13 {
            let sectors = (starts + [next.start]).map(Astronomy.sunSector(atStartOf:))
            leapIndex = (1..<13).first { sectors[$0] == sectors[$0 + 1] }
        }
        var months: [Month] = []
        var number = 11
        for (index, start) in starts.enumerated() {
            let isLeap = index == leapIndex
            if index > 0 && !isLeap { number = number % 12 + 1 }
            months.append(Month(start: start, number: number, isLeap: isLeap))
        }
        self.solarYear = solarYear
        self.months = months
        self.end = next.start
    }

    var leapMonth: Month? { months.first(where: \.isLeap) }

    /// 29 or 30 days.
    func length(ofMonthAt index: Int) -> Int {
        (index + 1 < months.count ? months[index + 1].start : end) - months[index].start
    }

    /// The lunar date of day `jdn`, which must lie in this span.
    func day(at jdn: Int) -> LunarDay {
        let index = months.lastIndex { $0.start <= jdn }!
        let month = months[index]
        // Months 11 and 12 (and a leap one among them) belong to the lunar year that began in
        // `solarYear`; from month 1 on, the next lunar year has begun.
        let newYear = months.firstIndex { $0.number == 1 && !$0.isLeap }!
        let year = index >= newYear ? solarYear + 1 : solarYear
        return LunarDay(unchecked: year, month.number, jdn - month.start + 1, month.isLeap)
    }
}

/// The two approximations the calendar rests on, in Hồ Ngọc Đức's formulation of Meeus
/// ("Astronomical Algorithms"): the instant of the k-th new moon and the sun's apparent
/// longitude, both read as days in UTC+7.
enum Astronomy {
    private static let degree = Double.pi / 180

    /// Mean length of a lunation (tháng giao hội), in days.
    private static let synodicMonth = 29.530588853

    /// The day (Julian day number, UTC+7) of new moon number `k`, counted from the new moon
    /// of 1 January 1900 (k = 0).
    static func newMoonDay(_ k: Int) -> Int {
        let k = Double(k)
        let t = k / 1236.85 // Julian centuries since 1900
        let t2 = t * t, t3 = t2 * t
        var jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * degree)
        let m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * degree // Sun's mean anomaly
        let mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * degree // Moon's mean anomaly
        let f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * degree // Moon's argument of latitude
        var c1 = (0.1734 - 0.000393 * t) * sin(m) + 0.0021 * sin(2 * m)
        c1 += -0.4068 * sin(mpr) + 0.0161 * sin(2 * mpr)
        c1 += -0.0004 * sin(3 * mpr)
        c1 += 0.0104 * sin(2 * f) - 0.0051 * sin(m + mpr)
        c1 += -0.0074 * sin(m - mpr) + 0.0004 * sin(2 * f + m)
        c1 += -0.0004 * sin(2 * f - m) - 0.0006 * sin(2 * f + mpr)
        c1 += 0.0010 * sin(2 * f - mpr) + 0.0005 * sin(2 * mpr + m)
        let deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2
        return Int((jd + c1 - deltaT + 0.5 + VietnameseLunarCalendar.timeZone / 24).rounded(.down))
    }

    /// The 30° sector (0...11; 0 from the March equinox, 9 from the winter solstice) holding the
    /// sun's apparent longitude at 00:00 UTC+7 of day `jdn`. A month holds a major term when
    /// the sector differs between its first day and the first day of the next month.
    static func sunSector(atStartOf jdn: Int) -> Int {
        let t = (Double(jdn) - 2451545.5 - VietnameseLunarCalendar.timeZone / 24) / 36525 // centuries since J2000
        let t2 = t * t
        let m = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * degree // mean anomaly
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2 // mean longitude, degrees
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(m)
        dl += (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000290 * sin(3 * m)
        let longitude = (l0 + dl).truncatingRemainder(dividingBy: 360)
        return Int(((longitude < 0 ? longitude + 360 : longitude) / 30).rounded(.down))
    }

    /// The month that contains the winter solstice of `solarYear` (tháng 11 âm lịch): its new
    /// moon number and first day.
    static func monthEleven(ofSolarYear solarYear: Int) -> (lunation: Int, start: Int) {
        let lastDay = CalendarDay.julianDayNumber(year: solarYear, month: 12, day: 31)
        let k = Int((Double(lastDay - 2415021) / synodicMonth).rounded(.down))
        let newMoon = newMoonDay(k)
        // The sun already past 270° when that moon is new: month 11 began at the previous one.
        return sunSector(atStartOf: newMoon) >= 9 ? (k - 1, newMoonDay(k - 1)) : (k, newMoon)
    }
}
