import Foundation

/// A plain-text e-mail, the kind the OCOP software sends (reminders,
/// notifications). Kept deliberately small: no HTML, no attachments.
public struct MailMessage: Sendable, Hashable {
    /// One or more recipients (all go into `To:` and the envelope).
    public var to: [MailAddress]
    /// Any Unicode; encoded per RFC 2047 when needed.
    public var subject: String
    /// Plain text in any Unicode; sent as UTF-8 in base64, so the Vietnamese
    /// diacritics survive every relay and line-length limit.
    public var body: String
    public var replyTo: MailAddress?

    public init(to: [MailAddress], subject: String, body: String, replyTo: MailAddress? = nil) {
        self.to = to
        self.subject = subject
        self.body = body
        self.replyTo = replyTo
    }

    public init(to: MailAddress, subject: String, body: String, replyTo: MailAddress? = nil) {
        self.init(to: [to], subject: subject, body: body, replyTo: replyTo)
    }

    /// The RFC 5322 text of the message, CRLF line endings throughout,
    /// ending with CRLF — ready for DATA (dot-stuffing is done when sending).
    ///
    /// - Parameters:
    ///   - sender: the `From:` mailbox.
    ///   - messageID: `local@domain` without angle brackets (any `<`, `>`,
    ///     spaces or control characters are removed).
    ///   - date: rendered in Vietnam time (+0700).
    public func rendered(from sender: MailAddress, messageID: String, date: Date) -> String {
        var headers: [String] = []
        headers.append("Date: " + RFC5322Date.format(date))
        headers.append("From: " + HeaderText.mailbox(sender))
        headers.append("To: " + to.map(HeaderText.mailbox).joined(separator: ",\r\n "))
        if let replyTo {
            headers.append("Reply-To: " + HeaderText.mailbox(replyTo))
        }
        headers.append("Subject: " + HeaderText.unstructured(subject, headerName: "Subject"))
        headers.append("Message-ID: <" + MailMessage.sanitizedMessageID(messageID) + ">")
        headers.append("MIME-Version: 1.0")
        headers.append("Content-Type: text/plain; charset=UTF-8")
        headers.append("Content-Transfer-Encoding: base64")

        var text = headers.joined(separator: "\r\n")
        text += "\r\n\r\n"
        text += MailMessage.base64Body(body)
        return text
    }

    static func sanitizedMessageID(_ id: String) -> String {
        String(String.UnicodeScalarView(id.unicodeScalars.filter { scalar in
            scalar.value > 0x20 && scalar.value < 0x7F && scalar != "<" && scalar != ">"
        }))
    }

    /// The body with line endings made CRLF (RFC 2045's canonical form for
    /// text), base64-encoded in lines of 76 characters, each ending in CRLF.
    static func base64Body(_ body: String) -> String {
        let canonical = body
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let encoded = Data(canonical.utf8).base64EncodedString()
        var lines: [Substring] = []
        var start = encoded.startIndex
        while start < encoded.endIndex {
            let end = encoded.index(start, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(encoded[start..<end])
            start = end
        }
        return lines.map { $0 + "\r\n" }.joined()
    }
}
