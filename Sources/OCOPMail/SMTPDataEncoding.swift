/// Turns a message into the bytes sent after `DATA` (RFC 5321 §4.5.2).
///
/// Why: a line holding a single `.` ends the message, so every line that
/// starts with `.` gets a second one (the server removes it). Bare CR or LF
/// are made CRLF, since SMTP lines must end in CRLF, and the terminating
/// `.` line is appended.
enum SMTPDataEncoding {
    static func transmissionBytes(_ message: String) -> [UInt8] {
        let cr: UInt8 = 0x0D, lf: UInt8 = 0x0A, dot = UInt8(ascii: ".")
        let input = Array(message.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(input.count + input.count / 32 + 8)
        var atLineStart = true
        var i = 0
        while i < input.count {
            let byte = input[i]
            if byte == cr || byte == lf {
                out.append(cr)
                out.append(lf)
                if byte == cr, i + 1 < input.count, input[i + 1] == lf { i += 1 }
                atLineStart = true
            } else {
                if atLineStart, byte == dot { out.append(dot) }
                out.append(byte)
                atLineStart = false
            }
            i += 1
        }
        if !atLineStart {
            out.append(cr)
            out.append(lf)
        }
        out.append(contentsOf: [dot, cr, lf])
        return out
    }
}
