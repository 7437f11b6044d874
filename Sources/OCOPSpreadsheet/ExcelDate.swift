/// Excel's dates: a day count ("serial") shown through a date format. An officer who types
/// 24/02/2023 in a General cell gets the serial 44981 with a date format; the reader turns it back
/// into "2023-02-24" so that the application sees the day, not the count.
enum ExcelDate {
    /// Built-in formats that show a date: 14–17, 22 and the East Asian ones (27–36, 50–58).
    /// 18–21 and 45–47 show only a time.
    static let builtInDateFormats: Set<Int> = Set(14...17).union([22]).union(27...36).union(50...58)

    static func isDateFormat(id: Int, code: String?) -> Bool {
        if builtInDateFormats.contains(id) { return true }
        guard let code else { return false }
        // Quoted text, [colour]/[locale] sections and escaped characters are not date tokens.
        var plain = ""
        var inQuote = false, inBracket = false, escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            if inQuote { inQuote = character != "\""; continue }
            switch character {
            case "\\", "_", "*": escaped = true
            case "\"": inQuote = true
            case "[": inBracket = true
            case "]": inBracket = false
            default: if !inBracket { plain.append(character) }
            }
        }
        let lower = plain.lowercased()
        return lower != "general" && (lower.contains("y") || lower.contains("d"))
    }

    /// "yyyy-MM-dd" for a whole serial day, nil for fractions (a time), the 1900 leap-year bug's
    /// 29/02/1900 (serial 60) and values out of range.
    static func isoDay(serial: Double, date1904: Bool) -> String? {
        guard serial == serial.rounded(), serial >= 0, serial <= 2_958_465 else { return nil }
        let n = Int(serial)
        let daysSince1970: Int
        if date1904 {
            daysSince1970 = n - 24_107
        } else {
            guard n != 0, n != 60 else { return nil }
            daysSince1970 = n < 60 ? n - 25_568 : n - 25_569
        }
        let (y, m, d) = civil(daysSince1970: daysSince1970)
        func pad(_ v: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(v).count)) + String(v) }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// Proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(daysSince1970: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
