/// Trường GF(256): the finite field in which QR codes do their Reed–Solomon arithmetic. Bytes are
/// polynomials over GF(2) reduced modulo x⁸ + x⁴ + x³ + x² + 1 (0x11D), the polynomial ISO/IEC
/// 18004 prescribes; addition is XOR and multiplication goes through log/antilog tables, where
/// α = 2 generates every non-zero element.
enum QRGaloisField {
    /// `exponent[i]` = αⁱ for i in 0..<255, repeated once more so a sum of two logarithms
    /// (< 510) can index it without a modulo.
    static let exponent: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 512)
        var value = 1
        for power in 0..<255 {
            table[power] = UInt8(value)
            table[power + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        return table
    }()

    /// `logarithm[v]` = i such that αⁱ = v, for v ≠ 0 (entry 0 is never read).
    static let logarithm: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for power in 0..<255 { table[Int(exponent[power])] = power }
        return table
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exponent[logarithm[Int(a)] + logarithm[Int(b)]]
    }
}
