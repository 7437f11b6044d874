import Foundation

/// Where the tests find the sink script and keep their scratch files.
///
/// Scratch files live under the package's own `.build/` (ignored by git),
/// so a test run writes nothing elsewhere on the machine.
enum TestPaths {
    /// The package root, two levels above this file's folder.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // OCOPTestSupport
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    static let sinkScript = packageRoot.appendingPathComponent("scripts/lib/smtp_sink.py").path

    static let scratchRoot = packageRoot.appendingPathComponent(".build/ocopmail-tests", isDirectory: true)

    /// A new, empty directory for one test.
    static func makeScratchDirectory(_ label: String) throws -> URL {
        let url = scratchRoot.appendingPathComponent("\(label)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

struct TestSetupError: Error, CustomStringConvertible {
    let description: String
}
