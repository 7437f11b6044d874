import Foundation
import Testing
@testable import OCOPMail
@testable import OCOPTestSupport

@Suite("SMTPSettings.fromEnvironment")
struct SMTPSettingsEnvironmentTests {
    let base = ["SMTP_HOST": "smtp.example.vn", "SMTP_FROM": "ocop@example.vn"]

    func settings(_ extra: [String: String]) throws -> SMTPSettings? {
        try SMTPSettings.fromEnvironment(base.merging(extra) { $1 }).get()
    }

    func error(_ extra: [String: String]) -> SMTPSettingsError? {
        if case .failure(let error) = SMTPSettings.fromEnvironment(base.merging(extra) { $1 }) { return error }
        return nil
    }

    @Test func disabledWithoutHost() throws {
        #expect(try SMTPSettings.fromEnvironment([:]).get() == nil)
        #expect(try SMTPSettings.fromEnvironment(["SMTP_HOST": "  ", "SMTP_PORT": "bad"]).get() == nil)
    }

    @Test func defaults() throws {
        let s = try #require(try settings([:]))
        #expect(s.host == "smtp.example.vn")
        #expect(s.security == .startTLS)
        #expect(s.port == 587)
        #expect(s.sender == Fixture.address("ocop@example.vn"))
        #expect(s.username == nil && s.password == nil)
        #expect(s.heloName == "localhost")
        #expect(s.connectTimeout == .seconds(30) && s.commandTimeout == .seconds(30))
        #expect(s.trustedRootsPEM == nil)
        #expect(s.verifyCertificate)
        #expect(!s.allowPlainAuth)
    }

    @Test("default port follows the security", arguments: [
        ("starttls", SMTPSettings.Security.startTLS, 587), ("STARTTLS", .startTLS, 587),
        ("tls", .tls, 465), ("plain", .plain, 25),
    ])
    func defaultPorts(_ value: String, _ security: SMTPSettings.Security, _ port: Int) throws {
        let s = try #require(try settings(["SMTP_SECURITY": value]))
        #expect(s.security == security)
        #expect(s.port == port)
    }

    @Test func everything() throws {
        let s = try #require(try settings([
            "SMTP_PORT": "2525", "SMTP_SECURITY": "tls", "SMTP_USERNAME": "ocop", "SMTP_PASSWORD": " mật khẩu ",
            "SMTP_FROM_NAME": "Văn phòng OCOP", "SMTP_HELO": "app.ocop.example.vn", "SMTP_TIMEOUT_SECONDS": "2.5",
            "SMTP_CA_FILE": TestPaths.sinkScript,
        ]))
        #expect(s.port == 2525)
        #expect(s.security == .tls)
        #expect(s.username == "ocop")
        #expect(s.password == " mật khẩu ")
        #expect(s.sender.name == "Văn phòng OCOP")
        #expect(s.heloName == "app.ocop.example.vn")
        #expect(s.commandTimeout == .milliseconds(2500))
        #expect(s.connectTimeout == .milliseconds(2500))
        #expect(s.trustedRootsPEM == TestPaths.sinkScript)
        #expect(!s.description.contains("mật khẩu"), "the password never appears in logs")
    }

    @Test("bad port", arguments: ["abc", "0", "65536", "-1", "25.5"])
    func badPort(_ port: String) {
        #expect(error(["SMTP_PORT": port]) == SMTPSettingsError(variable: "SMTP_PORT", message: "SMTP_PORT phải là số từ 1 đến 65535."))
    }

    @Test func badValues() {
        #expect(error(["SMTP_SECURITY": "ssl"])?.variable == "SMTP_SECURITY")
        #expect(error(["SMTP_SECURITY": "ssl"])?.message.contains("starttls, tls, plain") == true)
        #expect(error(["SMTP_FROM": ""])?.message == "SMTP_FROM là bắt buộc khi đã đặt SMTP_HOST (địa chỉ người gửi, ví dụ noreply@ocop.example.vn).")
        #expect(error(["SMTP_FROM": "Văn phòng <x@y.vn>"])?.variable == "SMTP_FROM")
        #expect(error(["SMTP_USERNAME": "u"])?.message == "SMTP_PASSWORD là bắt buộc khi đã đặt SMTP_USERNAME.")
        #expect(error(["SMTP_PASSWORD": "p"])?.variable == "SMTP_USERNAME")
        #expect(error(["SMTP_USERNAME": "u", "SMTP_PASSWORD": "p", "SMTP_SECURITY": "plain"])?.variable == "SMTP_SECURITY")
        #expect(error(["SMTP_HELO": "my host"])?.variable == "SMTP_HELO")
        #expect(error(["SMTP_HELO": "máy"])?.variable == "SMTP_HELO")
        for timeout in ["0", "-3", "abc", "nan", "100000"] {
            #expect(error(["SMTP_TIMEOUT_SECONDS": timeout])?.variable == "SMTP_TIMEOUT_SECONDS", "\(timeout)")
        }
        #expect(error(["SMTP_CA_FILE": "/nonexistent/ca.pem"])?.message == "SMTP_CA_FILE không tồn tại hoặc không phải tệp: /nonexistent/ca.pem.")
        #expect(error(["SMTP_HOST": "smtp.example.vn\r\nEHLO x"])?.variable == "SMTP_HOST")
    }
}
