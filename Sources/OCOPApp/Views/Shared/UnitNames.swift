/// Tên đơn vị trong văn bản: "Xã Việt Khê" is written "Việt Khê" before the date of a document.
enum UnitNames {
    static let typeWords = ["Thành phố ", "Tỉnh ", "Xã ", "Phường ", "Đặc khu ", "Thị trấn "]

    static func shortName(_ nameWithType: String) -> String {
        for word in typeWords where nameWithType.hasPrefix(word) { return String(nameWithType.dropFirst(word.count)) }
        return nameWithType
    }

    /// "Xã Việt Khê" → "xã Việt Khê": inside a sentence the unit's type is written in lower case
    /// ("Ủy ban nhân dân xã Việt Khê đề nghị Ủy ban nhân dân thành phố Hải Phòng …").
    static func inSentence(_ nameWithType: String) -> String {
        for word in typeWords where nameWithType.hasPrefix(word) { return word.lowercased() + nameWithType.dropFirst(word.count) }
        return nameWithType
    }
}
