import Vapor

/// bcrypt off the event loop: hashing takes a quarter of a second at cost 12 and must not stall
/// other requests.
enum PasswordHashing {
    static func hash(_ password: String, on app: Application) async throws -> String {
        let cost = app.settings.bcryptCost
        return try await app.threadPool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    static func verify(_ password: String, hash: String, on app: Application) async throws -> Bool {
        try await app.threadPool.runIfActive { try Bcrypt.verify(password, created: hash) }
    }

    /// A hash of a random password, verified against when the user name is unknown, so that a
    /// wrong name and a wrong password take the same time and cannot be told apart.
    static func decoyHash(on app: Application) async throws -> String {
        if let hash = app.storage[DecoyKey.self] { return hash }
        let hash = try await hash(UUID().uuidString, on: app)
        app.storage[DecoyKey.self] = hash
        return hash
    }

    private struct DecoyKey: StorageKey { typealias Value = String }
}
