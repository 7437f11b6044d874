/// Đặt dữ liệu: writes the codewords into the non-function modules in the standard zigzag —
/// two-module-wide columns from the right edge leftwards, going up then down alternately,
/// jumping over the vertical timing pattern in column 6. Each codeword's most significant bit
/// comes first. Modules left over (the 0–7 remainder bits) stay light before masking.
extension QRMatrix {
    mutating func placeData(_ codewords: [UInt8]) {
        let totalBits = codewords.count * 8
        var bitIndex = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !isFunctionModule(x: x, y: y) && bitIndex < totalBits {
                    let byte = codewords[bitIndex >> 3]
                    setDataModule(x: x, y: y, dark: (byte >> (7 - UInt8(bitIndex & 7))) & 1 == 1)
                    bitIndex += 1
                }
            }
            right -= 2
        }
    }
}
