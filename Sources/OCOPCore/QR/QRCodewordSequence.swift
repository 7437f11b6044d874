/// Chuỗi từ mã cuối cùng: splits the data codewords into the blocks of `QRBlockLayout`, adds each
/// block's Reed–Solomon parity and interleaves them — first codeword of every block, then the
/// second, and so on; then the parity the same way. Interleaving spreads every block across the
/// whole symbol, so a local smudge costs each block only a few codewords.
enum QRCodewordSequence {
    static func interleaved(data: [UInt8], layout: QRBlockLayout) -> [UInt8] {
        let generator = QRReedSolomon.generator(degree: layout.ecCodewordsPerBlock)
        var dataBlocks: [[UInt8]] = []
        var parityBlocks: [[UInt8]] = []
        var start = 0
        for blockIndex in 0..<layout.blockCount {
            let length = blockIndex < layout.shortBlockCount ? layout.shortBlockDataCodewords : layout.longBlockDataCodewords
            let end = min(start + length, data.count)
            let block = Array(data[min(start, end)..<end])
            dataBlocks.append(block)
            parityBlocks.append(QRReedSolomon.parity(of: block, generator: generator))
            start = end
        }
        var result: [UInt8] = []
        result.reserveCapacity(data.count + layout.blockCount * layout.ecCodewordsPerBlock)
        for column in 0..<layout.longBlockDataCodewords {
            for block in dataBlocks where column < block.count { result.append(block[column]) }
        }
        for column in 0..<layout.ecCodewordsPerBlock {
            for block in parityBlocks { result.append(block[column]) }
        }
        return result
    }
}
