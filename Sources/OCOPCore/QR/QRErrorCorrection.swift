/// Mức sửa lỗi (error correction level) of a QR code: how much of the symbol can be dirty, torn or
/// covered by a stamp and still be read. Higher levels spend more codewords on Reed–Solomon
/// parity, so the same text needs a larger version.
///
/// `.medium` is the default because printed certificates get folded and stamped, yet a URL of
/// ~120 characters still fits version 7 (45×45 modules), small enough to print at 2–3 cm.
public enum QRErrorCorrection: String, Sendable, Codable, CaseIterable, Hashable {
    /// L: about 7% of codewords can be restored.
    case low
    /// M: about 15%.
    case medium
    /// Q: about 25%.
    case quartile
    /// H: about 30%.
    case high

    /// The letter used by ISO/IEC 18004 and by every QR tool.
    public var letter: String {
        switch self {
        case .low: "L"
        case .medium: "M"
        case .quartile: "Q"
        case .high: "H"
        }
    }

    /// "mức sửa lỗi M (~15%)", for messages shown to people.
    public var vietnamese: String {
        switch self {
        case .low: "mức sửa lỗi L (~7%)"
        case .medium: "mức sửa lỗi M (~15%)"
        case .quartile: "mức sửa lỗi Q (~25%)"
        case .high: "mức sửa lỗi H (~30%)"
        }
    }

    /// The two bits that name the level inside the format information. They are deliberately not
    /// in order of strength (L = 01, M = 00, Q = 11, H = 10), as fixed by ISO/IEC 18004 Table 12.
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }

    /// Row index into `QRBlockTable`.
    var tableIndex: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }
}
