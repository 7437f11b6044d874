import Foundation

/// Search that ignores diacritics and case, as Vietnamese users type without accents on phones:
/// "viet khe" must find "Xã Việt Khê", "mat ong an son" must find "Mật ong An Sơn".
public enum SearchFolding {
    /// Lower-cases, strips tone and vowel marks, maps đ → d, and collapses whitespace.
    public static func fold(_ text: String) -> String {
        let stripped = text
            .replacingOccurrences(of: "đ", with: "d")
            .replacingOccurrences(of: "Đ", with: "d")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .lowercased()
        return stripped.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// True when every word of the query occurs in the folded text, in any order.
    public static func matches(query: String, in foldedText: String) -> Bool {
        let words = fold(query).split(separator: " ")
        return words.allSatisfy { foldedText.contains($0) }
    }
}
