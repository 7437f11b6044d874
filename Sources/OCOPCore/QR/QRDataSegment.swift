/// Mã hoá dữ liệu: turns text into the data codewords of a QR code, in byte mode.
///
/// Byte mode is used for everything because certificate URLs mix lower-case letters, digits and
/// punctuation that the numeric and alphanumeric modes cannot hold. When the text is pure ASCII
/// the stream is the classic one every reader understands. When it is not (Vietnamese
/// diacritics), an ECI designator 26 ("UTF-8") is put first: without it readers must guess the
/// byte encoding, and ISO/IEC 18004 says to assume ISO-8859-1, which would turn "Mật ong" into
/// mojibake. A reader that ignores ECI still finds the same UTF-8 bytes after it. ASCII text
/// (every verification URL) gets no designator, so it costs nothing there.
struct QRDataSegment: Sendable, Equatable {
    let bytes: [UInt8]
    /// True when the bytes are not all ASCII, so the UTF-8 ECI designator is needed.
    let needsUTF8Designator: Bool

    init(text: String) {
        bytes = Array(text.utf8)
        needsUTF8Designator = bytes.contains { $0 >= 0x80 }
    }

    /// Mode indicators (ISO/IEC 18004 Table 2).
    static let eciModeIndicator = 0b0111
    static let byteModeIndicator = 0b0100
    /// ECI assignment number of UTF-8.
    static let utf8AssignmentNumber = 26

    /// Bits before the data: the optional ECI mode indicator and designator, the byte mode
    /// indicator and the character count.
    static func headerBitLength(version: Int, utf8Designator: Bool) -> Int {
        (utf8Designator ? 4 + 8 : 0) + 4 + QRVersionGeometry.byteCountBits(version: version)
    }

    /// Bits the segment occupies at `version`, before terminator and padding.
    func bitLength(version: Int) -> Int {
        Self.headerBitLength(version: version, utf8Designator: needsUTF8Designator) + 8 * bytes.count
    }

    /// The mode indicators, count and data as one bit stream.
    func bitStream(version: Int) -> QRBitBuffer {
        var buffer = QRBitBuffer()
        if needsUTF8Designator {
            buffer.append(Self.eciModeIndicator, width: 4)
            buffer.append(Self.utf8AssignmentNumber, width: 8) // 0xxxxxxx: one-byte designator
        }
        buffer.append(Self.byteModeIndicator, width: 4)
        buffer.append(bytes.count, width: QRVersionGeometry.byteCountBits(version: version))
        for byte in bytes { buffer.append(Int(byte), width: 8) }
        return buffer
    }

    /// Exactly `capacity` data codewords: the stream, a terminator of up to four zero bits, zero
    /// bits to the byte boundary, then the pad codewords 11101100 and 00010001 alternately, as the
    /// standard fixes them (readers ignore what follows the terminator).
    func dataCodewords(version: Int, capacity: Int) -> [UInt8] {
        var buffer = bitStream(version: version)
        let capacityBits = capacity * 8
        buffer.append(0, width: min(4, max(0, capacityBits - buffer.count)))
        buffer.append(0, width: (8 - buffer.count % 8) % 8)
        var codewords = Array(buffer.bytes.prefix(capacity))
        var padIndex = 0
        while codewords.count < capacity {
            codewords.append(padIndex % 2 == 0 ? 0xEC : 0x11)
            padIndex += 1
        }
        return codewords
    }
}
