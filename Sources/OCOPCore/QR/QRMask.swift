/// Mẫu mặt nạ: the eight patterns XORed over the data modules (ISO/IEC 18004 Table 10). Masking
/// breaks up large blank areas and accidental finder-like shapes that would confuse a reader;
/// the pattern used is recorded in the format information so the reader can undo it.
enum QRMask {
    static let patterns = 0..<8

    /// True where mask `pattern` flips the module in column `x`, row `y`.
    static func flips(pattern: Int, x: Int, y: Int) -> Bool {
        switch pattern {
        case 0: (x + y) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (x / 3 + y / 2) % 2 == 0
        case 5: x * y % 2 + x * y % 3 == 0
        case 6: (x * y % 2 + x * y % 3) % 2 == 0
        default: ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }

    /// The matrix with data placed, masked by each pattern in turn (with that mask's format
    /// information), and the one with the lowest penalty kept; ties go to the lower pattern
    /// number so the output is deterministic.
    static func bestMasked(_ unmasked: QRMatrix, level: QRErrorCorrection) -> (matrix: QRMatrix, mask: Int) {
        var best: (matrix: QRMatrix, mask: Int, penalty: Int)?
        for pattern in patterns {
            let candidate = masked(unmasked, pattern: pattern, level: level)
            let penalty = QRPenalty.score(candidate)
            if best.map({ penalty < $0.penalty }) ?? true {
                best = (candidate, pattern, penalty)
            }
        }
        let chosen = best ?? (masked(unmasked, pattern: 0, level: level), 0, 0)
        return (chosen.matrix, chosen.mask)
    }

    /// `unmasked` with `pattern` applied to its data modules and the matching format bits drawn.
    static func masked(_ unmasked: QRMatrix, pattern: Int, level: QRErrorCorrection) -> QRMatrix {
        var matrix = unmasked
        matrix.flipDataModules { x, y in flips(pattern: pattern, x: x, y: y) }
        matrix.drawFormatInformation(QRFormatInformation.bits(level: level, mask: pattern))
        return matrix
    }
}
