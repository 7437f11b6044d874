import Plot
import Vapor

extension HTML {
    /// The rendered page as a response, never cached (pages show personal, changing data).
    func response(status: HTTPStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/html; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}
