/// Everything needed to reach one SMTP relay.
///
/// Why a value type: a Vapor app builds it once at boot (usually through
/// ``fromEnvironment(_:)``) and shares it across requests; being `Sendable`
/// and immutable, it can be handed to any task.
public struct SMTPSettings: Sendable, Hashable {
    /// How the connection is protected.
    public enum Security: String, Sendable, Hashable, CaseIterable {
        /// No encryption at all (a local relay). Credentials are refused unless
        /// ``SMTPSettings/allowPlainAuth`` is true.
        case plain
        /// Connect in clear, then upgrade with STARTTLS. The upgrade is
        /// required: if the server does not offer it, nothing is sent
        /// (``SMTPError/startTLSNotOffered``), so a downgrade attack cannot
        /// make the client talk in clear.
        case startTLS
        /// Implicit TLS from the first byte (SMTPS, port 465).
        case tls

        /// The usual port for this mode: 25, 587 or 465.
        public var defaultPort: Int {
            switch self {
            case .plain: return 25
            case .startTLS: return 587
            case .tls: return 465
            }
        }
    }

    public var host: String
    public var port: Int
    public var security: Security
    /// Login for AUTH; no AUTH is attempted when nil.
    public var username: String?
    /// Password for AUTH (an absent password is sent as an empty one).
    public var password: String?
    /// Allows AUTH over an unencrypted (`.plain`) connection. Off by default
    /// because the password would cross the network readable by anyone.
    public var allowPlainAuth: Bool
    /// The envelope sender and the `From:` header.
    public var sender: MailAddress
    /// The name given in EHLO/HELO.
    public var heloName: String
    /// Time allowed to open the TCP connection.
    public var connectTimeout: Duration
    /// Time allowed for each reply (including the TLS handshake).
    public var commandTimeout: Duration
    /// Path of a PEM file whose certificates are trusted *instead of* the
    /// system roots — for a private CA or a test's self-signed certificate.
    public var trustedRootsPEM: String?
    /// Full certificate and host-name verification when true (the default).
    /// Turning it off makes TLS encryption-only and open to interception.
    public var verifyCertificate: Bool

    /// - Parameter port: defaults to ``Security/defaultPort``.
    public init(
        host: String,
        port: Int? = nil,
        security: Security = .startTLS,
        username: String? = nil,
        password: String? = nil,
        allowPlainAuth: Bool = false,
        sender: MailAddress,
        heloName: String = "localhost",
        connectTimeout: Duration = .seconds(30),
        commandTimeout: Duration = .seconds(30),
        trustedRootsPEM: String? = nil,
        verifyCertificate: Bool = true
    ) {
        self.host = host
        self.port = port ?? security.defaultPort
        self.security = security
        self.username = username
        self.password = password
        self.allowPlainAuth = allowPlainAuth
        self.sender = sender
        self.heloName = heloName
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
        self.trustedRootsPEM = trustedRootsPEM
        self.verifyCertificate = verifyCertificate
    }
}

extension SMTPSettings: CustomStringConvertible {
    /// Never shows the password, so settings can be logged safely.
    public var description: String {
        var parts = ["\(security.rawValue)://\(host):\(port)", "from=\(sender.address)"]
        if let username { parts.append("user=\(username) password=***") }
        if let trustedRootsPEM { parts.append("ca=\(trustedRootsPEM)") }
        if !verifyCertificate { parts.append("verifyCertificate=false") }
        return "SMTPSettings(" + parts.joined(separator: " ") + ")"
    }
}
