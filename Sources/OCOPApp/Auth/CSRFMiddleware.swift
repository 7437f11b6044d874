import Crypto
import Vapor

/// Chống giả mạo yêu cầu (CSRF): every state-changing request must carry the token of its
/// session, in the header `X-CSRF-Token` or the form field `_csrf`. Pages put it in every form.
///
/// The checks that cost nothing come before any byte of the body is read, so that an anonymous
/// request cannot make the server collect and parse megabytes (issue 9): no session token means
/// refused at once; a declared length over the route's limit, or a file sent to a route that takes
/// none, is refused from the headers. Only then is the body collected, up to the route's limit, and
/// a multipart body is scanned for its token without being parsed (the route parses it once).
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"
    static let refusal = "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang rồi gửi lại."
    static let tooLarge = "Dữ liệu gửi lên quá lớn."
    static let noFilesHere = "Trang này không nhận tệp tải lên."

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard [.POST, .PUT, .PATCH, .DELETE].contains(request.method) else {
            return try await next.respond(to: request)
        }
        guard request.hasSession, let expected = request.session.data[SessionKeys.csrfToken] else {
            throw Abort(.forbidden, reason: Self.refusal)
        }
        let acceptsUploads = request.route?.acceptsUploads ?? false
        let isMultipart = request.headers.contentType?.type == "multipart"
        if isMultipart && !acceptsUploads { throw Abort(.unsupportedMediaType, reason: Self.noFilesHere) }
        let limit = acceptsUploads ? request.application.settings.uploadBodyLimit : request.application.routes.defaultMaxBodySize.value
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit {
            throw Abort(.payloadTooLarge, reason: Self.tooLarge)
        }
        var sent = request.headers.first(name: "X-CSRF-Token")
        if sent == nil {
            // Middleware runs before a route collects its body; a large form arrives streamed, so
            // collect it here, within the route's limit, before reading the token field.
            let body = try await request.body.collect(max: limit).get()
            if isMultipart {
                sent = body.flatMap { MultipartFieldScanner.value(of: Self.fieldName, in: $0, contentType: request.headers.contentType) }
            } else {
                sent = try? request.content.get(String.self, at: Self.fieldName)
            }
        }
        guard let sent, Self.constantTimeEqual(sent, expected) else {
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
