import Vapor

/// Guards the officer and producer pages: a browser without a session goes to the login page
/// (told when its session expired), and comes back to where it was after signing in.
struct RequireLoginMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        if request.auth.has(CurrentUser.self) { return try await next.respond(to: request) }
        var query = "?tiep=" + (request.url.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/")
        if request.sessionExpired { query += "&het-han=1" }
        return request.redirect(to: SiteURL.login.path + query)
    }
}
