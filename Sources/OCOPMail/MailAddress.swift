/// An e-mail address with an optional display name.
///
/// Why a dedicated type: the address is copied verbatim into SMTP commands
/// (`MAIL FROM:<…>`, `RCPT TO:<…>`) and into headers, so it is validated once,
/// at construction, and every later use can rely on it being free of CR, LF,
/// angle brackets, spaces and non-ASCII characters (no SMTPUTF8 is needed and
/// no header or command injection is possible).
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    /// The bare address, e.g. `hoso@ocop.example.vn`.
    public let address: String
    /// The display name, e.g. `Hội đồng OCOP tỉnh`; may contain any Unicode.
    /// CR and LF are removed when rendered.
    public let name: String?

    /// Validates `address`.
    /// - Throws: ``SMTPError/invalidAddress(_:)`` when it is empty, longer than
    ///   254 characters, not `local@domain`, not ASCII, or contains spaces,
    ///   control characters or any of `< > ( ) [ ] , ; : " \`.
    public init(_ address: String, name: String? = nil) throws(SMTPError) {
        guard MailAddress.isValid(address) else {
            throw SMTPError.invalidAddress(address)
        }
        self.address = address
        if let name, !name.isEmpty {
            self.name = name
        } else {
            self.name = nil
        }
    }

    /// `Name <address>` as a person would write it (not header-encoded).
    public var description: String {
        if let name { return "\(name) <\(address)>" }
        return address
    }

    /// The part after the `@`, used to build Message-IDs.
    var domain: String {
        String(address[address.index(after: address.lastIndex(of: "@")!)...])
    }

    static func isValid(_ address: String) -> Bool {
        let bytes = Array(address.utf8)
        guard !bytes.isEmpty, bytes.count <= 254 else { return false }
        let forbidden = Set("<>()[],;:\"\\".utf8)
        var atCount = 0
        for byte in bytes {
            // Printable ASCII only: excludes space, CR, LF, TAB, DEL and any UTF-8.
            guard byte > 0x20, byte < 0x7F, !forbidden.contains(byte) else { return false }
            if byte == UInt8(ascii: "@") { atCount += 1 }
        }
        guard atCount == 1, let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return false }
        let local = bytes[..<at]
        let domain = bytes[(at + 1)...]
        guard !local.isEmpty, local.count <= 64, !domain.isEmpty else { return false }
        let dot = UInt8(ascii: ".")
        guard domain.first != dot, domain.last != dot, local.first != dot, local.last != dot else { return false }
        return true
    }
}
