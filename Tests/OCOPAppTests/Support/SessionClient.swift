import Foundation
import NIOCore
import Vapor
import VaporTesting
@testable import OCOPApp

/// A signed-in browser frozen as values (its cookie and CSRF token), to send many requests at once
/// from concurrent tasks: `Browser` keeps state and must stay on one task.
struct SessionClient: Sendable {
    let app: Application
    let cookie: String
    let csrfToken: String

    init(_ browser: Browser) {
        app = browser.app
        cookie = browser.cookie ?? ""
        csrfToken = browser.csrfToken ?? ""
    }

    private var headers: HTTPHeaders {
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: "ocop-session=\(cookie)")
        return headers
    }

    func post(_ path: String, _ form: [String: String]) async throws -> TestingHTTPResponse {
        var fields = form
        fields["_csrf"] = csrfToken
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.sorted().joined(separator: "&")
        var headers = headers
        headers.contentType = .urlEncodedForm
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    func upload(_ path: String, filename: String, data: Data, contentType: String) async throws -> TestingHTTPResponse {
        let boundary = "----ocop\(UUID().uuidString)"
        var headers = headers
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let body = Self.multipartBody(boundary: boundary, csrfToken: csrfToken, field: "file", filename: filename, data: data, contentType: contentType)
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(data: body))
    }

    /// A multipart form with the CSRF field first and one file, as a file input sends it (also `Browser.upload`).
    static func multipartBody(boundary: String, csrfToken: String, field: String, filename: String, data: Data, contentType: String) -> Data {
        var body = Data()
        func line(_ text: String) { body.append(Data((text + "\r\n").utf8)) }
        line("--\(boundary)")
        line("Content-Disposition: form-data; name=\"_csrf\"")
        line("")
        line(csrfToken)
        line("--\(boundary)")
        line("Content-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"")
        line("Content-Type: \(contentType)")
        line("")
        body.append(data)
        line("")
        line("--\(boundary)--")
        return body
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
