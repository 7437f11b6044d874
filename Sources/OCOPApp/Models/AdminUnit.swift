import Fluent
import OCOPCore

/// Đơn vị hành chính: a province (tỉnh/thành phố) or a commune (xã/phường/đặc khu) as in force
/// since 01/07/2025. Reference data loaded from the shipped CSV files; the official code is the key.
package final class AdminUnit: Model, @unchecked Sendable {
    package static let schema = "admin_units"

    package enum Level: String, Codable { case province, commune }

    @ID(custom: "code", generatedBy: .user) package var id: String?
    @Field(key: "name") package var name: String
    /// The name with its type, as used in letters: "Xã Việt Khê", "Thành phố Hải Phòng".
    @Field(key: "name_with_type") package var nameWithType: String
    /// tinh, thanh-pho, xa, phuong, dac-khu.
    @Field(key: "kind") var kind: String
    @Enum(key: "level") package var level: Level
    /// The province a commune belongs to; a province's own code for a province.
    @Field(key: "province_code") package var provinceCode: String
    /// The folded name, so that search ignores diacritics and case with a plain LIKE on both engines.
    @Field(key: "search_key") var searchKey: String
    /// The merger note of the 2025 reorganisation.
    @OptionalField(key: "note") var note: String?

    package init() {}

    init(code: String, name: String, nameWithType: String, kind: String, level: Level, provinceCode: String, note: String?) {
        self.id = code
        self.name = name
        self.nameWithType = nameWithType
        self.kind = kind
        self.level = level
        self.provinceCode = provinceCode
        self.searchKey = SearchFolding.fold(nameWithType)
        self.note = note
    }

    var location: UnitLocation {
        level == .province ? .province(provinceCode) : .commune(id ?? "", inProvince: provinceCode)
    }
}
