/// Mã số thuế (also mã số doanh nghiệp, mã số hợp tác xã): the number that identifies a producer
/// to the tax authority, printed on its business registration.
///
/// Three shapes are accepted, because OCOP producers hold all three:
/// - 10 digits, for an enterprise, cooperative, cooperative group or a household business registered
///   before 01/07/2025. The 10th digit is a check digit (see `checkDigit(for:)`), so a typing slip is
///   caught here rather than by the province weeks later.
/// - 10 digits, a dash and 3 digits (001–999), for a branch or dependent unit (đơn vị phụ thuộc);
///   the first 10 digits are the parent's code and carry its check digit.
/// - 12 digits, the personal identification number (số định danh cá nhân, the CCCD number), which
///   Thông tư 86/2024/TT-BTC makes the tax code of individuals and household businesses from
///   01/07/2025. It has no check digit, so only its length is checked.
///
/// Spaces, dots and non-breaking spaces that people type or paste ("0312 68 78 78 - 001",
/// "01.00.112.437") are removed; the stored form is `normalized`.
public struct TaxCode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Dạng mã số thuế.
    public enum Kind: String, Sendable, Codable, CaseIterable, Hashable {
        /// Mã 10 số: the code of a legal person or of a household business registered before 01/07/2025.
        case tenDigit
        /// Mã 13 số (10 số + 3 số): a branch or dependent unit.
        case branch
        /// Số định danh cá nhân (12 số), used as the tax code from 01/07/2025.
        case personalIdentifier

        public var vietnamese: String {
            switch self {
            case .tenDigit: "mã số thuế 10 số"
            case .branch: "mã số thuế đơn vị phụ thuộc (13 số)"
            case .personalIdentifier: "số định danh cá nhân (12 số)"
            }
        }
    }

    /// "0100233488", "0314409058-002" or "001085012345".
    public let normalized: String

    public var kind: Kind {
        switch normalized.count {
        case 14: .branch
        case 12: .personalIdentifier
        default: .tenDigit
        }
    }

    /// The 10-digit code of the parent for a branch; the code itself otherwise.
    public var parentCode: String { String(normalized.prefix(kind == .branch ? 10 : normalized.count)) }

    public var description: String { normalized }

    /// Parses and checks a code as typed. Throws the first problem found, in Vietnamese.
    public init(_ text: String) throws(TaxCodeError) {
        let compact = text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "." }
        let cleaned = String(String.UnicodeScalarView(compact))
        guard !cleaned.isEmpty else { throw .empty }
        let groups = cleaned.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.count <= 2, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(DossierText.isASCIIDigit) }) else {
            throw .invalidCharacters(DossierText.trimmed(text))
        }
        var main = String(groups[0])
        var branch = groups.count == 2 ? String(groups[1]) : nil
        // 13 digits typed without the dash: the last three are the branch.
        if branch == nil, main.count == 13 {
            branch = String(main.suffix(3))
            main = String(main.prefix(10))
        }
        if let branch {
            guard main.count == 10, branch.count == 3 else { throw .wrongLength(digits: main.count + branch.count) }
            guard branch != "000" else { throw .zeroBranch }
            try Self.checkTenDigits(main)
            normalized = "\(main)-\(branch)"
        } else if main.count == 12 {
            normalized = main
        } else {
            guard main.count == 10 else { throw .wrongLength(digits: main.count) }
            try Self.checkTenDigits(main)
            normalized = main
        }
    }

    /// Nil instead of an error, for filters and imports that only need to know.
    public static func validated(_ text: String) -> TaxCode? { try? TaxCode(text) }

    /// Weights of the first nine digits in the check-digit formula.
    static let weights = [31, 29, 23, 19, 17, 13, 7, 5, 3]

    /// The check digit of a 10-digit code: 10 − (Σ digitᵢ × weightᵢ mod 11) over the first nine digits.
    /// Nil when the formula gives 10: the tax authority never issues such a sequence, so no 10th digit
    /// can make it valid. Verified on published codes (0100109106, 0300588569, 0100233488).
    public static func checkDigit(for firstNine: some StringProtocol) -> Int? {
        let digits = firstNine.compactMap(\.wholeNumberValue)
        guard digits.count == 9 else { return nil }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let digit = 10 - sum % 11
        return digit == 10 ? nil : digit
    }

    private static func checkTenDigits(_ code: String) throws(TaxCodeError) {
        // Digits 3–9 are the sequence number, from 0000001.
        guard code.dropFirst(2).prefix(7) != "0000000" else { throw .zeroSequence }
        guard let expected = checkDigit(for: code.prefix(9)), code.last?.wholeNumberValue == expected else {
            throw .checkDigit(code)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try TaxCode(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(normalized)
    }
}

/// Lỗi mã số thuế: why a typed tax code is refused, said so that the person can correct it.
public enum TaxCodeError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case invalidCharacters(String)
    case wrongLength(digits: Int)
    case zeroSequence
    case zeroBranch
    case checkDigit(String)

    public var message: String {
        switch self {
        case .empty:
            "Chưa nhập mã số thuế."
        case .invalidCharacters(let text):
            "Mã số thuế «\(text)» chỉ được gồm chữ số, và một dấu gạch ngang trước 3 số cuối của đơn vị phụ thuộc."
        case .wrongLength(let digits):
            "Mã số thuế phải gồm 10 chữ số (đơn vị phụ thuộc: 10 chữ số, dấu gạch ngang và 3 chữ số; "
                + "hộ kinh doanh từ 01/07/2025: số định danh cá nhân 12 chữ số); mã đã nhập có \(digits) chữ số."
        case .zeroSequence:
            "Mã số thuế không hợp lệ: 7 chữ số từ vị trí thứ 3 đến thứ 9 không thể đều là 0."
        case .zeroBranch:
            "Ba số cuối của mã số thuế đơn vị phụ thuộc phải từ 001 đến 999."
        case .checkDigit(let code):
            "Mã số thuế \(code) không đúng: chữ số kiểm tra (chữ số thứ 10) không khớp. Vui lòng đối chiếu lại với giấy đăng ký kinh doanh."
        }
    }

    public var description: String { message }
}

