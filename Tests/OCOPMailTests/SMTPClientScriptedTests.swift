import Foundation
import Testing
@testable import OCOPMail

/// Conversations aiosmtpd cannot produce, against ``ScriptedSMTPServer``.
@Suite("SMTPClient against scripted servers")
struct SMTPClientScriptedTests {
    func client(port: Int, security: SMTPSettings.Security = .plain, timeout: Duration = .seconds(2)) -> SMTPClient {
        SMTPClient(settings: SMTPSettings(host: "127.0.0.1", port: port, security: security, sender: Fixture.sender,
                                          connectTimeout: .seconds(2), commandTimeout: timeout, verifyCertificate: false))
    }

    let message = MailMessage(to: Fixture.recipient, subject: Fixture.subject, body: "Xin chào")

    @Test func heloFallbackAndMultiLineGreeting() async throws {
        let server = try await ScriptedSMTPServer(greeting: "220-old.example.vn\r\n220 ready\r\n") { line in
            switch line.prefix(4) {
            case "EHLO": return "502 5.5.1 EHLO not implemented\r\n"
            case "HELO": return "250 old.example.vn\r\n"
            case "MAIL", "RCPT": return "250 OK\r\n"
            case "DATA": return "354 go\r\n"
            case "QUIT": return "221 bye\r\n"
            case "": return nil
            default: return line == "." ? "250-accepted\r\n250 queued as X1\r\n" : nil
            }
        }
        defer { server.close() }
        let delivery = try await client(port: server.port).send(message)
        #expect(delivery.serverReply == "250 accepted queued as X1")
    }

    @Test func heloOnlyServerCannotDoRequiredStartTLS() async throws {
        let server = try await ScriptedSMTPServer(greeting: "220 ready\r\n") { line in
            line.hasPrefix("EHLO") ? "500 what?\r\n" : line.hasPrefix("HELO") ? "250 ok\r\n" : nil
        }
        defer { server.close() }
        let error = await #expect(throws: SMTPError.self) { try await client(port: server.port, security: .startTLS).send(message) }
        #expect(error == .startTLSNotOffered)
    }

    @Test func bytesInjectedAfterStartTLSAreRefused() async throws {
        // A man in the middle appends a plaintext reply to the 220, hoping it
        // is read as if it came over TLS (CVE-2011-0411 style).
        let server = try await ScriptedSMTPServer(greeting: "220 ready\r\n") { line in
            if line.hasPrefix("EHLO") { return "250-x\r\n250 STARTTLS\r\n" }
            if line == "STARTTLS" { return "220 go ahead\r\n250-injected\r\n250 AUTH PLAIN\r\n" }
            return nil
        }
        defer { server.close() }
        let error = await #expect(throws: SMTPError.self) { try await client(port: server.port, security: .startTLS).send(message) }
        guard case .protocolViolation(.startTLS, _)? = error else {
            Issue.record("expected a STARTTLS protocol violation, got \(String(describing: error))")
            return
        }
    }

    @Test func greetingOtherThan220() async throws {
        let server = try await ScriptedSMTPServer(greeting: "554 5.3.2 no service for you\r\n") { _ in nil }
        defer { server.close() }
        let error = await #expect(throws: SMTPError.self) { try await client(port: server.port).send(message) }
        #expect(error == .unexpectedReply(step: .greeting, code: 554, text: "5.3.2 no service for you"))
        #expect(error?.isTransient == false)
    }

    @Test func serverClosingMidConversationIsTransient() async throws {
        let server = try await ScriptedSMTPServer(greeting: "220 ready\r\n") { line in
            line.hasPrefix("EHLO") ? "250 ok\r\n" : ScriptedSMTPServer.closeMarker
        }
        defer { server.close() }
        let error = await #expect(throws: SMTPError.self) { try await client(port: server.port).send(message) }
        #expect(error == .connectionClosed(step: .mailFrom))
        #expect(error?.isTransient == true)
    }

    @Test func unansweredCommandTimesOut() async throws {
        let server = try await ScriptedSMTPServer(greeting: "220 ready\r\n") { line in
            line.hasPrefix("EHLO") ? "250 ok\r\n" : nil
        }
        defer { server.close() }
        // MAIL FROM never gets an answer; the per-command time-out applies.
        let error = await #expect(throws: SMTPError.self) {
            try await client(port: server.port, timeout: .milliseconds(300)).send(message)
        }
        #expect(error == .timedOut(step: .mailFrom))
        #expect(error?.isTransient == true)
    }

    @Test func cancellationStopsPromptly() async throws {
        let server = try await ScriptedSMTPServer(greeting: nil) { _ in nil }
        defer { server.close() }
        let client = client(port: server.port, timeout: .seconds(30))
        let task = Task { try await client.send(message) }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        // Ignoring the cancellation would end in the 30 s timeout's error instead.
        let result = await task.result
        #expect(throws: CancellationError.self) { try result.get() }
    }
}
