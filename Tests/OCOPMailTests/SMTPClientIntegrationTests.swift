import Foundation
import NIOCore
import NIOPosix
import Testing
@testable import OCOPMail
@testable import OCOPTestSupport

/// End-to-end tests against the real aiosmtpd server in scripts/smtp_sink.py.
@Suite("SMTPClient against smtp_sink.py")
struct SMTPClientIntegrationTests {
    static let user = "ocop-app"
    static let password = "mật-khẩu-bí-mật"

    func settings(
        port: Int,
        host: String = "127.0.0.1",
        security: SMTPSettings.Security = .plain,
        username: String? = nil,
        password: String? = nil,
        allowPlainAuth: Bool = false,
        trustedRootsPEM: String? = nil,
        verifyCertificate: Bool = true,
        commandTimeout: Duration = .seconds(5)
    ) -> SMTPSettings {
        SMTPSettings(host: host, port: port, security: security, username: username, password: password,
                     allowPlainAuth: allowPlainAuth, sender: Fixture.sender, heloName: "app.ocop.example.vn",
                     connectTimeout: .seconds(5), commandTimeout: commandTimeout,
                     trustedRootsPEM: trustedRootsPEM, verifyCertificate: verifyCertificate)
    }

    var message: MailMessage {
        MailMessage(to: [Fixture.recipient, Fixture.secondRecipient], subject: Fixture.subject, body: Fixture.body)
    }

    /// Checks what the server stored against what was sent.
    func verifyReceived(_ sink: SMTPSink, delivery: SMTPDelivery, login: String?, tls: Bool) throws {
        let mails = try sink.receivedMessages()
        try #require(mails.count == 1)
        let mail = mails[0]
        #expect(mail.envelope.mail_from == Fixture.sender.address)
        #expect(mail.envelope.rcpt_tos == [Fixture.recipient.address, Fixture.secondRecipient.address])
        #expect(mail.envelope.auth_login == login)
        #expect(mail.envelope.tls == tls)
        #expect(mail.envelope.helo == "app.ocop.example.vn")

        let parsed = mail.parsed
        #expect(parsed.usesCRLFOnly)
        #expect(parsed.decodedHeader("Subject") == Fixture.subject)
        #expect(parsed.decodedHeader("From") == "Văn phòng Điều phối OCOP <ocop-noreply@ocop.example.vn>")
        #expect(parsed.decodedHeader("To")
            == "Hợp tác xã Chè Shan tuyết Suối Giàng <htx.shantuyet@example.vn>, phong.nn@example.vn")
        #expect(parsed.header("Message-ID") == "<\(delivery.messageID)>")
        #expect(parsed.header("Content-Type") == "text/plain; charset=UTF-8")
        #expect(parsed.decodedBody == Fixture.body.replacingOccurrences(of: "\n", with: "\r\n"))

        #expect(delivery.serverReply == "250 2.0.0 OK queued as 1")
        #expect(delivery.recipients == mail.envelope.rcpt_tos)
        #expect(delivery.messageID.hasSuffix("@ocop.example.vn"))
    }

    /// Runs `body` with a started sink and always stops it.
    func withSink(_ arguments: [String] = [], _ body: (SMTPSink) async throws -> Void) async throws {
        let sink = try await SMTPSink.start(arguments)
        defer { sink.stop() }
        try await body(sink)
    }

    func tlsArguments() throws -> [String] {
        let certificate = try TestCertificate.get()
        return ["--tls-cert", certificate.certificatePath, "--tls-key", certificate.keyPath]
    }

    /// The error `send` throws, as an SMTPError.
    func sendError(_ client: SMTPClient, _ message: MailMessage? = nil) async -> SMTPError? {
        do {
            _ = try await client.send(message ?? self.message)
            Issue.record("send should have failed")
            return nil
        } catch let error as SMTPError {
            return error
        } catch {
            Issue.record("expected an SMTPError, got \(error)")
            return nil
        }
    }

    // MARK: Successful deliveries

    @Test func plainWithoutAuth() async throws {
        try await withSink { sink in
            let delivery = try await SMTPClient(settings: settings(port: sink.port)).send(message)
            try verifyReceived(sink, delivery: delivery, login: nil, tls: false)
        }
    }

    @Test func plainWithAuthPlainWhenAllowed() async throws {
        try await withSink(["--auth", "\(Self.user):\(Self.password)"]) { sink in
            let client = SMTPClient(settings: settings(port: sink.port, username: Self.user, password: Self.password, allowPlainAuth: true))
            let delivery = try await client.send(message)
            try verifyReceived(sink, delivery: delivery, login: Self.user, tls: false)
        }
    }

    @Test func authLoginFallbackWhenOnlyLoginIsOffered() async throws {
        try await withSink(["--auth", "\(Self.user):\(Self.password)", "--auth-mechanisms", "LOGIN"]) { sink in
            let client = SMTPClient(settings: settings(port: sink.port, username: Self.user, password: Self.password, allowPlainAuth: true))
            let delivery = try await client.send(message)
            try verifyReceived(sink, delivery: delivery, login: Self.user, tls: false)
        }
    }

    @Test func startTLSWithAuthAndTrustedSelfSignedCertificate() async throws {
        let certificate = try TestCertificate.get()
        try await withSink(tlsArguments() + ["--require-starttls", "--auth", "\(Self.user):\(Self.password)"]) { sink in
            let client = SMTPClient(settings: settings(
                port: sink.port, host: "localhost", security: .startTLS,
                username: Self.user, password: Self.password, trustedRootsPEM: certificate.certificatePath))
            let delivery = try await client.send(message)
            try verifyReceived(sink, delivery: delivery, login: Self.user, tls: true)
        }
    }

    @Test func implicitTLS() async throws {
        let certificate = try TestCertificate.get()
        try await withSink(tlsArguments() + ["--implicit-tls", "--auth", "\(Self.user):\(Self.password)"]) { sink in
            let client = SMTPClient(settings: settings(
                port: sink.port, host: "localhost", security: .tls,
                username: Self.user, password: Self.password, trustedRootsPEM: certificate.certificatePath))
            let delivery = try await client.send(message)
            try verifyReceived(sink, delivery: delivery, login: Self.user, tls: true)
        }
    }

    @Test func verificationCanBeTurnedOff() async throws {
        try await withSink(tlsArguments()) { sink in
            let client = SMTPClient(settings: settings(port: sink.port, security: .startTLS, verifyCertificate: false))
            let delivery = try await client.send(message)
            try verifyReceived(sink, delivery: delivery, login: nil, tls: true)
        }
    }

    @Test func dotStuffingOnTheWire() async throws {
        // Base64 bodies never start a line with ".", so send raw text to
        // prove the client stuffs and aiosmtpd unstuffs back to the original.
        let raw = "Subject: dots\r\n\r\n.first\r\n.\r\n..two\r\nmiddle.\r\n.\r\nlast\r\n"
        try await withSink { sink in
            let reply = try await SMTPClient(settings: settings(port: sink.port))
                .deliver(rawMessage: raw, from: "a@b.vn", to: ["c@d.vn"])
            #expect(reply.code == 250)
            let mails = try sink.receivedMessages()
            try #require(mails.count == 1)
            #expect(String(decoding: mails[0].raw, as: UTF8.self) == raw)
        }
    }

    @Test func startTLSToAnIPAddressChecksTheIPInTheCertificate() async throws {
        let certificate = try TestCertificate.get()
        try await withSink(tlsArguments()) { sink in
            let client = SMTPClient(settings: settings(
                port: sink.port, host: "127.0.0.1", security: .startTLS, trustedRootsPEM: certificate.certificatePath))
            let delivery = try await client.send(message)
            try verifyReceived(sink, delivery: delivery, login: nil, tls: true)
        }
    }

    // MARK: Failures

    @Test func certificateForAnotherHostIsRefused() async throws {
        let certificate = try TestCertificate.get()
        // Trusted certificate, but it names localhost / 127.0.0.1, not 127.0.0.2.
        try await withSink(tlsArguments() + ["--host", "127.0.0.2"]) { sink in
            let client = SMTPClient(settings: settings(
                port: sink.port, host: "127.0.0.2", security: .startTLS, trustedRootsPEM: certificate.certificatePath))
            let error = await sendError(client)
            guard case .tlsFailed? = error else {
                Issue.record("expected tlsFailed, got \(String(describing: error))")
                return
            }
            let received = try sink.receivedMessages()
            #expect(received.isEmpty)
        }
    }

    @Test func untrustedCertificateFailsTheHandshake() async throws {
        try await withSink(tlsArguments() + ["--require-starttls"]) { sink in
            // System roots only: the self-signed certificate is not trusted.
            let client = SMTPClient(settings: settings(port: sink.port, host: "localhost", security: .startTLS))
            let error = await sendError(client)
            guard case .tlsFailed(let reason)? = error else {
                Issue.record("expected tlsFailed, got \(String(describing: error))")
                return
            }
            #expect(reason.contains("CERTIFICATE_VERIFY_FAILED") || reason.lowercased().contains("certificate"), "\(reason)")
            #expect(error?.isTransient == false)
            let received = try sink.receivedMessages()
            #expect(received.isEmpty)
        }
    }

    @Test func startTLSRequiredButNotOffered() async throws {
        try await withSink { sink in
            let error = await sendError(SMTPClient(settings: settings(port: sink.port, security: .startTLS)))
            #expect(error == .startTLSNotOffered)
            #expect(error?.isTransient == false)
            let received = try sink.receivedMessages()
            #expect(received.isEmpty)
        }
    }

    @Test func wrongPasswordIsPermanent() async throws {
        try await withSink(["--auth", "\(Self.user):\(Self.password)"]) { sink in
            let client = SMTPClient(settings: settings(port: sink.port, username: Self.user, password: "sai", allowPlainAuth: true))
            let error = await sendError(client)
            guard case .unexpectedReply(.auth, 535, let text)? = error else {
                Issue.record("expected 535 at AUTH, got \(String(describing: error))")
                return
            }
            #expect(text.contains("Authentication"))
            #expect(error?.isTransient == false)
            #expect(error?.description.hasPrefix("Máy chủ thư từ chối bước AUTH: 535") == true)
        }
    }

    @Test func credentialsAreNotSentInClearUnlessAllowed() async throws {
        try await withSink(["--auth", "\(Self.user):\(Self.password)"]) { sink in
            let client = SMTPClient(settings: settings(port: sink.port, username: Self.user, password: Self.password))
            #expect(await sendError(client) == .plainAuthRefused)
        }
    }

    @Test func authNotOffered() async throws {
        try await withSink { sink in
            let client = SMTPClient(settings: settings(port: sink.port, username: Self.user, password: Self.password, allowPlainAuth: true))
            #expect(await sendError(client) == .authNotOffered(offered: []))
        }
    }

    @Test func rejectedRecipientIsPermanent() async throws {
        try await withSink(["--reject-rcpt", Fixture.secondRecipient.address]) { sink in
            let error = await sendError(SMTPClient(settings: settings(port: sink.port)))
            guard case .unexpectedReply(.rcptTo(Fixture.secondRecipient.address), 550, _)? = error else {
                Issue.record("expected 550 at RCPT TO, got \(String(describing: error))")
                return
            }
            #expect(error?.isTransient == false)
            #expect(error?.description.hasPrefix("Máy chủ thư từ chối bước RCPT TO <phong.nn@example.vn>: 550 5.1.1") == true)
            let received = try sink.receivedMessages()
            #expect(received.isEmpty)
        }
    }

    @Test func temporarilyFailedRecipientIsTransient() async throws {
        try await withSink(["--tempfail-rcpt", Fixture.recipient.address]) { sink in
            let error = await sendError(SMTPClient(settings: settings(port: sink.port)))
            #expect(error?.replyCode == 451)
            #expect(error?.isTransient == true)
            let received = try sink.receivedMessages()
            #expect(received.isEmpty)
        }
    }

    @Test func connectionRefusedIsTransient() async throws {
        let port = try await Self.closedPort()
        let error = await sendError(SMTPClient(settings: settings(port: port)))
        guard case .connectionFailed(host: "127.0.0.1", port: port, let reason)? = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(reason.lowercased().contains("refused"), "\(reason)")
        #expect(error?.isTransient == true)
    }

    @Test func silentServerTimesOut() async throws {
        // Accepts the connection and never says anything.
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(server.localAddress?.port)
        defer { server.close(promise: nil) }
        // The greeting's own timeout, not the connection's: the error names the step.
        let error = await sendError(SMTPClient(settings: settings(port: port, commandTimeout: .milliseconds(300))))
        #expect(error == .timedOut(step: .greeting))
        #expect(error?.isTransient == true)
    }

    @Test func invalidRecipientsAreRefusedBeforeConnecting() async throws {
        let client = SMTPClient(settings: settings(port: 9))
        #expect(await sendError(client, MailMessage(to: [], subject: "s", body: "b")) == .noRecipients)
        await #expect(throws: SMTPError.invalidAddress("x@y.vn>\r\nDATA")) {
            _ = try await client.deliver(rawMessage: "x", from: "a@b.vn", to: ["x@y.vn>\r\nDATA"])
        }
    }

    /// A port on 127.0.0.1 where nothing listens (bound, then released).
    static func closedPort() async throws -> Int {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(server.localAddress?.port)
        try await server.close()
        return port
    }
}
