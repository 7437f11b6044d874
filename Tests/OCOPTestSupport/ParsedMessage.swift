import Foundation

/// A deliberately independent reader of what ``MailMessage/rendered`` and
/// the server produce: header unfolding, RFC 2047 B-word decoding and
/// base64 body decoding, so the tests check the wire format, not the
/// library against itself.
struct ParsedMessage {
    let raw: String
    /// Header lines as written (still folded), in order.
    let headerBlock: String
    /// Unfolded headers: (name, raw value).
    let headers: [(name: String, value: String)]
    let bodyText: String

    init(raw: String) {
        self.raw = raw
        let parts = raw.components(separatedBy: "\r\n\r\n")
        headerBlock = parts.first ?? ""
        bodyText = parts.dropFirst().joined(separator: "\r\n\r\n")
        var headers: [(String, String)] = []
        for line in headerBlock.components(separatedBy: "\r\n") {
            if let first = line.first, first == " " || first == "\t", !headers.isEmpty {
                headers[headers.count - 1].1 += line
            } else if let colon = line.firstIndex(of: ":") {
                headers.append((String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
            }
        }
        self.headers = headers
    }

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    func headerCount(_ name: String) -> Int {
        headers.filter { $0.name.lowercased() == name.lowercased() }.count
    }

    func decodedHeader(_ name: String) -> String? {
        header(name).map(Self.decodeEncodedWords)
    }

    /// The base64 body decoded as UTF-8.
    var decodedBody: String? {
        let compact = bodyText.replacingOccurrences(of: "\r\n", with: "")
        guard let data = Data(base64Encoded: compact) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// True when every LF is preceded by CR and every CR followed by LF.
    var usesCRLFOnly: Bool { Self.usesCRLFOnly(raw) }

    static func usesCRLFOnly(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (i, byte) in bytes.enumerated() {
            if byte == 0x0A, i == 0 || bytes[i - 1] != 0x0D { return false }
            if byte == 0x0D, i + 1 >= bytes.count || bytes[i + 1] != 0x0A { return false }
        }
        return true
    }

    /// All `=?charset?B?…?=` words in a header value.
    static func encodedWords(in value: String) -> [String] {
        value.matches(of: /=\?[^?]+\?[Bb]\?[^?]*\?=/).map { String($0.output) }
    }

    /// Decodes RFC 2047 B-encoded UTF-8 words; whitespace between two
    /// adjacent encoded words is dropped (RFC 2047 §6.2).
    static func decodeEncodedWords(_ value: String) -> String {
        var result = ""
        var rest = value[...]
        var previousWasEncoded = false
        while let match = rest.firstMatch(of: /=\?([^?]+)\?[Bb]\?([^?]*)\?=/) {
            let between = rest[..<match.range.lowerBound]
            if !(previousWasEncoded && between.allSatisfy(\.isWhitespace)) {
                result += between
            }
            let decoded = Data(base64Encoded: String(match.output.2)).flatMap { String(data: $0, encoding: .utf8) }
            result += decoded ?? String(match.output.0)
            previousWasEncoded = true
            rest = rest[match.range.upperBound...]
        }
        return result + rest
    }
}
