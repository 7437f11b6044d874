/// Loading a record only when a form field parsed: `UUID(uuidString: id).asyncFlatMap { try await X.find($0, on: db) }`.
extension Optional {
    /// `flatMap` with an async transform.
    func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
