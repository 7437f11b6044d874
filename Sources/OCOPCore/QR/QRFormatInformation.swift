/// Thông tin định dạng và phiên bản: the small BCH-protected fields that tell a reader the error
/// correction level and mask (format, 15 bits, twice) and, from version 7, the version number
/// (18 bits, twice) — large symbols are too big to infer the version from their measured size.
enum QRFormatInformation {
    /// 15 bits: level (2) and mask (3), a BCH(15,5) remainder with generator 0x537, all XORed
    /// with 101010000010010 so the field is never all light. L with mask 4 gives
    /// 110011000101111, the value tabled in ISO/IEC 18004 Annex C and by thonky.com.
    static func bits(level: QRErrorCorrection, mask: Int) -> Int {
        let data = level.formatBits << 3 | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return (data << 10 | remainder) ^ 0x5412
    }

    /// 18 bits: version (6) and a BCH(18,6) remainder with generator 0x1F25. Version 7 gives
    /// 000111110010010100 (ISO/IEC 18004 Annex D).
    static func versionBits(version: Int) -> Int {
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        return version << 12 | remainder
    }
}

extension QRMatrix {
    /// Writes both copies of the format information, bit 0 being the least significant: one
    /// copy wraps around the top-left finder, the other is split between the bottom-left and
    /// top-right finders. Also sets the dark module above the bottom-left separator.
    mutating func drawFormatInformation(_ bits: Int) {
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        // Around the top-left finder: down column 8 (skipping the timing row), then left along row 8.
        for index in 0...5 { setFunctionModule(x: 8, y: index, dark: bit(index)) }
        setFunctionModule(x: 8, y: 7, dark: bit(6))
        setFunctionModule(x: 8, y: 8, dark: bit(7))
        setFunctionModule(x: 7, y: 8, dark: bit(8))
        for index in 9..<15 { setFunctionModule(x: 14 - index, y: 8, dark: bit(index)) }
        // Second copy: row 8 under the top-right finder, and column 8 beside the bottom-left one.
        for index in 0..<8 { setFunctionModule(x: size - 1 - index, y: 8, dark: bit(index)) }
        for index in 8..<15 { setFunctionModule(x: 8, y: size - 15 + index, dark: bit(index)) }
        setFunctionModule(x: 8, y: size - 8, dark: true) // the "dark module", always dark
    }

    /// Writes the two 6×3 version blocks, above the bottom-left finder and left of the top-right
    /// one (mirror images of each other). Nothing to do below version 7.
    mutating func drawVersionInformation() {
        guard version >= 7 else { return }
        let bits = QRFormatInformation.versionBits(version: version)
        for index in 0..<18 {
            let dark = (bits >> index) & 1 == 1
            let long = size - 11 + index % 3, short = index / 3
            setFunctionModule(x: long, y: short, dark: dark)
            setFunctionModule(x: short, y: long, dark: dark)
        }
    }
}
