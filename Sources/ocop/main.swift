import Foundation
import Logging
import OCOPApp
import Vapor

/// `ocop serve [--demo] | migrate | seed | create-admin`. `serve` migrates and loads reference
/// data before it listens; `--demo` also creates the demo accounts and prints them.
var arguments = CommandLine.arguments
let withDemo = arguments.contains("--demo")
arguments.removeAll { $0 == "--demo" }
let command = arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "serve"
let wantsHelp = arguments.contains("--help") || arguments.contains("-h")

var env = try Environment.detect(arguments: arguments)
try LoggingSystem.bootstrap(from: &env)
let app = try await Application.make(env)

func fail(_ message: String) async -> Never {
    FileHandle.standardError.write(Data(("Lỗi: " + message + "\n").utf8))
    try? await app.asyncShutdown()
    exit(1)
}

do {
    try configure(app)
    if command == "serve" && !wantsHelp {
        try await prepareDatabase(app)
        if withDemo {
            try await DemoData.seed(on: app)
            print(DemoData.accountTable)
        }
    }
    try await app.execute()
} catch let error as DatabaseUnavailable {
    await fail(error.description)
} catch {
    await fail(String(describing: error))
}
try await app.asyncShutdown()
