import NIOCore
import NIOSSL

/// What the client writes into the pipeline: the bytes of one command (or
/// none, to wait for the greeting) and the promise its reply completes.
///
/// Why the promise travels with the write: ``SMTPClientHandler`` queues it
/// in the same event-loop turn as the bytes go out, so replies can only ever
/// be matched to the command that caused them.
struct SMTPRequest: Sendable {
    /// CRLF-terminated command, or the DATA payload; nil for the greeting.
    var bytes: ByteBuffer?
    var step: SMTPStep
    /// How long the reply may take.
    var timeout: TimeAmount
    /// For STARTTLS: after a 220, install TLS and complete only once the
    /// handshake has succeeded.
    var tlsUpgrade: TLSUpgrade?
    var replyPromise: EventLoopPromise<SMTPReply>
}

/// The TLS handler to put at the front of the pipeline after STARTTLS.
struct TLSUpgrade: Sendable {
    var context: NIOSSLContext
    /// SNI and the name checked against the certificate; nil for an IP
    /// address, which NIOSSL then checks against the peer's address.
    var serverHostname: String?
}
