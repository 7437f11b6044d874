import Foundation

/// A self-signed certificate for `localhost` / 127.0.0.1, made once per test
/// run with openssl, for the STARTTLS and implicit-TLS tests.
struct TestCertificate: Sendable {
    let certificatePath: String
    let keyPath: String

    /// Generated on first use; every test shares it.
    static let shared: Result<TestCertificate, TestSetupError> = generate()

    static func get() throws -> TestCertificate { try shared.get() }

    private static func generate() -> Result<TestCertificate, TestSetupError> {
        let directory = TestPaths.scratchRoot.appendingPathComponent("certificate", isDirectory: true)
        let cert = directory.appendingPathComponent("cert.pem").path
        let key = directory.appendingPathComponent("key.pem").path
        do {
            try? FileManager.default.removeItem(at: directory)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-days", "2",
                "-keyout", key, "-out", cert,
            ]
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                return .failure(TestSetupError(description: "openssl failed: " + String(decoding: message, as: UTF8.self)))
            }
            return .success(TestCertificate(certificatePath: cert, keyPath: key))
        } catch {
            return .failure(TestSetupError(description: "could not run openssl: \(error)"))
        }
    }
}
