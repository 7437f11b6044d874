/// Ma trận mô-đun: the square grid of a QR symbol being built. Each module is dark or light and
/// is either part of a function pattern (finders, timing, alignment, format and version
/// information) or holds a data/parity bit. The distinction matters because masks and data
/// placement touch only the non-function modules.
struct QRMatrix: Sendable, Equatable {
    let version: Int
    let size: Int
    private(set) var modules: [Bool]
    private(set) var isFunction: [Bool]

    /// A grid with every function pattern drawn and the format information area reserved (it is
    /// written for real once the mask is chosen).
    init(version: Int) {
        self.version = version
        size = QRVersionGeometry.size(version: version)
        modules = [Bool](repeating: false, count: size * size)
        isFunction = [Bool](repeating: false, count: size * size)
        drawFunctionPatterns()
    }

    func isFunctionModule(x: Int, y: Int) -> Bool { isFunction[y * size + x] }

    /// Sets a module that belongs to a function pattern, so later steps leave it alone.
    mutating func setFunctionModule(x: Int, y: Int, dark: Bool) {
        modules[y * size + x] = dark
        isFunction[y * size + x] = true
    }

    /// Sets a data module; function modules are never passed here.
    mutating func setDataModule(x: Int, y: Int, dark: Bool) {
        modules[y * size + x] = dark
    }

    /// XOR-flips every data module where `flips` is true (masking, which is its own inverse).
    /// Function modules are left alone.
    mutating func flipDataModules(where flips: (_ x: Int, _ y: Int) -> Bool) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y * size + x] && flips(x, y) {
                modules[y * size + x].toggle()
            }
        }
    }
}
