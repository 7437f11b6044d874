/// Tên đơn vị trong văn bản: "Xã Việt Khê" is written "Việt Khê" before the date of a document.
enum UnitNames {
    static let typeWords = ["Thành phố ", "Tỉnh ", "Xã ", "Phường ", "Đặc khu ", "Thị trấn "]

    static func shortName(_ nameWithType: String) -> String {
        for word in typeWords where nameWithType.hasPrefix(word) { return String(nameWithType.dropFirst(word.count)) }
        return nameWithType
    }
}
