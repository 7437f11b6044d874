import Foundation
import NIOCore
import OCOPCore
import Vapor

/// A multipart/form-data body read by searching its boundaries with Foundation's `Data.range(of:)`
/// (compiled optimised, whatever our build), in time proportional to
/// its bytes, without copying the files (each part is a slice of the body). multipart-kit's decoder
/// took 17 s for one 20 MB file in a debug build (issue 9 asks an upload to cost what its bytes do);
/// this takes milliseconds. Only what the upload forms send is understood: text fields and files.
struct MultipartForm {
    struct Part {
        let name: String
        let filename: String?
        let contentType: String?
        let body: ByteBuffer
    }

    let parts: [Part]

    /// The parts of `body`, or nil when it is not a well-formed multipart body with this boundary.
    init?(body: ByteBuffer, boundary: String) {
        guard !boundary.isEmpty, boundary.utf8.count <= 200 else { return nil }
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        let headerEnd = Array("\r\n\r\n".utf8)
        var found: [Part] = []
        let bytes = Data(buffer: body)
        let ok: Bool = {
            guard var cursor = Self.search(delimiter, in: bytes, from: 0) else { return false }
            cursor += delimiter.count
            while true {
                // After a delimiter: "--" ends the body, CRLF starts a part.
                guard cursor + 2 <= bytes.count else { return false }
                let next = bytes[bytes.startIndex + cursor], after = bytes[bytes.startIndex + cursor + 1]
                if next == UInt8(ascii: "-") && after == UInt8(ascii: "-") { return true }
                guard next == 0x0D && after == 0x0A else { return false }
                cursor += 2
                guard let headersEnd = Self.search(headerEnd, in: bytes, from: cursor) else { return false }
                let headers = String(decoding: bytes[(bytes.startIndex + cursor)..<(bytes.startIndex + headersEnd)], as: UTF8.self)
                let contentStart = headersEnd + headerEnd.count
                guard let contentEnd = Self.search(separator, in: bytes, from: contentStart),
                      let part = Self.part(headers: headers, body: body, at: contentStart, length: contentEnd - contentStart) else { return false }
                found.append(part)
                cursor = contentEnd + separator.count
            }
        }()
        guard ok else { return nil }
        parts = found
    }

    /// The file sent in the field `name`, if a file was chosen.
    func file(named name: String) -> File? {
        guard let part = parts.first(where: { $0.name == name && $0.filename != nil }), let filename = part.filename else { return nil }
        return File(data: part.body, filename: filename)
    }

    /// Every text sent in the field `name` (checkboxes and hidden fields of a list), cleaned likewise.
    func texts(named name: String) -> [String] {
        parts.filter { $0.name == name && $0.filename == nil }.map { part in
            String(InputText.clean(String(decoding: part.body.readableBytesView, as: UTF8.self)).prefix(InputText.maxLength(for: name)))
        }
    }

    /// The text of the field `name`, cleaned and cut to its limit as every form's text is (`InputText`).
    func text(named name: String) -> String? {
        guard let part = parts.first(where: { $0.name == name && $0.filename == nil }) else { return nil }
        let text = InputText.clean(String(decoding: part.body.readableBytesView, as: UTF8.self))
        return String(text.prefix(InputText.maxLength(for: name)))
    }

    private static func part(headers: String, body: ByteBuffer, at offset: Int, length: Int) -> Part? {
        var name: String?, filename: String?, contentType: String?
        for line in headers.components(separatedBy: "\r\n") {
            let lower = line.lowercased()
            if lower.hasPrefix("content-disposition:") {
                name = parameter("name", in: line)
                filename = parameter("filename", in: line)
            } else if lower.hasPrefix("content-type:") {
                contentType = line.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces)
            }
        }
        guard let name, let slice = body.getSlice(at: body.readerIndex + offset, length: length) else { return nil }
        return Part(name: name, filename: filename, contentType: contentType, body: slice)
    }

    /// `name="value"` in a Content-Disposition line (`filename` is not taken for `name`).
    private static func parameter(_ key: String, in line: String) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let pair = piece.trimmingCharacters(in: .whitespaces)
            guard pair.hasPrefix(key + "=") else { continue }
            var value = pair.dropFirst(key.count + 1)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return String(value)
        }
        return nil
    }

    /// Offset of the first `needle` in `bytes` at or after the offset `from`.
    static func search(_ needle: [UInt8], in bytes: Data, from: Int) -> Int? {
        guard from <= bytes.count, !needle.isEmpty else { return nil }
        let start = bytes.startIndex
        return bytes.range(of: Data(needle), in: (start + from)..<bytes.endIndex).map { $0.lowerBound - start }
    }
}

extension Request {
    /// The upload form this request sent, read once; a body that is not one answers 400 in Vietnamese.
    func multipartForm() throws -> MultipartForm {
        guard headers.contentType?.type == "multipart", let boundary = headers.contentType?.parameters["boundary"],
              let body = body.data, let form = MultipartForm(body: body, boundary: boundary) else {
            throw Abort(.badRequest, reason: "Biểu mẫu tải tệp lên không đọc được. Vui lòng chọn lại tệp rồi gửi lại.")
        }
        return form
    }
}
