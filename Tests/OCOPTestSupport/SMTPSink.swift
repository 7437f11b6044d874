import Foundation

/// Runs `scripts/smtp_sink.py` (a real aiosmtpd server) for one test.
///
/// `start` launches `python3` from PATH with `--port 0`, waits for the
/// `READY <port>` line and returns; `stop` terminates the process and
/// removes its mail directory. The server's stderr goes to a log file whose
/// content is shown when it fails to start (e.g. aiosmtpd not installed).
final class SMTPSink: @unchecked Sendable {
    let port: Int
    let directory: URL
    let maildir: URL
    private let process: Process
    private let exited: DispatchSemaphore

    private init(port: Int, directory: URL, maildir: URL, process: Process, exited: DispatchSemaphore) {
        self.port = port
        self.directory = directory
        self.maildir = maildir
        self.process = process
        self.exited = exited
    }

    static func start(_ arguments: [String] = [], label: String = "sink") async throws -> SMTPSink {
        let directory = try TestPaths.makeScratchDirectory(label)
        let maildir = directory.appendingPathComponent("mail", isDirectory: true)
        let logURL = directory.appendingPathComponent("sink.log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.sinkScript, "--port", "0", "--maildir", maildir.path, "--exit-after", "600"] + arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = try FileHandle(forWritingTo: logURL)
        // No stdin: `--exit-after` bounds an orphan's life (watching stdin for EOF ended servers early
        // in the full suite, when another test's stale close hit a reused descriptor).
        process.standardInput = FileHandle.nullDevice
        // Not waitUntilExit(): on Linux it can spin when several tests wait at once.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw TestSetupError(description: "could not start python3 (is it on PATH?): \(error)")
        }

        let line = await firstLine(of: stdout.fileHandleForReading, killing: process, after: 15)
        guard let line, line.hasPrefix("READY "), let port = Int(line.dropFirst(6)) else {
            Self.terminate(process, exited: exited)
            let log = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: directory)
            var hint = ""
            if log.contains("aiosmtpd") && log.contains("missing") || log.contains("No module named 'aiosmtpd'") {
                hint = " — the Python package aiosmtpd is missing: run `pip install aiosmtpd`"
            }
            throw TestSetupError(description: "smtp_sink.py did not start\(hint). Its output: \(line ?? "<none>"); stderr: \(log)")
        }
        return SMTPSink(port: port, directory: directory, maildir: maildir, process: process,
                        exited: exited)
    }

    /// Reads up to the first newline on a background thread; gives up (and
    /// kills the process) after `seconds`.
    private static func firstLine(of handle: FileHandle, killing process: Process, after seconds: Double) async -> String? {
        // The watchdog kills only a sink that never answered: in the full suite a cancelled work item
        // still ran now and then, and stopped servers in the middle of their tests (signal 15).
        let answered = ManagedAtomicFlag()
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
            if !answered.isSet, process.isRunning { process.terminate() }
        }
        return await withCheckedContinuation { (continuation: CheckedContinuation<String?, Never>) in
            DispatchQueue.global().async {
                var data = Data()
                while !data.contains(UInt8(ascii: "\n")) {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    data.append(chunk)
                }
                answered.set()
                guard let newline = data.firstIndex(of: UInt8(ascii: "\n")) else {
                    continuation.resume(returning: data.isEmpty ? nil : String(decoding: data, as: UTF8.self))
                    return
                }
                continuation.resume(returning: String(decoding: data[..<newline], as: UTF8.self))
            }
        }
    }

    /// What the sink wrote to stderr so far (its errors, when a test finds it gone).
    var log: String { (try? String(contentsOf: directory.appendingPathComponent("sink.log"), encoding: .utf8)) ?? "" }

    /// How the sink's process ended (its status or signal), once it has.
    var exitStatus: Int32 { process.terminationStatus }

    /// Whether the sink's process is still there.
    var isRunning: Bool { process.isRunning }

    func stop() {
        let diedEarly = !process.isRunning
        Self.terminate(process, exited: exited)
        // A sink that died before its test ended keeps its folder, to read why (`sink.log`).
        if diedEarly {
            print("smtp_sink ended early (status \(process.terminationStatus), reason \(process.terminationReason.rawValue)); log: \(log)")
        } else {
            try? FileManager.default.removeItem(at: directory)
        }
    }

    /// SIGTERM, then SIGKILL if the process is still there after 5 s.
    private static func terminate(_ process: Process, exited: DispatchSemaphore) {
        if process.isRunning { process.terminate() }
        if exited.wait(timeout: .now() + 5) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            _ = exited.wait(timeout: .now() + 5)
        }
    }

    /// Messages received so far, in order.
    func receivedMessages() throws -> [ReceivedMail] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: maildir.path)) ?? []
        let numbers = files.compactMap { name -> Int? in
            name.hasSuffix(".eml") ? Int(name.dropLast(4)) : nil
        }.sorted()
        return try numbers.map { n in
            let raw = try Data(contentsOf: maildir.appendingPathComponent("\(n).eml"))
            let meta = try Data(contentsOf: maildir.appendingPathComponent("\(n).json"))
            return ReceivedMail(raw: raw, envelope: try JSONDecoder().decode(ReceivedMail.Envelope.self, from: meta))
        }
    }
}

/// One message as the sink stored it.
struct ReceivedMail {
    struct Envelope: Decodable {
        let mail_from: String
        let rcpt_tos: [String]
        let auth_login: String?
        let tls: Bool
        let helo: String?
    }

    let raw: Data
    let envelope: Envelope

    var parsed: ParsedMessage { ParsedMessage(raw: String(decoding: raw, as: UTF8.self)) }
}

/// A flag set once, read from any thread.
private final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}
