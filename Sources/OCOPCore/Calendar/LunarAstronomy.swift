import Foundation

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
