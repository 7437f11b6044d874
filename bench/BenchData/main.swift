import OCOPApp

/// `ocop-bench-data [--producers 9000] [--products 18000] [--accounts 4000] [--audit 200000]
/// [--dossiers 15000] [--notifications 50000] [--seed 2026]`: the page benchmark's data generator
/// (`scripts/bench`), built beside `ocop` rather than inside it, so that the production binary does
/// not ship it. It configures the application exactly as `ocop` does (`DATA_DIR` or `DATABASE_URL`,
/// `DATABASE_SCHEMA`, `FILE_STORE`…, `--env`), migrates it and fills its database (`BenchDataCommand`).

// Its only command: the options are `bench-data`'s, with or without the command's name in front.
var arguments = CommandLine.arguments
if arguments.dropFirst().first != "bench-data" { arguments.insert("bench-data", at: min(1, arguments.count)) }

try await runCommandLine(arguments) { app in
    app.asyncCommands.use(BenchDataCommand(), as: "bench-data")
}
