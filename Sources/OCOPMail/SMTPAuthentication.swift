import Foundation

/// AUTH PLAIN (RFC 4616), or AUTH LOGIN when that is all the server offers.
///
/// Why both: PLAIN is the standard and takes one round trip; LOGIN is what
/// some older relays (and Microsoft servers) still only support. Both send
/// the password merely base64-encoded, so the client only runs them over
/// TLS unless `allowPlainAuth` says otherwise.
enum SMTPAuthentication {
    static func authenticate(
        _ connection: SMTPConnection,
        username: String,
        password: String,
        offered: [String]
    ) async throws(SMTPError) {
        if offered.contains("PLAIN") {
            let token = base64("\u{0}\(username)\u{0}\(password)")
            var reply = try await connection.command("AUTH PLAIN \(token)", step: .auth)
            if reply.code == 334 {
                // A server that ignores the initial response asks again.
                reply = try await connection.command(token, step: .auth)
            }
            try expect(reply, 235, step: .auth)
        } else if offered.contains("LOGIN") {
            try expect(await connection.command("AUTH LOGIN", step: .auth), 334, step: .auth)
            try expect(await connection.command(base64(username), step: .auth), 334, step: .auth)
            try expect(await connection.command(base64(password), step: .auth), 235, step: .auth)
        } else {
            throw .authNotOffered(offered: offered)
        }
    }

    private static func base64(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
    }
}
