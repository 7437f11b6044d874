import Vapor

/// Turns every error into a Vietnamese page (or a JSON error for `/api` and `/healthz`), never a
/// stack trace. Reasons of 4xx errors are ours and shown; a 5xx shows a fixed message and is logged.
struct ErrorPageMiddleware: AsyncMiddleware {
    struct APIError: Content {
        let error: String
        let message: String
    }

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let status = (error as? any AbortError)?.status ?? .internalServerError
            let ownReason = (error as? any AbortError)?.reason
            let message: String
            if status.code >= 500 {
                request.logger.report(error: error)
                message = ErrorPageView.defaultMessage(for: status)
            } else if let ownReason, ownReason != status.reasonPhrase {
                message = ownReason
            } else {
                message = ErrorPageView.defaultMessage(for: status)
            }
            if request.url.path.hasPrefix("/api") || request.url.path == SiteURL.health.path {
                let response = try await APIError(error: "http_\(status.code)", message: message).encodeResponse(for: request)
                response.status = status
                return response
            }
            let context = PageContext(
                title: ErrorPageView.title(for: status),
                user: request.auth.get(CurrentUser.self),
                csrfToken: request.hasSession ? request.csrfToken : "",
                flash: nil, path: request.url.path)
            return ErrorPageView.render(context, status: status, message: message).response(status: status)
        }
    }
}
