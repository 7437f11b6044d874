import Vapor

/// Serves the stylesheet, script and icon under `/static/`, and looks nothing else up on disk: a
/// path segment longer than a file name may be (255 bytes) answered 500 ("File name too long")
/// when every request went through the file lookup (issue 9).
struct StaticFilesMiddleware: AsyncMiddleware {
    static let prefix = "/static/"
    let files: FileMiddleware

    init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory, advancedETagComparison: true)
    }

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let path = request.url.path
        guard path.hasPrefix(Self.prefix) else { return try await next.respond(to: request) }
        guard path.split(separator: "/").allSatisfy({ $0.utf8.count <= 255 }) else {
            throw Abort(.notFound)
        }
        return try await files.respond(to: request, chainingTo: next)
    }
}
