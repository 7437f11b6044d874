import Crypto
import Fluent
import Vapor

/// Một biểu mẫu, một lần: every form carries a fresh token (`_once`, written by `CSRFField`). The
/// same form sent twice — a double click, four tabs, a retry after a timeout — is handled once: the
/// first request claims the submission's key; the others wait for its answer and are sent where it
/// went (the council, the meeting … created once). A changed form is a new submission, since the key
/// includes the body. Only answers that redirect are kept: a form refused with errors can be sent
/// again at once (issue 9).
struct FormOnceMiddleware: AsyncMiddleware {
    static let fieldName = "_once"
    static let alreadySent = "Biểu mẫu này đã được gửi; không tạo thêm bản ghi nào."
    static let stillRunning = "Biểu mẫu này đang được xử lý. Vui lòng đợi giây lát rồi tải lại trang."

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard request.method == .POST, request.headers.contentType == .urlEncodedForm else {
            return try await next.respond(to: request)
        }
        let body = try await request.body.collect(max: request.application.routes.defaultMaxBodySize.value).get()
        guard let body, let token = try? request.content.get(String.self, at: Self.fieldName), !token.isEmpty, token.count <= 64 else {
            return try await next.respond(to: request)
        }
        let key = Self.key(token: token, body: body, account: request.auth.get(CurrentUser.self)?.id)
        switch try await FormSubmissions.claim(key, on: request.db) {
        case .finished(let location):
            request.flash(Self.alreadySent)
            return request.redirect(to: location)
        case .stillRunning:
            throw Abort(.conflict, reason: Self.stillRunning)
        case .claimed:
            let response: Response
            do {
                response = try await next.respond(to: request)
            } catch {
                try? await FormSubmissions.release(key, on: request.db)
                throw error
            }
            if response.status.code / 100 == 3, let location = response.headers.first(name: .location) {
                try await FormSubmissions.finish(key, location: location, on: request.db)
            } else {
                try await FormSubmissions.release(key, on: request.db)
            }
            return response
        }
    }

    /// The submission's key: who sent it, the form's token and every byte of the form.
    static func key(token: String, body: ByteBuffer, account: UUID?) -> String {
        var hash = SHA256()
        let prefix = (account?.uuidString ?? "-") + "|" + token + "|"
        hash.update(data: Data(prefix.utf8))
        hash.update(data: Data(buffer: body))
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

/// The table behind `FormOnceMiddleware`: claim a key, then finish it with the answer's address
/// or release it.
enum FormSubmissions {
    enum Claim { case claimed, finished(String), stillRunning }

    /// How long a second copy waits for the first to finish before it is told to reload.
    static let patience: Duration = .seconds(10)
    /// A claim older than this was left by a crash and may be taken again.
    static let abandonedAfter: TimeInterval = 120

    static func claim(_ key: String, on db: Database) async throws -> Claim {
        let clock = ContinuousClock()
        let deadline = clock.now + patience
        while true {
            do {
                try await FormSubmissionRecord(key: key, createdAt: Date()).create(on: db)
                return .claimed
            } catch let error as any DatabaseError where error.isConstraintFailure {
                guard let existing = try await FormSubmissionRecord.find(key, on: db) else { continue }
                if let location = existing.location { return .finished(location) }
                if Date().timeIntervalSince(existing.createdAt) > abandonedAfter {
                    try await existing.delete(on: db)
                    continue
                }
                guard clock.now < deadline else { return .stillRunning }
                try await Task.sleep(for: .milliseconds(50))
            }
        }
    }

    static func finish(_ key: String, location: String, on db: Database) async throws {
        try await FormSubmissionRecord.query(on: db).filter(\.$id == key).set(\.$location, to: location).update()
    }

    static func release(_ key: String, on db: Database) async throws {
        try await FormSubmissionRecord.query(on: db).filter(\.$id == key).filter(\.$location == nil).delete()
    }

    /// Forgets submissions older than a day (run with the session cleanup).
    static func forgetOld(on db: Database, now: Date = Date()) async throws {
        try await FormSubmissionRecord.query(on: db).filter(\.$createdAt < now.addingTimeInterval(-86_400)).delete()
    }
}
