import Vapor

/// Marks the session cookie `Secure` when the site is reached over HTTPS, so that behind a TLS proxy
/// the cookie is never sent in clear even if `COOKIE_SECURE` was not set. Only a proxy on this
/// machine is believed about `X-Forwarded-Proto` (anyone else could send the header).
struct SecureCookieMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let settings = request.application.settings
        guard settings.secureCookiesAuto, Self.arrivedOverHTTPS(request, publicBaseURL: settings.publicBaseURL),
              var cookie = response.cookies[SessionKeys.cookieName] else { return response }
        cookie.isSecure = true
        response.cookies[SessionKeys.cookieName] = cookie
        return response
    }

    static func arrivedOverHTTPS(_ request: Request, publicBaseURL: String?) -> Bool {
        if publicBaseURL?.lowercased().hasPrefix("https://") == true { return true }
        guard request.comesFromLocalProxy else { return false }
        return request.headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }
}
