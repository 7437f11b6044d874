import Foundation
import NIOCore
import OCOPMail

/// The mail log's messages sent through the SMTP server of `SMTP_HOST` … (`OCOPMail.SMTPClient`): one
/// connection per message; the client's errors become the log's words and its retry decision.
struct SMTPMailTransport: MailTransport {
    let client: SMTPClient

    init(settings: SMTPSettings, eventLoopGroup: any EventLoopGroup) {
        client = SMTPClient(settings: settings, eventLoopGroup: eventLoopGroup)
    }

    func send(to address: String, name: String, subject: String, body: String) async throws -> String {
        do {
            let message = MailMessage(to: try MailAddress(address, name: name), subject: subject, body: body)
            return try await client.send(message).serverReply
        } catch let error as SMTPError {
            throw MailDeliveryError(description: error.description, isTransient: error.isTransient)
        }
    }
}

extension MailAddress {
    /// An address as accounts and producers store it, when it can receive mail; nil otherwise (the
    /// recipient then gets the printed letter).
    static func usable(_ typed: String?) -> String? {
        guard let text = typed?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty,
              (try? MailAddress(text)) != nil, text.split(separator: "@").last?.contains(".") == true else { return nil }
        return text
    }
}
