/// What the server said when it accepted a message — worth logging, because
/// the "queued as …" id is how a mail administrator traces a message.
public struct SMTPDelivery: Sendable, Hashable {
    /// The final reply to the message body, e.g. `250 2.0.0 OK queued as 7`.
    public let serverReply: String
    /// The Message-ID header that was sent, without angle brackets.
    public let messageID: String
    /// The envelope recipients the server accepted.
    public let recipients: [String]

    public init(serverReply: String, messageID: String, recipients: [String]) {
        self.serverReply = serverReply
        self.messageID = messageID
        self.recipients = recipients
    }
}
