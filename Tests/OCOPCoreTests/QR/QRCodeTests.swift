import Foundation
import Testing
@testable import OCOPCore

@Suite("Mã QR: các giá trị đã công bố và cấu trúc")
struct QRCodeTests {
    static let shortURL = "https://ocop.example.gov.vn/xac-minh/HP-2026-000123?ma=3F9A2C"
    /// 120 characters, the longest verification URL we expect to print.
    static let longURL = "https://ocop.example.gov.vn/xac-minh/HP-2026-000123?ma=3F9A2C&san-pham=mat-ong-an-son&hang=4-sao&nam=2026&lang=vi&ref=qr"
    static let vietnamese = "Giấy chứng nhận OCOP 4★ – Mật ong An Sơn"

    // MARK: Known answers

    /// α⁸ = α⁴ + α³ + α² + 1 = 29 under the QR field polynomial 0x11D.
    @Test("GF(256): α⁸ = 29, log và mũ nghịch đảo nhau")
    func galoisField() {
        #expect(QRGaloisField.exponent[8] == 29)
        #expect(QRGaloisField.exponent[255] == 1)
        for value in 1...255 {
            #expect(Int(QRGaloisField.exponent[QRGaloisField.logarithm[value]]) == value)
        }
        #expect(QRGaloisField.multiply(0, 7) == 0)
        #expect(QRGaloisField.multiply(2, 128) == 29)
    }

    /// thonky.com, "Generator polynomial tool": degree 10 is
    /// x¹⁰ + α²⁵¹x⁹ + α⁶⁷x⁸ + α⁴⁶x⁷ + α⁶¹x⁶ + α¹¹⁸x⁵ + α⁷⁰x⁴ + α⁶⁴x³ + α⁹⁴x² + α³²x + α⁴⁵.
    @Test("Đa thức sinh bậc 10 khớp bảng đã công bố")
    func generatorPolynomial() {
        let exponents = QRReedSolomon.generator(degree: 10).map { QRGaloisField.logarithm[Int($0)] }
        #expect(exponents == [251, 67, 46, 61, 118, 70, 64, 94, 32, 45])
    }

    /// "HELLO WORLD" at 1-M, the worked example of the thonky.com QR tutorial.
    @Test("Reed–Solomon: \"HELLO WORLD\" 1-M cho đúng 10 từ mã sửa lỗi")
    func helloWorldParity() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        let parity = QRReedSolomon.parity(of: data, generator: QRReedSolomon.generator(degree: 10))
        #expect(parity == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    /// First block of the thonky.com 5-Q example (18 parity codewords per block).
    @Test("Reed–Solomon: khối 1 của ví dụ 5-Q")
    func fiveQParity() {
        let data: [UInt8] = [67, 85, 70, 134, 87, 38, 85, 194, 119, 50, 6, 18, 6, 103, 38]
        let parity = QRReedSolomon.parity(of: data, generator: QRReedSolomon.generator(degree: 18))
        #expect(parity == [213, 199, 11, 45, 115, 247, 241, 223, 229, 248, 154, 117, 154, 111, 86, 161, 111, 39])
    }

    /// All 32 format strings as tabled in ISO/IEC 18004 Annex C (and on thonky.com).
    @Test("Thông tin định dạng: 32 chuỗi 15 bit", arguments: [
        (QRErrorCorrection.low, ["111011111000100", "111001011110011", "111110110101010", "111100010011101",
                                 "110011000101111", "110001100011000", "110110001000001", "110100101110110"]),
        (QRErrorCorrection.medium, ["101010000010010", "101000100100101", "101111001111100", "101101101001011",
                                    "100010111111001", "100000011001110", "100111110010111", "100101010100000"]),
        (QRErrorCorrection.quartile, ["011010101011111", "011000001101000", "011111100110001", "011101000000110",
                                      "010010010110100", "010000110000011", "010111011011010", "010101111101101"]),
        (QRErrorCorrection.high, ["001011010001001", "001001110111110", "001110011100111", "001100111010000",
                                  "000011101100010", "000001001010101", "000110100001100", "000100000111011"]),
    ])
    func formatInformation(level: QRErrorCorrection, expected: [String]) {
        for mask in 0..<8 {
            #expect(QRFormatInformation.bits(level: level, mask: mask) == Int(expected[mask], radix: 2), "mặt nạ \(mask)")
        }
    }

    @Test("Thông tin phiên bản (ISO/IEC 18004 Phụ lục D)", arguments: [
        (7, "000111110010010100"), (8, "001000010110111100"), (21, "010101011010000011"), (40, "101000110001101001"),
    ])
    func versionInformation(version: Int, expected: String) {
        #expect(QRFormatInformation.versionBits(version: version) == Int(expected, radix: 2))
    }

    /// ISO/IEC 18004 Annex E, Table E.1 (the centres after 6), for every version.
    static let annexE: [[Int]] = [
        [], [18], [22], [26], [30], [34], [22, 38], [24, 42], [26, 46], [28, 50], [30, 54], [32, 58], [34, 62],
        [26, 46, 66], [26, 48, 70], [26, 50, 74], [30, 54, 78], [30, 56, 82], [30, 58, 86], [34, 62, 90],
        [28, 50, 72, 94], [26, 50, 74, 98], [30, 54, 78, 102], [28, 54, 80, 106], [32, 58, 84, 110],
        [30, 58, 86, 114], [34, 62, 90, 118], [26, 50, 74, 98, 122], [30, 54, 78, 102, 126],
        [26, 52, 78, 104, 130], [30, 56, 82, 108, 134], [34, 60, 86, 112, 138], [30, 58, 86, 114, 142],
        [34, 62, 90, 118, 146], [30, 54, 78, 102, 126, 150], [24, 50, 76, 102, 128, 154],
        [28, 54, 80, 106, 132, 158], [32, 58, 84, 110, 136, 162], [26, 54, 82, 110, 138, 166],
        [30, 58, 86, 114, 142, 170],
    ]

    @Test("Vị trí mẫu căn chỉnh khớp bảng E.1 cho mọi phiên bản")
    func alignmentCentres() {
        #expect(QRVersionGeometry.alignmentCentres(version: 1) == [])
        for version in 2...40 {
            #expect(QRVersionGeometry.alignmentCentres(version: version) == [6] + Self.annexE[version - 1], "phiên bản \(version)")
        }
    }

    /// Total codewords per version (ISO/IEC 18004 Table 1) and the block split of 5-Q.
    @Test("Số từ mã và cách chia khối")
    func blockLayout() {
        let totals = [1: 26, 2: 44, 7: 196, 10: 346, 14: 581, 40: 3706]
        for (version, total) in totals {
            #expect(QRVersionGeometry.rawDataModules(version: version) / 8 == total, "phiên bản \(version)")
        }
        #expect(QRBlockTable.layout(version: 5, level: .quartile)
            == QRBlockLayout(ecCodewordsPerBlock: 18, shortBlockCount: 2, shortBlockDataCodewords: 15, longBlockCount: 2))
        #expect(QRBlockTable.dataCodewords(version: 1, level: .medium) == 16)
        #expect(QRBlockTable.dataCodewords(version: 40, level: .low) == 2956)
        #expect(QRBlockTable.dataCodewords(version: 40, level: .high) == 1276)
        // Every layout must use exactly the codewords the version holds.
        for version in QRVersionGeometry.versions {
            for level in QRErrorCorrection.allCases {
                let layout = QRBlockTable.layout(version: version, level: level)
                let used = layout.dataCodewords + layout.blockCount * layout.ecCodewordsPerBlock
                #expect(used == QRVersionGeometry.rawDataModules(version: version) / 8)
            }
        }
    }

    /// Byte-mode capacities of ISO/IEC 18004 Table 7.
    @Test("Dung lượng chế độ byte khớp bảng 7")
    func byteCapacities() throws {
        let known: [(Int, QRErrorCorrection, Int)] = [
            (1, .low, 17), (1, .medium, 14), (1, .quartile, 11), (1, .high, 7), (7, .medium, 122),
            (10, .medium, 213), (40, .low, 2953), (40, .medium, 2331), (40, .quartile, 1663), (40, .high, 1273),
        ]
        for (version, level, bytes) in known {
            let fits = try QRCode.encode(String(repeating: "a", count: bytes), errorCorrection: level)
            #expect(fits.version == version, "\(bytes) byte, \(level.letter)")
            if version < 40 {
                let spills = try QRCode.encode(String(repeating: "a", count: bytes + 1), errorCorrection: level)
                #expect(spills.version == version + 1, "\(bytes + 1) byte, \(level.letter)")
            }
        }
        #expect(QRCode.maximumByteCount(errorCorrection: .medium) == 2331)
    }

    // MARK: Data encoding

    @Test("Dòng bit chế độ byte: \"A\" ở 1-M")
    func byteModeStream() {
        let codewords = QRDataSegment(text: "A").dataCodewords(version: 1, capacity: 16)
        // 0100 | 00000001 | 01000001 | 0000 terminator, then pad codewords.
        #expect(codewords == [0x40, 0x14, 0x10, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC])
    }

    @Test("Văn bản có dấu được mở đầu bằng ECI 26 (UTF-8)")
    func utf8Designator() {
        #expect(!QRDataSegment(text: Self.longURL).needsUTF8Designator)
        let segment = QRDataSegment(text: "ấ")
        #expect(segment.needsUTF8Designator)
        // 0111 | 00011010 | 0100 | 00000011 | E1 BA A5
        #expect(segment.bitStream(version: 1).bytes == [0x71, 0xA4, 0x03, 0xE1, 0xBA, 0xA5])
    }

    // MARK: Mask penalty

    @Test("Điểm phạt: dải cùng màu, khối 2×2, mẫu giống định vị, tỉ lệ tối")
    func penaltyRules() {
        func line(_ bits: String) -> [Bool] { bits.map { $0 == "1" } }
        func rules(_ bits: String) -> Int { QRPenalty.lineRules(line(bits), start: 0, step: 1, count: bits.count) }
        #expect(rules("1111") == 0)
        #expect(rules("11111") == 3)
        #expect(rules("1111111") == 5, "3 + (7 − 5)")
        #expect(rules("10111010000") == 40)
        #expect(rules("00001011101") == 40)
        #expect(rules("101110100000") == 43, "mẫu giống định vị và dải 5 mô-đun sáng")
        #expect(QRPenalty.sameColourBlocks([Bool](repeating: true, count: 9), size: 3) == 12)
        #expect(QRPenalty.sameColourBlocks(line("101010101"), size: 3) == 0)
        #expect(QRPenalty.darkBalance(line("1100")) == 0)
        #expect(QRPenalty.darkBalance(line("1111")) == 100)
        #expect(QRPenalty.darkBalance(line(String(repeating: "1", count: 44) + String(repeating: "0", count: 56))) == 10)
        #expect(QRPenalty.darkBalance(line(String(repeating: "1", count: 46) + String(repeating: "0", count: 54))) == 0)
    }

    // MARK: Version selection

    @Test("Chọn phiên bản nhỏ nhất theo độ dài")
    func versionSelection() throws {
        #expect(try QRCode.encode("").version == 1)
        #expect(try QRCode.encode(Self.shortURL).version == 4)
        #expect(try QRCode.encode(Self.longURL).version == 7)
        #expect(try QRCode.encode(Self.longURL, errorCorrection: .low).version == 6)
        #expect(try QRCode.encode(Self.longURL, errorCorrection: .high).version == 11)
        #expect(try QRCode.encode(Self.longURL, errorCorrection: .quartile).version == 9)
        #expect(try QRCode.encode(Self.vietnamese).version == 4)
        #expect(Self.longURL.utf8.count == 120)
    }

    @Test("Nội dung quá dài: báo lỗi bằng tiếng Việt")
    func tooLong() {
        let text = String(repeating: "x", count: 2332)
        #expect(throws: QRCodeError.textTooLong(byteCount: 2332, maximumByteCount: 2331, errorCorrection: .medium)) {
            try QRCode.encode(text)
        }
        do {
            _ = try QRCode.encode(text)
        } catch let error as QRCodeError {
            #expect(error.message.contains("quá dài"))
            #expect(error.message.contains("2331"))
        } catch {
            Issue.record("lỗi không mong đợi: \(error)")
        }
        #expect(throws: QRCodeError.self) { try QRCode.encode(String(repeating: "x", count: 1274), errorCorrection: .high) }
    }

    // MARK: Structure

    @Test("Ba mẫu định vị ở ba góc, có dải phân cách sáng", arguments: [1, 7, 40])
    func finderPatterns(version: Int) throws {
        let code = try QRCode.encode(String(repeating: "b", count: QRCodeTestSupport.capacity(version: version, level: .medium)))
        #expect(code.version == version)
        #expect(code.size == 4 * version + 17)
        for (originX, originY) in [(0, 0), (code.size - 7, 0), (0, code.size - 7)] {
            for dy in -1...7 {
                for dx in -1...7 {
                    let x = originX + dx, y = originY + dy
                    guard (0..<code.size).contains(x), (0..<code.size).contains(y) else { continue }
                    let ring = max(abs(dx - 3), abs(dy - 3))
                    #expect(code.isDark(x: x, y: y) == (ring != 2 && ring != 4), "(\(x), \(y))")
                }
            }
        }
        #expect(code.isDark(x: 8, y: code.size - 8), "mô-đun tối cố định")
        #expect(!code.isDark(x: -1, y: 0) && !code.isDark(x: 0, y: code.size))
    }

    @Test("Mẫu định thời xen kẽ tối/sáng", arguments: [1, 2, 7, 23])
    func timingPatterns(version: Int) throws {
        let code = try QRCode.encode(String(repeating: "c", count: QRCodeTestSupport.capacity(version: version, level: .quartile)),
                                     errorCorrection: .quartile)
        #expect(code.version == version)
        for index in 8..<(code.size - 8) {
            #expect(code.isDark(x: index, y: 6) == (index % 2 == 0), "hàng 6, cột \(index)")
            #expect(code.isDark(x: 6, y: index) == (index % 2 == 0), "cột 6, hàng \(index)")
        }
    }

    /// Both copies of the format information must name the level and the chosen mask, and from
    /// version 7 both version blocks must carry the version.
    @Test("Đọc lại thông tin định dạng và phiên bản từ ma trận", arguments: QRErrorCorrection.allCases)
    func formatAndVersionReadBack(level: QRErrorCorrection) throws {
        let text = QRCodeTestSupport.asciiText(length: QRCodeTestSupport.capacity(version: 8, level: level), seed: 8)
        let code = try QRCode.encode(text, errorCorrection: level)
        let size = code.size
        func bit(_ x: Int, _ y: Int) -> Int { code.isDark(x: x, y: y) ? 1 : 0 }
        var first = 0, second = 0
        let firstPositions = (0...5).map { (8, $0) } + [(8, 7), (8, 8), (7, 8)] + (9..<15).map { (14 - $0, 8) }
        let secondPositions = (0..<8).map { (size - 1 - $0, 8) } + (8..<15).map { (8, size - 15 + $0) }
        for (index, position) in firstPositions.enumerated() { first |= bit(position.0, position.1) << index }
        for (index, position) in secondPositions.enumerated() { second |= bit(position.0, position.1) << index }
        let expected = QRFormatInformation.bits(level: level, mask: code.mask)
        #expect(first == expected)
        #expect(second == expected)
        var below = 0, right = 0
        for index in 0..<18 {
            below |= bit(index / 3, size - 11 + index % 3) << index
            right |= bit(size - 11 + index % 3, index / 3) << index
        }
        #expect(code.version == 8)
        #expect(below == QRFormatInformation.versionBits(version: code.version))
        #expect(right == below)
    }

    @Test("Mã hoá là tất định")
    func deterministic() throws {
        #expect(try QRCode.encode(Self.shortURL) == QRCode.encode(Self.shortURL))
    }

    // MARK: Rendering

    @Test("SVG gọn: một path, crispEdges, nền trắng, role và aria-label")
    func svg() throws {
        let code = try QRCode.encode(Self.shortURL)
        let svg = code.svg(moduleSize: 3, quietZone: 4, ariaLabel: "Mã QR xác minh \"HP-2026\" & <OCOP>")
        let side = code.size + 8
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("width=\"\(side * 3)\" height=\"\(side * 3)\" viewBox=\"0 0 \(side) \(side)\""))
        #expect(svg.contains("shape-rendering=\"crispEdges\""))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("aria-label=\"Mã QR xác minh &quot;HP-2026&quot; &amp; &lt;OCOP&gt;\""))
        #expect(svg.contains("fill=\"#fff\""))
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(svg.hasSuffix("</svg>"))
        // The top-left finder's first row is one 7-module run starting inside the quiet zone.
        #expect(svg.contains("d=\"M4 4h7v1h-7z"))
    }

    /// The path must draw exactly the dark modules: parse its rectangles back into a grid.
    @Test("Path của SVG vẽ đúng các mô-đun tối")
    func svgPathMatchesModules() throws {
        let code = try QRCode.encode(Self.longURL)
        let quiet = 2
        let svg = code.svg(quietZone: quiet)
        let start = try #require(svg.range(of: " d=\""))
        let path = svg[start.upperBound...].prefix { $0 != "\"" }
        var drawn = Set<Int>()
        for command in path.split(separator: "z") {
            // "M{x} {y}h{n}v1h-{n}"
            let numbers = command.split(whereSeparator: { "Mhv- ".contains($0) }).compactMap { Int($0) }
            try #require(numbers.count == 5 && numbers[3] == 1 && numbers[4] == numbers[2], "\(command)")
            for x in numbers[0]..<(numbers[0] + numbers[2]) { drawn.insert((numbers[1] - quiet) * code.size + x - quiet) }
        }
        var expected = Set<Int>()
        for y in 0..<code.size { for x in 0..<code.size where code.isDark(x: x, y: y) { expected.insert(y * code.size + x) } }
        #expect(drawn == expected)
    }

    @Test("PGM (P5): tiêu đề, kích thước và điểm ảnh")
    func pgm() throws {
        let code = try QRCode.encode("OCOP")
        let image = code.pgm(moduleSize: 2, quietZone: 4)
        let pixels = (code.size + 8) * 2
        let header = Data("P5\n\(pixels) \(pixels)\n255\n".utf8)
        #expect(image.prefix(header.count) == header)
        #expect(image.count == header.count + pixels * pixels)
        let body = Array(image.dropFirst(header.count))
        #expect(body[0] == 255, "vùng trống sáng")
        #expect(body[8 * pixels + 8] == 0, "góc mẫu định vị tối")
        #expect(code.pgm(moduleSize: 0, quietZone: -3).count > 0, "tham số âm không làm sập")
    }
}

/// Helpers shared by the QR tests.
enum QRCodeTestSupport {
    /// The most ASCII bytes `version` holds at `level`, so a text of that length lands exactly on it.
    static func capacity(version: Int, level: QRErrorCorrection) -> Int {
        let bits = QRBlockTable.dataCodewords(version: version, level: level) * 8
        return (bits - QRDataSegment.headerBitLength(version: version, utf8Designator: false)) / 8
    }

    /// Printable ASCII of exactly `length` characters, varied so every mask and block gets real data.
    static func asciiText(length: Int, seed: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%")
        var state = UInt64(truncatingIfNeeded: seed) &* 6364136223846793005 &+ 1442695040888963407
        return String((0..<length).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return alphabet[Int(state >> 33) % alphabet.count]
        })
    }
}

/// The test that matters: a standard reader must decode what we draw. zbarimg (zbar-tools) reads
/// the PGM image and must print exactly the encoded text.
@Suite("Mã QR: zbarimg giải mã đúng")
struct QRCodeZbarTests {
    static let zbarimg = "/usr/bin/zbarimg"

    static let texts = [QRCodeTests.shortURL, QRCodeTests.longURL, QRCodeTests.vietnamese]

    @Test("URL ngắn, URL 120 ký tự và văn bản có dấu, ở cả bốn mức sửa lỗi",
          arguments: texts, QRErrorCorrection.allCases)
    func decodesCertificateTexts(text: String, level: QRErrorCorrection) throws {
        let code = try QRCode.encode(text, errorCorrection: level)
        #expect(try Self.decode(code) == text, "phiên bản \(code.version)-\(level.letter), mặt nạ \(code.mask)")
    }

    /// Fills every version to its last byte, so each version 1–40 is produced (alignment patterns
    /// from 2, version information from 7, 16-bit counts from 10) and every block layout is read.
    @Test("Mọi phiên bản 1–40 ở mọi mức sửa lỗi", arguments: QRVersionGeometry.versions)
    func decodesEveryVersion(version: Int) throws {
        for level in QRErrorCorrection.allCases {
            let length = QRCodeTestSupport.capacity(version: version, level: level)
            let text = QRCodeTestSupport.asciiText(length: length, seed: version * 4 + level.tableIndex)
            let code = try QRCode.encode(text, errorCorrection: level)
            #expect(code.version == version)
            // 2 pixels per module keeps 160 images fast to scan; certificate texts use the default 4.
            #expect(try Self.decode(code, moduleSize: 2) == text, "phiên bản \(version)-\(level.letter), mặt nạ \(code.mask)")
        }
    }

    /// Each of the eight masks must decode, not only those the penalty rules happen to pick.
    @Test("Cả tám mặt nạ đều giải mã được", arguments: QRMask.patterns)
    func decodesEveryMask(pattern: Int) throws {
        let text = QRCodeTests.longURL
        let level = QRErrorCorrection.quartile
        let segment = QRDataSegment(text: text)
        let version = try #require(QRCode.smallestVersion(for: segment, errorCorrection: level))
        let layout = QRBlockTable.layout(version: version, level: level)
        var matrix = QRMatrix(version: version)
        matrix.placeData(QRCodewordSequence.interleaved(data: segment.dataCodewords(version: version, capacity: layout.dataCodewords), layout: layout))
        let code = QRCode(matrix: QRMask.masked(matrix, pattern: pattern, level: level), errorCorrection: level, mask: pattern)
        #expect(try Self.decode(code) == text)
    }

    /// Runs `zbarimg --raw -q` on the code drawn as a PGM and returns what it printed, without the
    /// final line break. Fails (never skips) when zbarimg is missing: the reader test is the
    /// guarantee that certificates scan.
    static func decode(_ code: QRCode, moduleSize: Int = 4) throws -> String {
        try #require(
            FileManager.default.isExecutableFile(atPath: zbarimg),
            "Không tìm thấy \(zbarimg): cài zbar-tools (apt-get install zbar-tools; scripts/test cài sẵn) để kiểm tra mã QR bằng trình đọc chuẩn."
        )
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-qr-\(UUID().uuidString).pgm")
        try code.pgm(moduleSize: moduleSize).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg)
        process.arguments = ["--raw", "-q", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
