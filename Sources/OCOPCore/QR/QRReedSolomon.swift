/// Mã sửa lỗi Reed–Solomon: computes the parity codewords appended to each block, which let a
/// reader rebuild the block when up to half that many codewords are unreadable.
enum QRReedSolomon {
    /// Coefficients of the generator polynomial (x − α⁰)(x − α¹)…(x − α^(degree−1)), highest
    /// power first, without the leading 1. For degree 10 these are α^251, α^67, α^46, α^61,
    /// α^118, α^70, α^64, α^94, α^32, α^45, the polynomial printed in the thonky.com tutorial.
    static func generator(degree: Int) -> [UInt8] {
        // Built as the product polynomial, stored lowest power last; starts as the constant 1.
        var coefficients = [UInt8](repeating: 0, count: degree)
        if degree > 0 { coefficients[degree - 1] = 1 }
        var root: UInt8 = 1
        for _ in 0..<degree {
            // Multiply by (x − root): shift left and add root × the old polynomial.
            for index in 0..<degree {
                coefficients[index] = QRGaloisField.multiply(coefficients[index], root)
                if index + 1 < degree { coefficients[index] ^= coefficients[index + 1] }
            }
            root = QRGaloisField.multiply(root, 2)
        }
        return coefficients
    }

    /// The remainder of data(x)·x^n divided by the generator of degree n: the n parity codewords.
    static func parity(of data: [UInt8], generator: [UInt8]) -> [UInt8] {
        var remainder = [UInt8](repeating: 0, count: generator.count)
        guard !generator.isEmpty else { return remainder }
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            for index in remainder.indices {
                remainder[index] ^= QRGaloisField.multiply(generator[index], factor)
            }
        }
        return remainder
    }
}
