import Foundation
import Vapor

/// How a message of the mail log leaves: an SMTP server in production (`SMTPMailTransport`); nil
/// when none is configured, and the log then says so and keeps the message for later.
protocol MailTransport: Sendable {
    /// Hands one message to the server; returns the server's answer for the log.
    func send(to address: String, name: String, subject: String, body: String) async throws -> String
}

/// Why a message was not handed over, as the mail log shows it; `isTransient` ones are retried.
struct MailDeliveryError: Error, CustomStringConvertible {
    let description: String
    let isTransient: Bool
}

extension Application {
    private struct MailTransportKey: StorageKey { typealias Value = any MailTransport }

    /// The transport `configure` made from the SMTP settings, or nil without them.
    var mailTransport: (any MailTransport)? {
        get { storage[MailTransportKey.self] }
        set { storage[MailTransportKey.self] = newValue }
    }
}
