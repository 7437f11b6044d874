/// The stage of an SMTP conversation, carried by ``SMTPError`` so an
/// administrator can tell *where* a delivery failed (connection, TLS, login,
/// a particular recipient, the message body…).
public enum SMTPStep: Sendable, Hashable, CustomStringConvertible {
    case connect
    case greeting
    case ehlo
    case helo
    case startTLS
    case auth
    case mailFrom
    /// A `RCPT TO` for the given recipient address.
    case rcptTo(String)
    case data
    /// Sending the message itself and the terminating `.` line.
    case messageBody
    case quit

    /// The SMTP command name (or a short Vietnamese label for non-commands).
    public var description: String {
        switch self {
        case .connect: return "kết nối"
        case .greeting: return "chào (220)"
        case .ehlo: return "EHLO"
        case .helo: return "HELO"
        case .startTLS: return "STARTTLS"
        case .auth: return "AUTH"
        case .mailFrom: return "MAIL FROM"
        case .rcptTo(let address): return "RCPT TO <\(address)>"
        case .data: return "DATA"
        case .messageBody: return "gửi nội dung thư"
        case .quit: return "QUIT"
        }
    }
}
