import NIOCore
import NIOSSL

/// Builds the TLS client context from ``SMTPSettings``.
///
/// Why one place: STARTTLS and implicit TLS must verify the server in exactly
/// the same way — the system roots (or `trustedRootsPEM` instead of them),
/// the certificate chain, and the host name.
enum SMTPTLS {
    static func makeContext(for settings: SMTPSettings) throws(SMTPError) -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        configuration.certificateVerification = settings.verifyCertificate ? .fullVerification : .none
        if let path = settings.trustedRootsPEM {
            configuration.trustRoots = .file(path)
        }
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw .tlsFailed(reason: "không tạo được cấu hình TLS (tệp chứng chỉ \(settings.trustedRootsPEM ?? "hệ thống")): \(error)")
        }
    }

    /// The name for SNI and certificate checks: the host, unless it is an IP
    /// literal (SNI forbids those; NIOSSL then checks the peer's IP instead).
    static func serverHostname(for host: String) -> String? {
        if (try? SocketAddress(ipAddress: host, port: 0)) != nil { return nil }
        return host
    }
}
