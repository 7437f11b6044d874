import Foundation

/// Formats the `Date:` header (RFC 5322 §3.3) in Vietnam time, +0700.
///
/// Why by hand: the result must not depend on the server's locale, time
/// zone or Foundation's formatter implementation, and Vietnam has no
/// daylight saving time, so a fixed offset is always right.
enum RFC5322Date {
    static let offsetSeconds = 7 * 3600
    static let offsetText = "+0700"
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// e.g. `Thu, 13 Feb 2025 17:00:00 +0700` (day always two digits, as most mailers write it).
    static func format(_ date: Date) -> String {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        let days = floorDiv(local, 86_400)
        let secondsOfDay = local - days * 86_400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let weekday = ((days % 7) + 7 + 4) % 7 // 1970-01-01 was a Thursday.
        let hh = secondsOfDay / 3600, mm = secondsOfDay / 60 % 60, ss = secondsOfDay % 60
        return "\(weekdays[weekday]), \(two(day)) \(months[month - 1]) \(year) \(two(hh)):\(two(mm)):\(two(ss)) \(offsetText)"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    /// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian).
    private static func civilDate(daysSinceEpoch: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
