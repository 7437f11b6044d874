import NIOCore
import NIOSSL
import NIOTLS

/// Matches replies to commands, in order, and enforces per-command time-outs.
///
/// Sits at the tail of the pipeline, after ``SMTPReplyDecoder``. Each
/// ``SMTPRequest`` written into it queues its promise; each decoded reply
/// completes the oldest queued promise. Any failure (time-out, closed
/// connection, TLS error, garbage from the server) fails every queued
/// promise and closes the channel, since the conversation's state is then
/// unknown. All state is touched on the channel's event loop only.
final class SMTPClientHandler: ChannelDuplexHandler {
    typealias InboundIn = SMTPReply
    typealias OutboundIn = SMTPRequest
    typealias OutboundOut = ByteBuffer

    private struct Pending {
        var step: SMTPStep
        var tlsUpgrade: TLSUpgrade?
        var promise: EventLoopPromise<SMTPReply>
        var timeout: Scheduled<Void>?
        /// The STARTTLS 220, kept until the TLS handshake completes.
        var upgradeReply: SMTPReply?
    }

    private var pending: [Pending] = []
    /// Replies that came before any request: only the greeting may.
    private var early: [SMTPReply] = []
    private var requestCount = 0
    /// Once set, every later request fails with it.
    private var failure: SMTPError?

    init() {}

    // MARK: Outbound

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = unwrapOutboundIn(data)
        if let failure {
            request.replyPromise.fail(failure)
            promise?.fail(failure)
            return
        }
        requestCount += 1
        let loop = context.eventLoop.assumeIsolated()
        let timeout = loop.scheduleTask(in: request.timeout) { [weak self] () -> Void in
            self?.fail(.timedOut(step: request.step), context: context)
        }
        pending.append(Pending(step: request.step, tlsUpgrade: request.tlsUpgrade, promise: request.replyPromise, timeout: timeout))

        if let bytes = request.bytes {
            context.write(wrapOutboundOut(bytes), promise: promise)
        } else {
            promise?.succeed(())
            if !early.isEmpty {
                handle(early.removeFirst(), context: context)
            }
        }
    }

    // MARK: Inbound

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        handle(unwrapInboundIn(data), context: context)
    }

    private func handle(_ reply: SMTPReply, context: ChannelHandlerContext) {
        guard failure == nil else { return }
        guard let head = pending.first else {
            if requestCount == 0 {
                early.append(reply)
            } else {
                fail(.protocolViolation(step: .greeting, detail: "máy chủ gửi trả lời không được yêu cầu: \(reply.summary)"), context: context)
            }
            return
        }
        if head.upgradeReply != nil {
            // Plaintext cannot reach us once TLS is in front; this came from
            // bytes buffered before it was installed.
            fail(.protocolViolation(step: .startTLS, detail: "máy chủ gửi dữ liệu trong lúc bắt tay TLS"), context: context)
            return
        }
        if let upgrade = head.tlsUpgrade, reply.code == 220 {
            startTLS(upgrade, reply: reply, context: context)
            return
        }
        let entry = pending.removeFirst()
        entry.timeout?.cancel()
        entry.promise.succeed(reply)
    }

    /// Puts TLS at the front of the pipeline, synchronously, in the same
    /// event-loop turn as the 220 was read: the next bytes read are TLS.
    private func startTLS(_ upgrade: TLSUpgrade, reply: SMTPReply, context: ChannelHandlerContext) {
        guard !reply.hadTrailingBytes else {
            fail(.protocolViolation(step: .startTLS, detail: "máy chủ gửi thêm dữ liệu ngay sau 220 của STARTTLS (có thể bị chèn lệnh)"), context: context)
            return
        }
        do {
            let tls = try NIOSSLClientHandler(context: upgrade.context, serverHostname: upgrade.serverHostname)
            try context.pipeline.syncOperations.addHandler(tls, position: .first)
            pending[0].upgradeReply = reply
        } catch {
            fail(.tlsFailed(reason: String(describing: error)), context: context)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let tlsEvent = event as? TLSUserEvent, case .handshakeCompleted = tlsEvent,
           let head = pending.first, let reply = head.upgradeReply {
            pending.removeFirst()
            head.timeout?.cancel()
            head.promise.succeed(reply)
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        fail(Self.smtpError(for: error, step: pending.first?.step ?? .greeting), context: context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(.connectionClosed(step: pending.first?.step ?? .quit))
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        failAll(.connectionClosed(step: pending.first?.step ?? .quit))
    }

    // MARK: Failure

    private func fail(_ error: SMTPError, context: ChannelHandlerContext) {
        failAll(error)
        context.close(promise: nil)
    }

    private func failAll(_ error: SMTPError) {
        if failure == nil { failure = error }
        let entries = pending
        pending.removeAll()
        for entry in entries {
            entry.timeout?.cancel()
            entry.promise.fail(error)
        }
    }

    /// Names NIO's and NIOSSL's errors in ``SMTPError`` terms.
    static func smtpError(for error: Error, step: SMTPStep) -> SMTPError {
        switch error {
        case let error as SMTPError:
            return error
        case let error as SMTPReplyDecodingError:
            return .protocolViolation(step: step, detail: error.detail)
        case let error as NIOSSLError:
            if case .uncleanShutdown = error { return .connectionClosed(step: step) }
            return .tlsFailed(reason: String(describing: error))
        case is BoringSSLError, is NIOSSLExtraError:
            return .tlsFailed(reason: String(describing: error))
        default:
            return .connectionClosed(step: step)
        }
    }
}
