import NIOCore
import Vapor

/// Finds one small text field of a multipart/form-data body (the CSRF token) by reading its parts
/// with `MultipartForm`, which searches boundaries in optimised Foundation code.
enum MultipartFieldScanner {
    /// The value of the field `name`, or nil when the body has no such field.
    static func value(of name: String, in body: ByteBuffer, contentType: HTTPMediaType?) -> String? {
        guard let boundary = contentType?.parameters["boundary"], let form = MultipartForm(body: body, boundary: boundary),
              let part = form.parts.first(where: { $0.name == name && $0.filename == nil }), part.body.readableBytes <= 1024 else { return nil }
        return String(decoding: part.body.readableBytesView, as: UTF8.self)
    }
}
