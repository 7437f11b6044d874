import Foundation
import NIOCore
import NIOPosix

/// Sends ``MailMessage``s through one SMTP relay described by ``SMTPSettings``.
///
/// Each ``send(_:)`` opens its own connection and closes it afterwards:
/// the OCOP software sends few messages, and a fresh connection per message
/// keeps failures independent and the client stateless (and `Sendable`).
public struct SMTPClient: Sendable {
    public let settings: SMTPSettings
    public let eventLoopGroup: any EventLoopGroup

    /// - Parameter eventLoopGroup: defaults to NIO's shared singleton; pass
    ///   Vapor's `app.eventLoopGroup` to share its threads.
    public init(settings: SMTPSettings, eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.settings = settings
        self.eventLoopGroup = eventLoopGroup
    }

    /// Delivers `message` to all its recipients, or throws.
    ///
    /// - Returns: the server's final reply (e.g. `250 2.0.0 OK queued as …`)
    ///   and the Message-ID that was used.
    /// - Throws: ``SMTPError`` (see ``SMTPError/isTransient`` to decide on a
    ///   retry); `CancellationError` if the task was cancelled.
    public func send(_ message: MailMessage) async throws -> SMTPDelivery {
        guard !message.to.isEmpty else { throw SMTPError.noRecipients }
        let messageID = "\(UUID().uuidString.lowercased())@\(settings.sender.domain)"
        let text = message.rendered(from: settings.sender, messageID: messageID, date: Date())
        let recipients = message.to.map(\.address)
        let reply = try await deliver(rawMessage: text, from: settings.sender.address, to: recipients)
        return SMTPDelivery(serverReply: reply.summary, messageID: messageID, recipients: recipients)
    }

    /// Runs the whole SMTP dialogue for an already rendered message.
    /// Internal so tests can send raw text (e.g. to exercise dot-stuffing).
    func deliver(rawMessage: String, from envelopeSender: String, to recipients: [String]) async throws -> SMTPReply {
        try validateBeforeConnecting(sender: envelopeSender, recipients: recipients)
        let tls: TLSUpgrade? = settings.security == .plain ? nil : TLSUpgrade(
            context: try SMTPTLS.makeContext(for: settings),
            serverHostname: SMTPTLS.serverHostname(for: settings.host)
        )
        var connection = try await SMTPConnection.connect(
            settings: settings,
            group: eventLoopGroup,
            implicitTLS: settings.security == .tls ? tls : nil
        )
        let channel = connection.channel
        do {
            return try await withTaskCancellationHandler {
                let reply = try await converse(&connection, tls: tls, rawMessage: rawMessage, from: envelopeSender, to: recipients)
                // The message is accepted; a failed QUIT changes nothing.
                _ = try? await connection.command("QUIT", step: .quit)
                await connection.close()
                return reply
            } onCancel: {
                channel.close(promise: nil)
            }
        } catch {
            await connection.close()
            if Task.isCancelled { throw CancellationError() }
            throw error
        }
    }

    private func validateBeforeConnecting(sender: String, recipients: [String]) throws(SMTPError) {
        guard !recipients.isEmpty else { throw .noRecipients }
        for address in [sender] + recipients where !MailAddress.isValid(address) {
            throw .invalidAddress(address)
        }
        guard !settings.host.isEmpty, isCommandSafe(settings.host) else {
            throw .invalidSettings("tên máy chủ thư trống hoặc chứa ký tự xuống dòng")
        }
        guard (1...65535).contains(settings.port) else {
            throw .invalidSettings("cổng \(settings.port) không nằm trong khoảng 1–65535")
        }
        guard isValidHeloName(settings.heloName) else {
            throw .invalidSettings("tên HELO/EHLO \"\(settings.heloName)\" phải là ASCII, không có khoảng trắng")
        }
        if settings.username != nil, settings.security == .plain, !settings.allowPlainAuth {
            throw .plainAuthRefused
        }
    }

    private func converse(
        _ connection: inout SMTPConnection,
        tls: TLSUpgrade?,
        rawMessage: String,
        from sender: String,
        to recipients: [String]
    ) async throws(SMTPError) -> SMTPReply {
        try expect(await connection.greeting(), 220, step: .greeting)
        var capabilities = try await hello(connection)

        if settings.security == .startTLS, let tls {
            guard capabilities.supports("STARTTLS") else { throw .startTLSNotOffered }
            try expect(await connection.command("STARTTLS", step: .startTLS, tlsUpgrade: tls), 220, step: .startTLS)
            connection.markEncrypted()
            // RFC 3207 §4.2: forget everything learnt before TLS and ask again.
            capabilities = try await hello(connection)
        }

        if let username = settings.username {
            guard connection.isEncrypted || settings.allowPlainAuth else { throw .plainAuthRefused }
            try await SMTPAuthentication.authenticate(
                connection,
                username: username,
                password: settings.password ?? "",
                offered: capabilities.authMechanisms
            )
        }

        try expect(await connection.command("MAIL FROM:<\(sender)>", step: .mailFrom), 250, step: .mailFrom)
        for recipient in recipients {
            let step = SMTPStep.rcptTo(recipient)
            try expect(await connection.command("RCPT TO:<\(recipient)>", step: step), 250, 251, step: step)
        }
        try expect(await connection.command("DATA", step: .data), 354, step: .data)
        let reply = try await connection.send(bytes: SMTPDataEncoding.transmissionBytes(rawMessage), step: .messageBody)
        try expect(reply, 250, step: .messageBody)
        return reply
    }

    /// EHLO, or HELO when the server rejects EHLO with a 5xx (an old server).
    private func hello(_ connection: SMTPConnection) async throws(SMTPError) -> SMTPCapabilities {
        let ehlo = try await connection.command("EHLO \(settings.heloName)", step: .ehlo)
        if ehlo.code == 250 { return SMTPCapabilities(ehloReply: ehlo) }
        guard (500..<600).contains(ehlo.code) else {
            throw .unexpectedReply(step: .ehlo, code: ehlo.code, text: ehlo.text)
        }
        try expect(await connection.command("HELO \(settings.heloName)", step: .helo), 250, step: .helo)
        return .none
    }
}

/// Throws ``SMTPError/unexpectedReply(step:code:text:)`` unless the reply has one of `codes`.
@discardableResult
func expect(_ reply: SMTPReply, _ codes: Int..., step: SMTPStep) throws(SMTPError) -> SMTPReply {
    guard codes.contains(reply.code) else {
        throw .unexpectedReply(step: step, code: reply.code, text: reply.text)
    }
    return reply
}
