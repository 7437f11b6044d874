import Vapor

/// Routes that take files: only these may receive a multipart body, and only these get the upload
/// body limit (`UPLOAD_MAX_MB`); every other route keeps the 1 MB default. `CSRFMiddleware` reads
/// the mark before it reads any byte of the body.
extension Route {
    var acceptsUploads: Bool {
        get { userInfo["ocop.acceptsUploads"] as? Bool ?? false }
        set { userInfo["ocop.acceptsUploads"] = newValue }
    }
}

extension RoutesBuilder {
    /// A POST route that takes a file of up to `limit` bytes (with the form's other fields).
    @discardableResult
    func upload(_ path: PathComponent..., limit: Int, use closure: @Sendable @escaping (Request) async throws -> Response) -> Route {
        upload(path, limit: limit, use: closure)
    }

    /// `upload` with the path from `SiteURL.route`.
    @discardableResult
    func upload(_ path: [PathComponent], limit: Int, use closure: @Sendable @escaping (Request) async throws -> Response) -> Route {
        let route = on(.POST, path, body: .collect(maxSize: ByteCount(value: limit)), use: closure)
        route.acceptsUploads = true
        return route
    }
}
