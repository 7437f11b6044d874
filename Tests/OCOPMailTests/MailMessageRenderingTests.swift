import Foundation
import Testing
@testable import OCOPMail
@testable import OCOPTestSupport

@Suite("MailMessage.rendered")
struct MailMessageRenderingTests {
    let date = Date(timeIntervalSince1970: 1_739_440_800) // 2025-02-13 10:00:00 UTC

    func render(_ message: MailMessage, from sender: MailAddress = Fixture.sender) -> ParsedMessage {
        ParsedMessage(raw: message.rendered(from: sender, messageID: "abc123@ocop.example.vn", date: date))
    }

    var message: MailMessage {
        MailMessage(to: [Fixture.recipient, Fixture.secondRecipient], subject: Fixture.subject, body: Fixture.body,
                    replyTo: Fixture.address("hotro@ocop.example.vn", "Bộ phận hỗ trợ"))
    }

    @Test func usesCRLFOnlyAndIsSevenBit() {
        let parsed = render(message)
        #expect(parsed.usesCRLFOnly)
        #expect(parsed.raw.utf8.allSatisfy { $0 < 0x80 }, "everything must be ASCII on the wire")
        #expect(parsed.raw.hasSuffix("\r\n"))
        for line in parsed.raw.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 998)
        }
    }

    @Test func headers() {
        let parsed = render(message)
        #expect(parsed.header("Date") == "Thu, 13 Feb 2025 17:00:00 +0700")
        #expect(parsed.header("Message-ID") == "<abc123@ocop.example.vn>")
        #expect(parsed.header("MIME-Version") == "1.0")
        #expect(parsed.header("Content-Type") == "text/plain; charset=UTF-8")
        #expect(parsed.header("Content-Transfer-Encoding") == "base64")
        #expect(parsed.decodedHeader("Subject") == Fixture.subject)
        #expect(parsed.decodedHeader("From") == "Văn phòng Điều phối OCOP <ocop-noreply@ocop.example.vn>")
        #expect(parsed.decodedHeader("To") == "Hợp tác xã Chè Shan tuyết Suối Giàng <htx.shantuyet@example.vn>, phong.nn@example.vn")
        #expect(parsed.decodedHeader("Reply-To") == "Bộ phận hỗ trợ <hotro@ocop.example.vn>")
    }

    @Test func encodedWordsAreAtMost75CharactersAndWholeCharacters() {
        let parsed = render(message)
        for name in ["Subject", "From", "To", "Reply-To"] {
            let words = ParsedMessage.encodedWords(in: parsed.header(name) ?? "")
            #expect(!words.isEmpty, "\(name) has non-ASCII text, so it must be encoded")
            for word in words {
                #expect(word.count <= 75, "\(word) is \(word.count) characters")
                #expect(word.hasPrefix("=?UTF-8?B?"))
                // Each word decodes on its own: no UTF-8 sequence is split.
                #expect(ParsedMessage.decodeEncodedWords(word) != word)
            }
        }
        #expect(ParsedMessage.encodedWords(in: parsed.header("Subject")!).count > 1, "a long subject spans several words")
        // Folded: no header line is longer than 78 + a little for the first word.
        for line in parsed.headerBlock.components(separatedBy: "\r\n") {
            #expect(line.count <= 78 + "Reply-To: ".count, "\(line)")
        }
    }

    @Test func pathologicalGraphemeIsSplitBetweenScalars() {
        let subject = "a" + String(repeating: "\u{0301}", count: 60) // one Character, 121 bytes
        let words = RFC2047.encodedWords(subject)
        #expect(words.count > 1)
        #expect(words.allSatisfy { $0.count <= 75 })
        #expect(ParsedMessage.decodeEncodedWords(words.joined(separator: " ")) == subject)
    }

    @Test func bodyIsBase64InLinesOf76() {
        let parsed = render(message)
        let lines = parsed.bodyText.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count > 10)
        #expect(lines.dropLast().allSatisfy { $0.count == 76 })
        #expect(lines.last!.count <= 76)
        #expect(parsed.decodedBody == Fixture.body.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func asciiSubjectStaysReadable() {
        let parsed = render(MailMessage(to: Fixture.recipient, subject: "OCOP reminder", body: "x"))
        #expect(parsed.header("Subject") == "OCOP reminder")
    }

    @Test func longOrTrickyASCIISubjectIsEncoded() {
        let long = String(repeating: "OCOP ", count: 30)
        #expect(render(MailMessage(to: Fixture.recipient, subject: long, body: "x")).decodedHeader("Subject") == long)
        let tricky = "=?UTF-8?B?ZXZpbA==?="
        let parsed = render(MailMessage(to: Fixture.recipient, subject: tricky, body: "x"))
        #expect(parsed.header("Subject") != tricky)
        #expect(parsed.decodedHeader("Subject") == tricky)
    }

    @Test func asciiDisplayNamesAreQuotedWhenNeeded() {
        let parsed = render(MailMessage(to: Fixture.address("a@b.vn", "Nguyen, Van \"A\""), subject: "s", body: "x"),
                            from: Fixture.address("c@d.vn", "OCOP Yen Bai"))
        #expect(parsed.header("To") == #""Nguyen, Van \"A\"" <a@b.vn>"#)
        #expect(parsed.header("From") == "OCOP Yen Bai <c@d.vn>")
    }

    @Test func headerInjectionIsImpossible() {
        let evil = MailMessage(
            to: [Fixture.address("a@b.vn", "Tên\r\nBcc: victim@x.vn")],
            subject: "Hello\r\nBcc: victim@x.vn\r\n\r\nfake body",
            body: "x",
            replyTo: Fixture.address("r@b.vn", "R\nX-Evil: 1")
        )
        let asciiEvil = MailMessage(to: [Fixture.address("a@b.vn", "Ten\r\nBcc: v@x.vn")],
                                    subject: "Hi\nBcc: v@x.vn", body: "x")
        for message in [evil, asciiEvil] {
            let parsed = render(message, from: Fixture.address("s@b.vn", "S\r\nX-Evil: 2"))
            #expect(parsed.usesCRLFOnly)
            #expect(parsed.headerCount("Bcc") == 0)
            #expect(parsed.headerCount("X-Evil") == 0)
            #expect(parsed.headerCount("Subject") == 1)
            for line in parsed.headerBlock.components(separatedBy: "\r\n") {
                #expect(!line.hasPrefix("Bcc") && !line.hasPrefix("X-Evil"), "\(line)")
            }
        }
        // Message-ID: brackets, spaces and line breaks are removed.
        let parsed = ParsedMessage(raw: MailMessage(to: Fixture.recipient, subject: "s", body: "b")
            .rendered(from: Fixture.sender, messageID: "<id@x>\r\nBcc: v@x.vn", date: date))
        #expect(parsed.header("Message-ID") == "<id@xBcc:v@x.vn>")
        #expect(parsed.headerCount("Bcc") == 0)
    }

    @Test("Date is RFC 5322 in +0700", arguments: [
        (0.0, "Thu, 01 Jan 1970 07:00:00 +0700"),
        (-1.0, "Thu, 01 Jan 1970 06:59:59 +0700"),
        (951_782_400.0, "Tue, 29 Feb 2000 07:00:00 +0700"),
        (1_739_440_800.0, "Thu, 13 Feb 2025 17:00:00 +0700"),
        (1_767_200_400.0, "Thu, 01 Jan 2026 00:00:00 +0700"),
    ])
    func dateFormat(_ seconds: Double, _ expected: String) {
        #expect(RFC5322Date.format(Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test func bodyLineEndingsAreCanonicalised() {
        let parsed = render(MailMessage(to: Fixture.recipient, subject: "s", body: "một\nhai\r\nba\rbốn"))
        #expect(parsed.decodedBody == "một\r\nhai\r\nba\r\nbốn")
    }
}

@Suite("SMTP DATA encoding")
struct SMTPDataEncodingTests {
    func encode(_ text: String) -> String {
        String(decoding: SMTPDataEncoding.transmissionBytes(text), as: UTF8.self)
    }

    @Test func dotStuffing() {
        #expect(encode(".a\r\nb\r\n.\r\n..c\r\n") == "..a\r\nb\r\n..\r\n...c\r\n.\r\n")
        #expect(encode("a.b\r\n") == "a.b\r\n.\r\n")
    }

    @Test func lineEndingsAndTermination() {
        #expect(encode("a\nb\rc") == "a\r\nb\r\nc\r\n.\r\n")
        #expect(encode("") == ".\r\n")
        #expect(encode("\n.x") == "\r\n..x\r\n.\r\n")
    }
}
