/// Why a delivery failed, worded for the administrator who reads the log.
///
/// ``isTransient`` tells a retry queue whether trying again later can help:
/// 4xx replies, time-outs and broken connections can; 5xx replies, TLS
/// verification failures and configuration mistakes cannot.
public enum SMTPError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The TCP connection could not be opened (refused, unreachable, DNS…).
    case connectionFailed(host: String, port: Int, reason: String)
    /// The server closed the connection before the step was answered.
    case connectionClosed(step: SMTPStep)
    /// No reply within the configured time-out.
    case timedOut(step: SMTPStep)
    /// The server answered with a code this step does not accept.
    case unexpectedReply(step: SMTPStep, code: Int, text: String)
    /// `.startTLS` was configured but the server does not advertise STARTTLS.
    case startTLSNotOffered
    /// Credentials are configured but the server offers neither AUTH PLAIN nor
    /// AUTH LOGIN; `offered` lists what it does advertise (maybe nothing).
    case authNotOffered(offered: [String])
    /// Credentials would have travelled unencrypted and `allowPlainAuth` is false.
    case plainAuthRefused
    /// TLS set-up or handshake failed (untrusted certificate, wrong host name…).
    case tlsFailed(reason: String)
    /// The server's bytes were not valid SMTP (garbage, over-long lines,
    /// data pipelined after STARTTLS…).
    case protocolViolation(step: SMTPStep, detail: String)
    /// The address is not one this client will put on the wire.
    case invalidAddress(String)
    /// The message has no recipient.
    case noRecipients
    /// A setting cannot be used (e.g. a HELO name with spaces).
    case invalidSettings(String)

    /// True when retrying later may succeed.
    public var isTransient: Bool {
        switch self {
        case .connectionFailed, .connectionClosed, .timedOut:
            return true
        case .unexpectedReply(_, let code, _):
            return (400..<500).contains(code)
        case .startTLSNotOffered, .authNotOffered, .plainAuthRefused, .tlsFailed,
             .protocolViolation, .invalidAddress, .noRecipients, .invalidSettings:
            return false
        }
    }

    /// The server's reply code, when the failure is a reply.
    public var replyCode: Int? {
        if case .unexpectedReply(_, let code, _) = self { return code }
        return nil
    }

    public var description: String {
        switch self {
        case .connectionFailed(let host, let port, let reason):
            return "Không kết nối được tới máy chủ thư \(host):\(port): \(reason)."
        case .connectionClosed(let step):
            return "Máy chủ thư đóng kết nối bất ngờ ở bước \(step)."
        case .timedOut(let step):
            return "Hết thời gian chờ máy chủ thư ở bước \(step)."
        case .unexpectedReply(let step, let code, let text):
            let verb = (400..<500).contains(code) ? "tạm thời từ chối" : "từ chối"
            return "Máy chủ thư \(verb) bước \(step): \(code) \(text)"
        case .startTLSNotOffered:
            return "Máy chủ thư không hỗ trợ STARTTLS trong khi cấu hình yêu cầu mã hoá (starttls); thư không được gửi."
        case .authNotOffered(let offered):
            let list = offered.isEmpty ? "không có cơ chế nào" : offered.joined(separator: ", ")
            return "Máy chủ thư không cho đăng nhập bằng AUTH PLAIN hay AUTH LOGIN (máy chủ chỉ hỗ trợ: \(list))."
        case .plainAuthRefused:
            return "Từ chối gửi tên đăng nhập và mật khẩu qua kết nối không mã hoá; hãy dùng starttls hoặc tls (hoặc bật allowPlainAuth nếu thật sự cần)."
        case .tlsFailed(let reason):
            return "Lỗi TLS với máy chủ thư (chứng chỉ không tin cậy, sai tên máy hoặc bắt tay thất bại): \(reason)"
        case .protocolViolation(let step, let detail):
            return "Máy chủ thư trả lời sai giao thức SMTP ở bước \(step): \(detail)"
        case .invalidAddress(let address):
            return "Địa chỉ thư không hợp lệ: \"\(address)\" (chỉ chấp nhận địa chỉ ASCII dạng ten@mien, không có khoảng trắng, CR, LF, < hoặc >)."
        case .noRecipients:
            return "Thư không có người nhận."
        case .invalidSettings(let detail):
            return "Cấu hình SMTP không hợp lệ: \(detail)"
        }
    }
}
