import Foundation
import NIOCore
import Vapor
import VaporTesting
@testable import OCOPApp

/// A test client that behaves like a browser: keeps the session cookie, and takes the CSRF token
/// from the last page it read, as a real form would.
final class Browser {
    let app: Application
    var cookie: String?
    var csrfToken: String?

    init(_ app: Application) { self.app = app }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        let response = try await app.testing().sendRequest(.GET, path, headers: headers())
        absorb(response)
        return response
    }

    /// Posts a form; `csrf: false` leaves the token out, `csrfOverride` sends a given one.
    @discardableResult
    func post(_ path: String, _ form: [String: String], csrf: Bool = true, csrfOverride: String? = nil) async throws -> TestingHTTPResponse {
        try await post(path, pairs: form.map { ($0.key, $0.value) }, csrf: csrf, csrfOverride: csrfOverride)
    }

    /// Posts a form whose fields may repeat (ticked checkboxes named "ho-so[]").
    @discardableResult
    func post(_ path: String, pairs form: [(String, String)], csrf: Bool = true, csrfOverride: String? = nil) async throws -> TestingHTTPResponse {
        var fields = form.filter { $0.0 != "_csrf" }
        if csrf {
            if csrfToken == nil { try await get(SiteURL.login.path) }
            fields.append(("_csrf", csrfOverride ?? csrfToken ?? ""))
        }
        let body = fields.map { key, value in "\(encode(key))=\(encode(value))" }.joined(separator: "&")
        var headers = headers()
        headers.contentType = .urlEncodedForm
        let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
        absorb(response)
        return response
    }

    /// Posts a multipart form with one file, as a file input does.
    @discardableResult
    func upload(_ path: String, field: String = "file", filename: String, data: Data, contentType: String = "application/octet-stream") async throws -> TestingHTTPResponse {
        if csrfToken == nil { try await get(SiteURL.login.path) }
        let boundary = "----ocop\(UUID().uuidString)"
        let body = SessionClient.multipartBody(boundary: boundary, csrfToken: csrfToken ?? "", field: field, filename: filename,
                                               data: data, contentType: contentType)
        var headers = headers()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(data: body))
        absorb(response)
        return response
    }

    /// Posts a multipart form with text fields (repeated names allowed) and an optional file.
    @discardableResult
    func postMultipart(_ path: String, fields: [(String, String)],
                       file: (field: String, filename: String, data: Data, contentType: String)? = nil) async throws -> TestingHTTPResponse {
        if csrfToken == nil { try await get(SiteURL.login.path) }
        let boundary = "----ocop\(UUID().uuidString)"
        var body = Data()
        func line(_ text: String) { body.append(Data((text + "\r\n").utf8)) }
        for (name, value) in [("_csrf", csrfToken ?? "")] + fields {
            line("--\(boundary)")
            line("Content-Disposition: form-data; name=\"\(name)\"")
            line("")
            line(value)
        }
        if let file {
            line("--\(boundary)")
            line("Content-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"")
            line("Content-Type: \(file.contentType)")
            line("")
            body.append(file.data)
            line("")
        }
        line("--\(boundary)--")
        var headers = headers()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(data: body))
        absorb(response)
        return response
    }

    @discardableResult
    func login(_ username: String, password: String = DemoData.password) async throws -> TestingHTTPResponse {
        try await get(SiteURL.login.path)
        return try await post(SiteURL.login.path, ["username": username, "password": password])
    }

    private func headers() -> HTTPHeaders {
        var headers = HTTPHeaders()
        if let cookie { headers.add(name: .cookie, value: "ocop-session=\(cookie)") }
        return headers
    }

    private func absorb(_ response: TestingHTTPResponse) {
        if let value = response.headers.setCookie?["ocop-session"] {
            cookie = value.string.isEmpty || value.expires.map({ $0 < Date() }) == true ? nil : value.string
        }
        let html = response.body.string
        if let range = html.range(of: #"name="_csrf" value="([^"]+)""#, options: .regularExpression) {
            let match = html[range]
            csrfToken = String(match.dropFirst(#"name="_csrf" value=""#.count).dropLast())
        }
    }

    private func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

extension TestingHTTPResponse {
    var location: String? { headers.first(name: .location) }
}
