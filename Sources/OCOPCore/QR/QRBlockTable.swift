/// How the codewords of one version and level are cut into Reed–Solomon blocks (ISO/IEC 18004
/// Table 9). Long messages are split so that one scratch cannot destroy a whole block: each block
/// gets its own parity, and the blocks are interleaved across the symbol.
struct QRBlockLayout: Sendable, Equatable {
    /// Parity codewords added to every block.
    let ecCodewordsPerBlock: Int
    /// Blocks in the first group, each `shortBlockDataCodewords` long.
    let shortBlockCount: Int
    let shortBlockDataCodewords: Int
    /// Blocks in the second group, one data codeword longer (zero when all blocks are equal).
    let longBlockCount: Int

    var blockCount: Int { shortBlockCount + longBlockCount }
    var longBlockDataCodewords: Int { shortBlockDataCodewords + 1 }
    var dataCodewords: Int { shortBlockCount * shortBlockDataCodewords + longBlockCount * longBlockDataCodewords }
}

/// Bảng khối sửa lỗi: the EC codewords per block and the block counts for versions 1–40 and the
/// four levels. Only these two numbers are tabulated; everything else (data codewords, group
/// sizes) follows from the number of codewords the version holds, which is computed exactly by
/// `QRVersionGeometry.rawDataModules`. This keeps the table small enough to proof-read against
/// the standard.
enum QRBlockTable {
    /// Index 0 is unused so that `[level][version]` reads like the standard.
    static let ecCodewordsPerBlock: [[Int]] = [
        // 0  1   2   3   4   5   6   7   8   9  10  11  12  13  14  15  16  17  18  19  20  21  22  23  24  25  26  27  28  29  30  31  32  33  34  35  36  37  38  39  40
        [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30], // L
        [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28], // M
        [0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30], // Q
        [0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30], // H
    ]

    static let blockCounts: [[Int]] = [
        // 0 1  2  3  4  5  6  7  8  9 10  11  12  13  14  15  16  17  18  19  20  21  22  23  24  25  26  27  28  29  30  31  32  33  34  35  36  37  38  39  40
        [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25], // L
        [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49], // M
        [0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68], // Q
        [0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81], // H
    ]

    /// The block layout of `version` (1–40) at `level`.
    static func layout(version: Int, level: QRErrorCorrection) -> QRBlockLayout {
        let ecPerBlock = ecCodewordsPerBlock[level.tableIndex][version]
        let blocks = blockCounts[level.tableIndex][version]
        let totalCodewords = QRVersionGeometry.rawDataModules(version: version) / 8
        let shortBlockTotal = totalCodewords / blocks
        let longBlocks = totalCodewords % blocks
        return QRBlockLayout(
            ecCodewordsPerBlock: ecPerBlock,
            shortBlockCount: blocks - longBlocks,
            shortBlockDataCodewords: shortBlockTotal - ecPerBlock,
            longBlockCount: longBlocks
        )
    }

    /// Data codewords (the message, before parity) that `version` holds at `level`.
    static func dataCodewords(version: Int, level: QRErrorCorrection) -> Int {
        layout(version: version, level: level).dataCodewords
    }
}
