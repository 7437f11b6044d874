import NIOCore
import OCOPCore
import Vapor

/// Cleans every submitted form before a route reads it: control characters are removed
/// (`InputText.clean`) and a field longer than its limit is refused with its name. Forms carry
/// the same limits as `maxlength`, so only a request made by hand meets the refusal.
struct InputTextMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard request.method == .POST, request.headers.contentType == .urlEncodedForm,
              let body = try await request.body.collect(max: request.application.routes.defaultMaxBodySize.value).get() else {
            return try await next.respond(to: request)
        }
        let raw = String(decoding: body.readableBytesView, as: UTF8.self)
        var cleaned: [String] = []
        var changed = false
        for pair in raw.split(separator: "&", omittingEmptySubsequences: false) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts.first.map(String.init) ?? "")
            let value = Self.decode(parts.count > 1 ? String(parts[1]) : "")
            let limit = InputText.maxLength(for: name.hasSuffix("[]") ? String(name.dropLast(2)) : name)
            if value.count > limit {
                throw Abort(.unprocessableEntity, reason: "Trường «\(name.prefix(40))» dài quá \(limit) ký tự. Vui lòng rút gọn rồi gửi lại.")
            }
            let clean = InputText.clean(value)
            if clean != value {
                changed = true
                cleaned.append(Self.encode(InputText.clean(name)) + "=" + Self.encode(clean))
            } else {
                cleaned.append(String(pair))
            }
        }
        if changed {
            try request.content.encode(RawForm(), using: RawFormEncoder(body: ByteBuffer(string: cleaned.joined(separator: "&"))))
        }
        return try await next.respond(to: request)
    }

    private static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? text
    }

    private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    /// Replaces the collected body with the cleaned one, keeping the request's content type.
    private struct RawForm: Encodable {}
    private struct RawFormEncoder: ContentEncoder {
        let body: ByteBuffer
        func encode<E: Encodable>(_ encodable: E, to buffer: inout ByteBuffer, headers: inout HTTPHeaders) throws {
            buffer.writeImmutableBuffer(body)
        }
    }
}
