/// A1-style cell references ("C14"): how SpreadsheetML places a cell, and how messages name one.
enum CellReference {
    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    /// 0 → "A", 25 → "Z", 26 → "AA".
    static func columnName(_ column: Int) -> String {
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// 0-based row and column → "C14".
    static func name(row: Int, column: Int) -> String { "\(columnName(column))\(row + 1)" }

    /// "C14" → (row 13, column 2), 0-based; nil when malformed or beyond a sheet's limits.
    /// "$C$14" is accepted; a reference without digits gives only a column (row nil).
    static func parse(_ reference: String) -> (row: Int?, column: Int)? {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for scalar in reference.unicodeScalars {
            switch scalar.value {
            case 36 where digits == 0: continue  // "$"
            case 65...90 where digits == 0, 97...122 where digits == 0:
                let value = Int(scalar.value & ~0x20) - 64
                column = column * 26 + value
                letters += 1
                if letters > 3 { return nil }
            case 48...57 where letters > 0:
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
                if digits > 7 { return nil }
            default:
                return nil
            }
        }
        guard letters > 0, column <= maxColumns else { return nil }
        if digits == 0 { return (nil, column - 1) }
        guard row >= 1, row <= maxRows else { return nil }
        return (row - 1, column - 1)
    }
}
