import OCOPApp

/// `ocop serve [--demo] | migrate | seed | create-admin | backup | restore`. `serve` migrates and
/// loads reference data before it listens; `--demo` also creates the demo accounts and prints them.
var arguments = CommandLine.arguments
let withDemo = arguments.contains("--demo")
arguments.removeAll { $0 == "--demo" }
let command = arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "serve"
let wantsHelp = arguments.contains("--help") || arguments.contains("-h")

try await runCommandLine(arguments) { app in
    guard command == "serve" && !wantsHelp else { return }
    try await prepareDatabase(app)
    if withDemo {
        try await DemoData.seed(on: app)
        print(DemoData.accountTable)
    }
}
