import NIOCore
import NIOEmbedded
import Testing
@testable import OCOPMail

@Suite("Reply decoding and errors")
struct SMTPProtocolTests {
    func decode(_ chunks: [String]) throws -> [SMTPReply] {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(SMTPReplyDecoder()))
        defer { _ = try? channel.finish() }
        var replies: [SMTPReply] = []
        for chunk in chunks {
            try channel.writeInbound(channel.allocator.buffer(string: chunk))
            while let reply = try channel.readInbound(as: SMTPReply.self) { replies.append(reply) }
        }
        return replies
    }

    @Test func multiLineReplyAcrossChunks() throws {
        let replies = try decode(["220 ocop ESMTP ready\r\n250-ocop-sink.test\r\n250-SIZE 33554432\r\n250-AU",
                                  "TH PLAIN LOGIN\r\n250-STARTTLS\r\n250 HELP\r\n"])
        #expect(replies.count == 2)
        #expect(replies[0] == SMTPReply(code: 220, lines: ["ocop ESMTP ready"], hadTrailingBytes: true))
        #expect(replies[1].code == 250)
        #expect(replies[1].lines == ["ocop-sink.test", "SIZE 33554432", "AUTH PLAIN LOGIN", "STARTTLS", "HELP"])
        #expect(!replies[1].hadTrailingBytes)
        let capabilities = SMTPCapabilities(ehloReply: replies[1])
        #expect(capabilities.supports("starttls"))
        #expect(capabilities.authMechanisms == ["PLAIN", "LOGIN"])
    }

    @Test func bareLFAndCodeOnlyLines() throws {
        let replies = try decode(["250\n", "354 go ahead\n"])
        #expect(replies.map(\.code) == [250, 354])
        #expect(replies[0].text == "")
    }

    @Test func legacyAuthEquals() {
        let c = SMTPCapabilities(ehloReply: SMTPReply(code: 250, lines: ["x", "AUTH=LOGIN", "8BITMIME"]))
        #expect(c.authMechanisms == ["LOGIN"])
    }

    @Test("garbage is a protocol error", arguments: [
        "hello\r\n", "25\r\n", "250-a\r\n251 b\r\n", "250_x\r\n", "099 x\r\n",
    ])
    func garbage(_ input: String) {
        #expect(throws: SMTPReplyDecodingError.self) { try decode([input]) }
    }

    @Test func unboundedLinesAreRefused() {
        #expect(throws: SMTPReplyDecodingError.self) { try decode([String(repeating: "9", count: 5000)]) }
        #expect(throws: SMTPReplyDecodingError.self) { try decode(["250 " + String(repeating: "x", count: 5000) + "\r\n"]) }
        #expect(throws: SMTPReplyDecodingError.self) { try decode([String(repeating: "250-x\r\n", count: 600)]) }
    }

    @Test func transience() {
        #expect(SMTPError.unexpectedReply(step: .rcptTo("a@b.vn"), code: 451, text: "later").isTransient)
        #expect(!SMTPError.unexpectedReply(step: .rcptTo("a@b.vn"), code: 550, text: "no").isTransient)
        #expect(SMTPError.timedOut(step: .data).isTransient)
        #expect(SMTPError.connectionClosed(step: .data).isTransient)
        #expect(SMTPError.connectionFailed(host: "h", port: 1, reason: "r").isTransient)
        for permanent: SMTPError in [.startTLSNotOffered, .authNotOffered(offered: []), .plainAuthRefused,
                                     .tlsFailed(reason: "x"), .invalidAddress("x"), .noRecipients,
                                     .protocolViolation(step: .ehlo, detail: "x"), .invalidSettings("x")] {
            #expect(!permanent.isTransient)
        }
    }

    @Test func vietnameseDescriptions() {
        #expect(SMTPError.unexpectedReply(step: .rcptTo("a@b.vn"), code: 550, text: "5.1.1 User unknown").description
            == "Máy chủ thư từ chối bước RCPT TO <a@b.vn>: 550 5.1.1 User unknown")
        #expect(SMTPError.unexpectedReply(step: .mailFrom, code: 451, text: "try later").description
            == "Máy chủ thư tạm thời từ chối bước MAIL FROM: 451 try later")
        #expect(SMTPError.timedOut(step: .greeting).description == "Hết thời gian chờ máy chủ thư ở bước chào (220).")
    }
}
