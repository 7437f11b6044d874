import Foundation
import Logging
import Vapor

/// How every executable of this package runs (`ocop`, `ocop-bench-data`): the environment from the
/// arguments (`--env`), the application configured from it, then `prepare` (the executable's own
/// steps, such as migrating and seeding), then Vapor's command. Any error ends the process with one
/// Vietnamese line "Lỗi: …" and status 1, never a stack trace.
public func runCommandLine(_ arguments: [String], prepare: @escaping (Application) async throws -> Void) async throws {
    var env = try Environment.detect(arguments: arguments)
    try LoggingSystem.bootstrap(from: &env)
    let app = try await Application.make(env)
    do {
        try configure(app)
        try await prepare(app)
        try await app.execute()
    } catch {
        let message = (error as? DatabaseUnavailable)?.description ?? String(describing: error)
        FileHandle.standardError.write(Data(("Lỗi: " + message + "\n").utf8))
        try? await app.asyncShutdown()
        exit(1)
    }
    try await app.asyncShutdown()
}
