/// Mẫu chức năng: the fixed patterns that let a reader find, orient and sample the symbol.
extension QRMatrix {
    mutating func drawFunctionPatterns() {
        drawTimingPatterns()
        // Finders go over the ends of the timing lines, which is why timing is drawn first.
        drawFinderPattern(centreX: 3, centreY: 3)
        drawFinderPattern(centreX: size - 4, centreY: 3)
        drawFinderPattern(centreX: 3, centreY: size - 4)
        drawAlignmentPatterns()
        // Reserve the format and version areas now so data placement skips them; the real
        // bits are written after the mask is chosen.
        drawFormatInformation(QRFormatInformation.bits(level: .medium, mask: 0))
        drawVersionInformation()
    }

    /// Row 6 and column 6 alternate dark/light so the reader can count module positions.
    private mutating func drawTimingPatterns() {
        for index in 0..<size {
            setFunctionModule(x: 6, y: index, dark: index % 2 == 0)
            setFunctionModule(x: index, y: 6, dark: index % 2 == 0)
        }
    }

    /// A 7×7 finder (dark ring, light ring, 3×3 dark core) plus the one-module light separator
    /// around it, clipped at the symbol's edge. Its 1:1:3:1:1 profile in every direction is
    /// what readers search for.
    private mutating func drawFinderPattern(centreX: Int, centreY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centreX + dx, y = centreY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let ring = max(abs(dx), abs(dy)) // 0 core … 3 outer ring, 4 separator
                setFunctionModule(x: x, y: y, dark: ring != 2 && ring != 4)
            }
        }
    }

    /// 5×5 alignment patterns (dark ring, light ring, dark centre) at each pair of centres,
    /// except where a finder already sits; they let readers correct for a curved or tilted page.
    private mutating func drawAlignmentPatterns() {
        let centres = QRVersionGeometry.alignmentCentres(version: version)
        let last = centres.count - 1
        for (i, centreX) in centres.enumerated() {
            for (j, centreY) in centres.enumerated() {
                let overlapsFinder = (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)
                if overlapsFinder { continue }
                for dy in -2...2 {
                    for dx in -2...2 {
                        setFunctionModule(x: centreX + dx, y: centreY + dy, dark: max(abs(dx), abs(dy)) != 1)
                    }
                }
            }
        }
    }
}
