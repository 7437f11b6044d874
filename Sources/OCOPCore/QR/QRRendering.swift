import Foundation

/// Vẽ mã QR: turns the module grid into images. The quiet zone (vùng trống, 4 modules by the
/// standard) is part of the image because readers need light all around the symbol, and a
/// certificate template may put the code right against a border.
extension QRCode {
    /// A compact SVG: a white background and one black `<path>` made of one rectangle per
    /// horizontal run of dark modules, in module units scaled by `width`/`height`.
    /// `shape-rendering="crispEdges"` stops anti-aliasing seams between adjacent runs, which
    /// would otherwise show as faint lines that some phone readers trip over.
    /// - Parameters:
    ///   - moduleSize: pixels per module in the `width`/`height` attributes (at least 1).
    ///   - quietZone: light modules around the symbol (at least 0; the standard asks for 4).
    ///   - ariaLabel: what screen readers announce (`role="img"`), in Vietnamese.
    public func svg(moduleSize: Int = 4, quietZone: Int = 4, ariaLabel: String = "Mã QR") -> String {
        let quiet = max(0, quietZone)
        let side = size + 2 * quiet
        let pixels = side * max(1, moduleSize)
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < size && isDark(x: x, y: y) { x += 1 }
                path += "M\(start + quiet) \(y + quiet)h\(x - start)v1h-\(x - start)z"
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(pixels)\" height=\"\(pixels)\" "
            + "viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\" role=\"img\" "
            + "aria-label=\"\(Self.xmlEscaped(ariaLabel))\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(path)\"/></svg>"
    }

    /// A binary greyscale PGM (P5): 0 for dark modules, 255 for light, `moduleSize` pixels per
    /// module. The simplest image format `zbarimg` and ImageMagick read, used by the tests and
    /// by command-line tools.
    public func pgm(moduleSize: Int = 4, quietZone: Int = 4) -> Data {
        let scale = max(1, moduleSize)
        let quiet = max(0, quietZone)
        let pixels = (size + 2 * quiet) * scale
        var data = Data("P5\n\(pixels) \(pixels)\n255\n".utf8)
        data.reserveCapacity(data.count + pixels * pixels)
        var row = [UInt8](repeating: 255, count: pixels)
        for y in -quiet..<(size + quiet) {
            // One module row becomes `scale` identical pixel rows.
            for pixelX in 0..<pixels {
                row[pixelX] = isDark(x: pixelX / scale - quiet, y: y) ? 0 : 255
            }
            for _ in 0..<scale { data.append(contentsOf: row) }
        }
        return data
    }

    /// Escapes text for an XML attribute value in double quotes.
    static func xmlEscaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
