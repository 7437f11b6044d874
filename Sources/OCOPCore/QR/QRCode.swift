/// Mã QR: a QR code (ISO/IEC 18004, Model 2) built in pure Swift, for the certificates whose code
/// opens the public verification page (trang xác minh), e.g.
/// `https://ocop.example.gov.vn/xac-minh/HP-2026-000123?ma=3F9A2C`.
///
/// The text is encoded in byte mode as UTF-8 (with the UTF-8 ECI designator when it is not
/// ASCII, see `QRDataSegment`), in the smallest version 1–40 that fits, with the mask that
/// scores lowest on the standard's penalty rules. The result is an immutable grid of modules;
/// `svg(...)` and `pgm(...)` draw it.
public struct QRCode: Sendable, Equatable {
    /// Phiên bản 1–40; the side is `4 × version + 17` modules.
    public let version: Int
    /// Side length in modules, without the quiet zone.
    public let size: Int
    public let errorCorrection: QRErrorCorrection
    /// The mask pattern (0–7) that was chosen.
    let mask: Int
    /// Row-major, `true` = dark.
    private let modules: [Bool]

    init(matrix: QRMatrix, errorCorrection: QRErrorCorrection, mask: Int) {
        version = matrix.version
        size = matrix.size
        self.errorCorrection = errorCorrection
        self.mask = mask
        modules = matrix.modules
    }

    /// True when the module in column `x`, row `y` (0-based from the top-left) is dark.
    /// Coordinates outside the symbol are light, like the quiet zone around it.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }

    /// Encodes `text` in the smallest version that holds it at `errorCorrection`.
    /// - Throws: `QRCodeError.textTooLong` when even version 40 is too small.
    public static func encode(_ text: String, errorCorrection: QRErrorCorrection = .medium) throws -> QRCode {
        let segment = QRDataSegment(text: text)
        guard let version = smallestVersion(for: segment, errorCorrection: errorCorrection) else {
            throw QRCodeError.textTooLong(
                byteCount: segment.bytes.count,
                maximumByteCount: maximumByteCount(errorCorrection: errorCorrection, utf8Designator: segment.needsUTF8Designator),
                errorCorrection: errorCorrection
            )
        }
        let layout = QRBlockTable.layout(version: version, level: errorCorrection)
        let data = segment.dataCodewords(version: version, capacity: layout.dataCodewords)
        var matrix = QRMatrix(version: version)
        matrix.placeData(QRCodewordSequence.interleaved(data: data, layout: layout))
        let best = QRMask.bestMasked(matrix, level: errorCorrection)
        return QRCode(matrix: best.matrix, errorCorrection: errorCorrection, mask: best.mask)
    }

    /// The largest number of UTF-8 bytes a QR code holds at `errorCorrection` (version 40), e.g.
    /// 2331 at M for ASCII text; 1 byte less when the UTF-8 designator is needed.
    public static func maximumByteCount(errorCorrection: QRErrorCorrection, utf8Designator: Bool = false) -> Int {
        let version = QRVersionGeometry.versions.upperBound
        let capacityBits = QRBlockTable.dataCodewords(version: version, level: errorCorrection) * 8
        let overhead = QRDataSegment.headerBitLength(version: version, utf8Designator: utf8Designator)
        return (capacityBits - overhead) / 8
    }

    static func smallestVersion(for segment: QRDataSegment, errorCorrection: QRErrorCorrection) -> Int? {
        QRVersionGeometry.versions.first { version in
            segment.bitLength(version: version) <= QRBlockTable.dataCodewords(version: version, level: errorCorrection) * 8
        }
    }
}
