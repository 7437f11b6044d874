/// Kích thước và vị trí theo phiên bản: the numbers that depend only on the version (1–40), not
/// on the data — the side length, where alignment patterns go, and how many modules are left
/// for codewords once every function pattern is drawn.
enum QRVersionGeometry {
    static let versions = 1...40

    /// Side length in modules: 21 for version 1, growing by 4 per version up to 177.
    static func size(version: Int) -> Int { 4 * version + 17 }

    /// Row/column centres of the alignment patterns (ISO/IEC 18004 Annex E). Patterns are placed
    /// at every pair of these centres except the three that would overlap a finder pattern.
    /// The first centre is always 6 and the last is `size - 7`; the ones between are evenly
    /// spaced by an even step, counted back from the last, so the gap next to 6 absorbs the
    /// rounding. This rounding reproduces the whole Annex E table, including version 32 (step
    /// 26), which simpler formulas get wrong; the tests compare it with the table.
    static func alignmentCentres(version: Int) -> [Int] {
        guard version >= 2 else { return [] }
        let count = version / 7 + 2
        let last = size(version: version) - 7
        let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2
        let tail = (0..<(count - 1)).map { last - $0 * step }.reversed()
        return [6] + tail
    }

    /// Modules available for data and parity codewords (including the 0–7 remainder bits): the
    /// whole square minus finders with separators and format areas, timing patterns, alignment
    /// patterns, the dark module and, from version 7, the two version information blocks.
    static func rawDataModules(version: Int) -> Int {
        var result = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignments = version / 7 + 2
            result -= (25 * alignments - 10) * alignments - 55
            if version >= 7 { result -= 36 }
        }
        return result
    }

    /// Width of the byte-mode character count: 8 bits up to version 9, 16 bits from version 10.
    static func byteCountBits(version: Int) -> Int { version <= 9 ? 8 : 16 }
}
