import Foundation

/// Small text helpers shared by the dossier rules and the forms of the application, in one place so that the
/// rules read the same way (what counts as blank, how a size is written).
public enum DossierText {
    /// 0–9 only: `Character.isNumber` would also accept "٣" and "½".
    static func isASCIIDigit(_ character: Character) -> Bool { character.isASCII && character.isWholeNumber }

    public static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// True for text that says nothing: empty or only spaces.
    public static func isBlank(_ text: String) -> Bool { trimmed(text).isEmpty }

    /// "«Phiếu đăng ký»": the quotes every message of the application uses around a name.
    static func quoted(_ text: String) -> String { "«\(text)»" }

    /// Bytes in megabytes with a decimal comma and at most one decimal: 20971520 → "20 MB", 26528972 → "25,3 MB".
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10),\(tenths % 10) MB"
    }

    /// "hồ sơ đăng ký mới" → "Hồ sơ đăng ký mới": a phrase starting a sentence.
    static func sentence(_ phrase: String) -> String { phrase.prefix(1).uppercased() + phrase.dropFirst() }
}
