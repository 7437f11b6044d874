import Foundation

/// A configuration mistake found while reading the environment, with a
/// Vietnamese message meant to be printed as-is at boot.
public struct SMTPSettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The offending variable, e.g. `SMTP_PORT`.
    public let variable: String
    public let message: String

    public init(variable: String, message: String) {
        self.variable = variable
        self.message = message
    }

    public var description: String { message }
}

extension SMTPSettings {
    /// Reads `SMTP_*` variables, so deployments configure mail without code.
    ///
    /// - `SMTP_HOST` — unset or empty: mail is off, the result is `.success(nil)`.
    /// - `SMTP_SECURITY` — `starttls` (default), `tls` or `plain`.
    /// - `SMTP_PORT` — default 587 / 465 / 25 according to the security.
    /// - `SMTP_USERNAME`, `SMTP_PASSWORD` — both or neither; refused with `plain`
    ///   (the password would travel unencrypted).
    /// - `SMTP_FROM` (required), `SMTP_FROM_NAME`, `SMTP_HELO`.
    /// - `SMTP_TIMEOUT_SECONDS` — connect and per-command time-out (default 30).
    /// - `SMTP_CA_FILE` — PEM file trusted instead of the system roots.
    ///
    /// Pass `ProcessInfo.processInfo.environment` (or Vapor's `Environment`).
    public static func fromEnvironment(_ env: [String: String]) -> Result<SMTPSettings?, SMTPSettingsError> {
        func value(_ key: String) -> String? {
            guard let raw = env[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else {
                return nil
            }
            return raw
        }
        func fail(_ key: String, _ message: String) -> Result<SMTPSettings?, SMTPSettingsError> {
            .failure(SMTPSettingsError(variable: key, message: message))
        }

        guard let host = value("SMTP_HOST") else { return .success(nil) }
        guard isCommandSafe(host), !host.contains(" ") else {
            return fail("SMTP_HOST", "SMTP_HOST phải là tên máy hoặc địa chỉ IP, không có khoảng trắng.")
        }

        let security: Security
        switch value("SMTP_SECURITY")?.lowercased() {
        case nil, "starttls": security = .startTLS
        case "tls": security = .tls
        case "plain": security = .plain
        case let other?:
            return fail("SMTP_SECURITY", "SMTP_SECURITY phải là một trong: starttls, tls, plain (đang là \"\(other)\").")
        }

        var port = security.defaultPort
        if let rawPort = value("SMTP_PORT") {
            guard let parsed = Int(rawPort), (1...65535).contains(parsed) else {
                return fail("SMTP_PORT", "SMTP_PORT phải là số từ 1 đến 65535.")
            }
            port = parsed
        }

        guard let fromAddress = value("SMTP_FROM") else {
            return fail("SMTP_FROM", "SMTP_FROM là bắt buộc khi đã đặt SMTP_HOST (địa chỉ người gửi, ví dụ noreply@ocop.example.vn).")
        }
        let fromName = value("SMTP_FROM_NAME")
        let sender: MailAddress
        do {
            sender = try MailAddress(fromAddress, name: fromName)
        } catch {
            return fail("SMTP_FROM", "SMTP_FROM không phải địa chỉ thư hợp lệ: \"\(fromAddress)\".")
        }

        let username = value("SMTP_USERNAME")
        // The password is taken untrimmed: spaces may be part of it.
        let password = env["SMTP_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        if username != nil, password == nil {
            return fail("SMTP_PASSWORD", "SMTP_PASSWORD là bắt buộc khi đã đặt SMTP_USERNAME.")
        }
        if username == nil, password != nil {
            return fail("SMTP_USERNAME", "SMTP_USERNAME là bắt buộc khi đã đặt SMTP_PASSWORD.")
        }
        if let username, !isCommandSafe(username) {
            return fail("SMTP_USERNAME", "SMTP_USERNAME không được chứa ký tự xuống dòng.")
        }
        if username != nil, security == .plain {
            return fail("SMTP_SECURITY", "SMTP_SECURITY=plain không cho phép đăng nhập (mật khẩu sẽ đi qua mạng không mã hoá); hãy dùng starttls hoặc tls.")
        }

        var helo = "localhost"
        if let rawHelo = value("SMTP_HELO") {
            guard isValidHeloName(rawHelo) else {
                return fail("SMTP_HELO", "SMTP_HELO phải là tên miền hoặc địa chỉ IP ASCII, không có khoảng trắng.")
            }
            helo = rawHelo
        }

        var timeout = Duration.seconds(30)
        if let rawTimeout = value("SMTP_TIMEOUT_SECONDS") {
            guard let seconds = Double(rawTimeout), seconds.isFinite, seconds > 0, seconds <= 3600 else {
                return fail("SMTP_TIMEOUT_SECONDS", "SMTP_TIMEOUT_SECONDS phải là số giây lớn hơn 0 và không quá 3600 (ví dụ 30).")
            }
            timeout = .milliseconds(Int64((seconds * 1000).rounded()))
        }

        let caFile = value("SMTP_CA_FILE")
        if let caFile {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: caFile, isDirectory: &isDirectory), !isDirectory.boolValue else {
                return fail("SMTP_CA_FILE", "SMTP_CA_FILE không tồn tại hoặc không phải tệp: \(caFile).")
            }
        }

        return .success(SMTPSettings(
            host: host,
            port: port,
            security: security,
            username: username,
            password: password,
            sender: sender,
            heloName: helo,
            connectTimeout: timeout,
            commandTimeout: timeout,
            trustedRootsPEM: caFile
        ))
    }
}

/// No CR or LF, so the value can be put on an SMTP command line.
func isCommandSafe(_ value: String) -> Bool {
    !value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A })
}

/// A HELO/EHLO argument: printable ASCII without spaces.
func isValidHeloName(_ value: String) -> Bool {
    !value.isEmpty && value.utf8.count <= 255 && value.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
}
