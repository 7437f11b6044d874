import Crypto
import Vapor

/// Chống giả mạo yêu cầu (CSRF): every state-changing request must carry the token of its
/// session, in the form field `_csrf` or the header `X-CSRF-Token`. Pages put it in every form.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"
    static let refusal = "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang rồi gửi lại."

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard [.POST, .PUT, .PATCH, .DELETE].contains(request.method) else {
            return try await next.respond(to: request)
        }
        var sent = request.headers.first(name: "X-CSRF-Token")
        if sent == nil {
            // Middleware runs before a route collects its body; a large form arrives streamed, so
            // collect it here (uploads get their larger limit) before reading the token field.
            let isUpload = request.headers.contentType?.type == "multipart"
            let limit = isUpload ? request.application.settings.uploadBodyLimit : request.application.routes.defaultMaxBodySize.value
            _ = try await request.body.collect(max: limit).get()
            sent = try? request.content.get(String.self, at: Self.fieldName)
        }
        guard let sent, let expected = request.hasSession ? request.session.data[SessionKeys.csrfToken] : nil,
              Self.constantTimeEqual(sent, expected) else {
            throw Abort(.forbidden, reason: Self.refusal)
        }
        return try await next.respond(to: request)
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Request {
    /// The session's CSRF token, created on first use (which also starts the session cookie).
    var csrfToken: String {
        if let token = session.data[SessionKeys.csrfToken] { return token }
        let token = Data([UInt8].random(count: 32)).base64EncodedString()
        session.data[SessionKeys.csrfToken] = token
        // A visitor's session starts here: dated, so that `SessionCleanup` can age it like a signed-in one.
        if session.data[SessionKeys.lastSeen] == nil { session.data[SessionKeys.lastSeen] = String(Int(Date().timeIntervalSince1970)) }
        return token
    }
}
