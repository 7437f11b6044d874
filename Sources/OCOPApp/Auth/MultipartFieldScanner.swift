import NIOCore
import Vapor

/// Finds one small text field of a multipart/form-data body (the CSRF token) by a linear search of
/// its bytes, without parsing the parts: a 20 MB upload is then parsed once, by its route.
enum MultipartFieldScanner {
    /// The value of the field `name`, or nil when the body has no such field.
    static func value(of name: String, in body: ByteBuffer, contentType: HTTPMediaType?) -> String? {
        guard let boundary = contentType?.parameters["boundary"], !boundary.isEmpty,
              let bytes = body.getBytes(at: body.readerIndex, length: body.readableBytes) else { return nil }
        let header = Array("form-data; name=\"\(name)\"".utf8)
        let blankLine = Array("\r\n\r\n".utf8)
        let end = Array("\r\n--\(boundary)".utf8)
        var from = 0
        while let found = search(header, in: bytes, from: from) {
            from = found + header.count
            // The name must end the disposition (not `name="_csrf2"` nor a file field).
            guard from < bytes.count, bytes[from] == UInt8(ascii: "\r") || bytes[from] == UInt8(ascii: ";") else { continue }
            guard let valueStart = search(blankLine, in: bytes, from: from).map({ $0 + blankLine.count }),
                  let valueEnd = search(end, in: bytes, from: valueStart), valueEnd - valueStart <= 1024 else { return nil }
            return String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
        }
        return nil
    }

    /// First index of `needle` in `haystack` at or after `from`.
    private static func search(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = from
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
