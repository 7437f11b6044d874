#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore
import NIOPosix
import NIOSSL

/// One open connection to the server and the command/reply primitive.
///
/// Why separate from ``SMTPClient``: this is the only place that knows about
/// channels, bootstraps and promises; the client reads as the SMTP dialogue.
struct SMTPConnection: Sendable {
    let channel: any Channel
    let commandTimeout: TimeAmount
    /// True once everything on the wire is encrypted (implicit TLS, or after
    /// a successful STARTTLS).
    private(set) var isEncrypted: Bool

    /// Opens the TCP connection (with TLS first when `implicitTLS` is given)
    /// and installs the SMTP handlers.
    static func connect(
        settings: SMTPSettings,
        group: any EventLoopGroup,
        implicitTLS: TLSUpgrade?
    ) async throws(SMTPError) -> SMTPConnection {
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(TimeAmount(settings.connectTimeout))
            .channelOption(.socketOption(.so_keepalive), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    if let implicitTLS {
                        try sync.addHandler(NIOSSLClientHandler(context: implicitTLS.context, serverHostname: implicitTLS.serverHostname))
                    }
                    try sync.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                    try sync.addHandler(SMTPClientHandler())
                }
            }
        do {
            let channel = try await bootstrap.connect(host: settings.host, port: settings.port).get()
            return SMTPConnection(
                channel: channel,
                commandTimeout: TimeAmount(settings.commandTimeout),
                isEncrypted: implicitTLS != nil
            )
        } catch {
            throw connectError(error, settings: settings)
        }
    }

    private static func connectError(_ error: any Error, settings: SMTPSettings) -> SMTPError {
        if let error = error as? SMTPError { return error }
        if let channelError = error as? ChannelError, case .connectTimeout = channelError {
            return .timedOut(step: .connect)
        }
        if let error = error as? NIOConnectionError {
            var reasons: [String] = []
            if let dnsError = error.dnsAError ?? error.dnsAAAAError, error.connectionErrors.isEmpty {
                reasons.append("không phân giải được tên máy (\(dnsError))")
            }
            for failure in error.connectionErrors {
                let address = failure.target.ipAddress ?? "\(failure.target)"
                reasons.append("\(address): \(describe(failure.error))")
            }
            if reasons.isEmpty { reasons.append("không tìm thấy địa chỉ nào cho tên máy") }
            return .connectionFailed(host: settings.host, port: settings.port, reason: reasons.joined(separator: "; "))
        }
        if error is NIOSSLError || error is NIOSSLExtraError || error is BoringSSLError {
            return .tlsFailed(reason: String(describing: error))
        }
        return .connectionFailed(host: settings.host, port: settings.port, reason: String(describing: error))
    }

    /// `Connection refused` rather than NIO's full syscall description.
    private static func describe(_ error: any Error) -> String {
        if let ioError = error as? IOError, let message = strerror(ioError.errnoCode) {
            return String(cString: message)
        }
        return String(describing: error)
    }

    /// Sends one command line (CRLF added) and waits for its reply.
    func command(_ line: String, step: SMTPStep, tlsUpgrade: TLSUpgrade? = nil) async throws(SMTPError) -> SMTPReply {
        precondition(isCommandSafe(line), "SMTP command lines are built from validated values")
        return try await exchange(channel.allocator.buffer(string: line + "\r\n"), step: step, tlsUpgrade: tlsUpgrade)
    }

    /// Waits for the server's first reply without sending anything.
    func greeting() async throws(SMTPError) -> SMTPReply {
        try await exchange(nil, step: .greeting)
    }

    /// Sends raw bytes (the DATA payload) and waits for the reply.
    func send(bytes: [UInt8], step: SMTPStep) async throws(SMTPError) -> SMTPReply {
        try await exchange(channel.allocator.buffer(bytes: bytes), step: step)
    }

    private func exchange(_ bytes: ByteBuffer?, step: SMTPStep, tlsUpgrade: TLSUpgrade? = nil) async throws(SMTPError) -> SMTPReply {
        let promise = channel.eventLoop.makePromise(of: SMTPReply.self)
        let request = SMTPRequest(bytes: bytes, step: step, timeout: commandTimeout, tlsUpgrade: tlsUpgrade, replyPromise: promise)
        // If the write never reaches the handler (channel already closed),
        // nothing else would complete the promise.
        channel.writeAndFlush(request).whenFailure { error in
            promise.fail(SMTPClientHandler.smtpError(for: error, step: step))
        }
        do {
            return try await promise.futureResult.get()
        } catch {
            throw SMTPClientHandler.smtpError(for: error, step: step)
        }
    }

    mutating func markEncrypted() { isEncrypted = true }

    /// Closes the connection; errors are irrelevant at that point.
    func close() async {
        try? await channel.close()
    }
}
