/// One complete server reply: a code and one or more text lines
/// (`250-first`, `250-second`, `250 last`, RFC 5321 §4.2).
struct SMTPReply: Sendable, Hashable {
    var code: Int
    /// Each line's text after the code and its `-`/space separator.
    var lines: [String]
    /// Set by the decoder when more bytes were already buffered behind this
    /// reply. After a STARTTLS 220 that means the server (or someone in the
    /// middle) pipelined plaintext that must not be read as if encrypted.
    var hadTrailingBytes = false

    /// The text, lines joined by a space — what error messages show.
    var text: String { lines.joined(separator: " ") }

    /// `250 OK queued as 7` — code and text as the server wrote them.
    var summary: String { text.isEmpty ? "\(code)" : "\(code) \(text)" }
}

/// The extensions announced in an EHLO reply (one keyword per line after
/// the first), e.g. `STARTTLS`, `AUTH PLAIN LOGIN`.
struct SMTPCapabilities: Sendable, Hashable {
    /// Upper-cased keyword → its upper-cased parameters.
    private(set) var keywords: [String: [String]] = [:]

    /// What a server that answered HELO (not EHLO) supports: nothing.
    static let none = SMTPCapabilities()

    init() {}

    init(ehloReply: SMTPReply) {
        for line in ehloReply.lines.dropFirst() {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true).map { $0.uppercased() }
            guard var keyword = parts.first else { continue }
            var parameters = Array(parts.dropFirst())
            // Some old servers write `AUTH=PLAIN LOGIN`.
            if keyword.hasPrefix("AUTH=") {
                parameters.insert(String(keyword.dropFirst(5)), at: 0)
                keyword = "AUTH"
            }
            keywords[keyword, default: []].append(contentsOf: parameters)
        }
    }

    func supports(_ keyword: String) -> Bool { keywords[keyword.uppercased()] != nil }

    var authMechanisms: [String] { keywords["AUTH"] ?? [] }
}
