import Foundation

/// RFC 2047 "encoded words" (`=?UTF-8?B?…?=`), the only way to put
/// Vietnamese text into a header, which must be 7-bit ASCII.
enum RFC2047 {
    /// RFC 2047 §2: an encoded word may not be longer than 75 characters.
    static let maxWordLength = 75
    static let prefix = "=?UTF-8?B?"
    static let suffix = "?="
    /// 75 − 12 characters of framing leave 63 for base64, i.e. 15 groups of
    /// four characters, i.e. 45 bytes of UTF-8 per word.
    static let maxBytesPerWord = (maxWordLength - 12) / 4 * 3

    /// Encodes `text` as one or more words of at most 75 characters. Words
    /// are split between characters (never inside a UTF-8 sequence, which
    /// RFC 2047 §5 forbids), so each decodes on its own.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        func flush() {
            guard !chunk.isEmpty else { return }
            words.append(prefix + Data(chunk).base64EncodedString() + suffix)
            chunk.removeAll(keepingCapacity: true)
        }
        for character in text {
            let bytes = Array(String(character).utf8)
            if bytes.count <= maxBytesPerWord {
                if chunk.count + bytes.count > maxBytesPerWord { flush() }
                chunk.append(contentsOf: bytes)
            } else {
                // A pathological grapheme (long combining sequence): split
                // between its scalars, each at most 4 bytes.
                for scalar in character.unicodeScalars {
                    let scalarBytes = Array(String(scalar).utf8)
                    if chunk.count + scalarBytes.count > maxBytesPerWord { flush() }
                    chunk.append(contentsOf: scalarBytes)
                }
            }
        }
        flush()
        return words
    }
}

/// Helpers shared by the header renderers.
enum HeaderText {
    /// Replaces CR, LF and every other control character with a space: a
    /// header value can then never end the header early or start a new one.
    static func sanitized(_ value: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar == "\u{2028}" || scalar == "\u{2029}" {
                scalars.append(" ")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    static func isPrintableASCII(_ value: String) -> Bool {
        value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Characters allowed unquoted in a display name (RFC 5322 atext + space).
    static func isPlainPhrase(_ value: String) -> Bool {
        let specials = Set("!#$%&'*+-/=?^_`{|}~ ".utf8)
        return value.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x61 && byte <= 0x7A) || specials.contains(byte)
        }
    }

    /// An unstructured value (Subject): raw when it is short printable ASCII,
    /// otherwise encoded words folded one per line.
    static func unstructured(_ value: String, headerName: String) -> String {
        let clean = sanitized(value)
        if isPrintableASCII(clean), !clean.contains("=?"), headerName.count + 2 + clean.count <= 78 {
            return clean
        }
        return RFC2047.encodedWords(clean).joined(separator: "\r\n ")
    }

    /// A display name: raw, quoted or encoded as needed.
    static func phrase(_ value: String) -> String {
        let clean = sanitized(value).trimmingCharacters(in: .whitespaces)
        if clean.isEmpty { return "" }
        if isPlainPhrase(clean), !clean.contains("=?") {
            return clean
        }
        if isPrintableASCII(clean), !clean.contains("=?") {
            let escaped = clean.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"")
            return "\"" + escaped + "\""
        }
        return RFC2047.encodedWords(clean).joined(separator: "\r\n ")
    }

    /// `Name <address>` or the bare address, header-ready.
    static func mailbox(_ mailbox: MailAddress) -> String {
        guard let name = mailbox.name else { return mailbox.address }
        let rendered = phrase(name)
        if rendered.isEmpty { return mailbox.address }
        // Fold before the address when the phrase's last line is already long.
        let lastLine = rendered.components(separatedBy: "\r\n").last ?? rendered
        let separator = lastLine.count + mailbox.address.count + 4 > 78 ? "\r\n " : " "
        return rendered + separator + "<\(mailbox.address)>"
    }
}
