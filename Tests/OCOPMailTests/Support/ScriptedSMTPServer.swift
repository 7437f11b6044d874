import NIOCore
import NIOPosix

/// A tiny in-process server that answers each command line with a canned
/// reply, to provoke behaviour aiosmtpd will not (HELO-only servers,
/// injected bytes after STARTTLS, silence).
final class ScriptedSMTPServer: Sendable {
    let channel: any Channel
    var port: Int { channel.localAddress!.port! }

    /// - Parameters:
    ///   - greeting: sent on connect (nil: stay silent).
    ///   - reply: the raw reply (CRLFs included) for a command line, or nil
    ///     for no answer; a reply ending in ``closeMarker`` is sent, then the
    ///     connection is closed.
    init(greeting: String?, reply: @escaping @Sendable (String) -> String?) async throws {
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(ScriptHandler(greeting: greeting, reply: reply))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
    }

    func close() { channel.close(promise: nil) }

    static let closeMarker = "<CLOSE>"

    private final class ScriptHandler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer
        let greeting: String?
        let reply: @Sendable (String) -> String?
        var received = ""

        init(greeting: String?, reply: @escaping @Sendable (String) -> String?) {
            self.greeting = greeting
            self.reply = reply
        }

        func channelActive(context: ChannelHandlerContext) {
            if let greeting { send(greeting, context: context) }
            context.fireChannelActive()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var buffer = unwrapInboundIn(data)
            received += buffer.readString(length: buffer.readableBytes) ?? ""
            while let range = received.range(of: "\r\n") {
                let line = String(received[..<range.lowerBound])
                received.removeSubrange(..<range.upperBound)
                guard let answer = reply(line) else { continue }
                if answer.hasSuffix(ScriptedSMTPServer.closeMarker) {
                    send(String(answer.dropLast(ScriptedSMTPServer.closeMarker.count)), context: context)
                    context.close(promise: nil)
                    return
                }
                send(answer, context: context)
            }
        }

        private func send(_ text: String, context: ChannelHandlerContext) {
            context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: text)), promise: nil)
        }
    }
}
