import Foundation

/// Dates and numbers the way Vietnamese administrative documents write them:
/// dd/MM/yyyy in Asia/Ho_Chi_Minh, "1.234,5" for numbers.
public enum VietnameseFormat {
    public static let timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    private static func formatter(_ pattern: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "vi_VN")
        formatter.timeZone = timeZone
        formatter.dateFormat = pattern
        return formatter
    }

    public static func date(_ date: Date) -> String { formatter("dd/MM/yyyy").string(from: date) }
    public static func dateTime(_ date: Date) -> String { formatter("HH:mm dd/MM/yyyy").string(from: date) }

    /// Integer with "." as the thousands separator: 3321 → "3.321".
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: ".")
    }
}
