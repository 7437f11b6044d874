/// Văn bản nhập: what the application accepts of typed text. One table of lengths serves both the
/// forms (`maxlength`) and the server's check, so the two cannot disagree; characters that are
/// never typed text are removed before anything reads the form (issue 9: NUL bytes were stored and
/// cut the text on display; 100,000-character names were stored).
public enum InputText {
    /// Short names: people, products, producers, councils, agencies, places, signers.
    public static let shortText = 300
    /// Remarks, reasons, notes, descriptions.
    public static let longText = 5_000
    /// Anything else a form sends (criteria editor cells, answers, identifiers).
    public static let otherText = 2_000

    private static let limits: [String: Int] = [
        "username": 64, "accountUsername": 64, "email": 254, "accountEmail": 254, "phone": 20, "taxCode": 14,
        "password": 128, "accountPassword": 128, "current": 128, "new": 128, "confirm": 128,
        "name": shortText, "fullName": shortText, "representativeName": shortText, "agency": shortText, "place": shortText,
        "signer": shortText, "laboratory": shortText, "decisionNumber": 100, "number": 100, "address": shortText,
        "packaging": shortText, "rawMaterialArea": shortText, "q": 200, "tiep": 2048,
        "note": longText, "reason": longText, "remark": longText, "description": longText, "requested": longText, "ly-do": longText,
        "_csrf": 100, "_once": 100,
    ]

    /// The longest value a field may hold, by the name its form gives it.
    public static func maxLength(for field: String) -> Int {
        if let limit = limits[field] { return limit }
        if field.hasPrefix("ly-do-") { return longText }
        // Mẫu số 02's paragraphs (parts II and IV, a description per criterion).
        if field.hasPrefix("mau02-") { return longText }
        return otherText
    }

    /// Whether a character is removed from typed text: C0 and C1 control characters other than tab
    /// and line breaks, DEL, and the bidirectional overrides that make text read other than it is
    /// stored (U+202A–U+202E, U+2066–U+2069).
    public static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` without the removed characters.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isRemoved) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.filter { !isRemoved($0) })
        return String(result)
    }
}
