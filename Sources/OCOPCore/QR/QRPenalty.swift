/// Điểm phạt: the four rules of ISO/IEC 18004 §7.8.3 that rate how hard a masked symbol is to
/// read. Lower is better; the encoder keeps the mask with the lowest total.
///
/// The symbol is scored eight times per encode, up to 177×177 modules each, so rules 1 and 3
/// share one pass per row and column and the loops use plain indices into the flat grid (cheap
/// even in debug builds, where the tests run).
enum QRPenalty {
    static func score(_ matrix: QRMatrix) -> Int {
        let size = matrix.size
        let modules = matrix.modules
        var penalty = sameColourBlocks(modules, size: size) + darkBalance(modules)
        for line in 0..<size {
            // Row `line` starts at line × size with step 1; column `line` at line with step size.
            penalty += lineRules(modules, start: line * size, step: 1, count: size)
            penalty += lineRules(modules, start: line, step: size, count: size)
        }
        return penalty
    }

    /// Rules 1 and 3 along one row or column of the row-major grid `modules`, in one pass.
    ///
    /// Rule 1 (N1 = 3): every run of five or more same-coloured modules costs 3 + (length − 5) —
    /// long runs make module boundaries hard to count.
    ///
    /// Rule 3 (N3 = 40): each dark-light-dark-dark-dark-light-dark run with four light modules
    /// on one side (10111010000 or 00001011101) costs 40, because a reader could take it for a
    /// finder pattern. Only patterns wholly inside the symbol are counted. The last 11 modules
    /// are kept as an 11-bit window so each position costs one shift and two comparisons.
    static func lineRules(_ modules: [Bool], start: Int, step: Int, count: Int) -> Int {
        let lightAfter = 0b10111010000, lightBefore = 0b00001011101
        var penalty = 0
        var runLength = 0
        var previous = false
        var window = 0
        for position in 0..<count {
            let dark = modules[start + position * step]
            runLength = position > 0 && dark == previous ? runLength + 1 : 1
            previous = dark
            if runLength == 5 { penalty += 3 } else if runLength > 5 { penalty += 1 }
            window = (window << 1 | (dark ? 1 : 0)) & 0x7FF
            if position >= 10 && (window == lightAfter || window == lightBefore) { penalty += 40 }
        }
        return penalty
    }

    /// Rule 2 (N2 = 3): every 2×2 square of one colour costs 3 (overlapping squares each count).
    /// `modules` is the row-major grid of side `size`.
    static func sameColourBlocks(_ modules: [Bool], size: Int) -> Int {
        var penalty = 0
        for y in 1..<size {
            for x in 1..<size {
                let colour = modules[y * size + x]
                if modules[y * size + x - 1] == colour && modules[(y - 1) * size + x] == colour
                    && modules[(y - 1) * size + x - 1] == colour {
                    penalty += 3
                }
            }
        }
        return penalty
    }

    /// Rule 4 (N4 = 10): 10 points for every full 5% step the share of dark modules lies away
    /// from 50% — a symbol that is mostly dark or mostly light defeats the reader's threshold.
    static func darkBalance(_ modules: [Bool]) -> Int {
        let total = modules.count
        var dark = 0
        for index in 0..<total where modules[index] { dark += 1 }
        // |dark/total − 1/2| / 5% = |20·dark − 10·total| / total, in whole steps.
        return abs(20 * dark - 10 * total) / total * 10
    }
}
