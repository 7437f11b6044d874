import NIOCore

/// Frames the server's byte stream into ``SMTPReply`` values, joining
/// multi-line replies (`250-…` continuation lines up to the `250 …` one).
///
/// Lines end in CRLF; a bare LF is tolerated. Lines longer than 4096 bytes or
/// replies of more than 512 lines are refused, so a hostile server cannot make
/// the client buffer without bound.
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply

    static let maxLineLength = 4096
    static let maxLines = 512

    private var pendingCode: Int?
    private var pendingLines: [String] = []

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let view = buffer.readableBytesView
        guard let newline = view.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maxLineLength {
                throw SMTPReplyDecodingError(detail: "dòng trả lời dài quá \(Self.maxLineLength) byte")
            }
            return .needMoreData
        }
        let lineLength = newline - view.startIndex
        guard lineLength <= Self.maxLineLength else {
            throw SMTPReplyDecodingError(detail: "dòng trả lời dài quá \(Self.maxLineLength) byte")
        }
        var bytes = Array(buffer.readBytes(length: lineLength + 1)!.dropLast())
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        let (code, isLast, text) = try Self.parseLine(bytes)

        if let pendingCode, pendingCode != code {
            throw SMTPReplyDecodingError(detail: "mã trả lời nhiều dòng không khớp (\(pendingCode) rồi \(code))")
        }
        pendingLines.append(text)
        if isLast {
            let reply = SMTPReply(code: code, lines: pendingLines, hadTrailingBytes: buffer.readableBytes > 0)
            pendingCode = nil
            pendingLines = []
            context.fireChannelRead(Self.wrapInboundOut(reply))
        } else {
            guard pendingLines.count < Self.maxLines else {
                throw SMTPReplyDecodingError(detail: "trả lời có quá \(Self.maxLines) dòng")
            }
            pendingCode = code
        }
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        // Complete lines still count; a partial one at EOF is simply dropped
        // (the handler reports the closed connection).
        try decode(context: context, buffer: &buffer)
    }

    /// `NNN`, `NNN text`, or `NNN-text`.
    static func parseLine(_ bytes: [UInt8]) throws -> (code: Int, isLast: Bool, text: String) {
        guard bytes.count >= 3, bytes[0...2].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            let shown = String(decoding: bytes.prefix(80), as: UTF8.self)
            throw SMTPReplyDecodingError(detail: "dòng không bắt đầu bằng mã 3 chữ số: \"\(shown)\"")
        }
        let code = bytes[0...2].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        guard (200...599).contains(code) else {
            throw SMTPReplyDecodingError(detail: "mã trả lời ngoài khoảng 2xx–5xx: \(code)")
        }
        if bytes.count == 3 { return (code, true, "") }
        let separator = bytes[3]
        guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else {
            throw SMTPReplyDecodingError(detail: "ký tự sau mã trả lời không phải khoảng trắng hay '-'")
        }
        let text = String(decoding: bytes[4...], as: UTF8.self)
        return (code, separator == UInt8(ascii: " "), text)
    }
}

/// Raised by ``SMTPReplyDecoder``; reported as ``SMTPError/protocolViolation(step:detail:)``.
struct SMTPReplyDecodingError: Error, Sendable {
    let detail: String
}
