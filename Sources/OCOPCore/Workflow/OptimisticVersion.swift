import Foundation

/// Phiên bản bản ghi: a counter saved with a dossier and raised by every save, so that of two officers
/// editing the same dossier the second to save is told instead of silently overwriting the first.
/// The form carries the version it was loaded with; the save compares it with the stored one
/// (and the database update is made conditional on it, so two saves at the same instant cannot both pass).
public struct OptimisticVersion: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    public var value: Int

    public init(_ value: Int) { self.value = value }

    /// The version of a record never saved.
    public static let initial = OptimisticVersion(1)

    /// The version after a save.
    public var next: OptimisticVersion { OptimisticVersion(value + 1) }

    public static func < (lhs: OptimisticVersion, rhs: OptimisticVersion) -> Bool { lhs.value < rhs.value }

    public var description: String { String(value) }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// Who saved the current version and when, for the conflict message.
    public struct LastSave: Sendable, Equatable, Hashable {
        public var by: String
        public var at: Date

        public init(by: String, at: Date) {
            self.by = by
            self.at = at
        }
    }

    /// Succeeds with the version to store when the form was loaded from the current version;
    /// otherwise the conflict, naming who saved in between when known.
    public static func check(loaded: OptimisticVersion, current: OptimisticVersion,
                             lastSave: LastSave? = nil) -> Result<OptimisticVersion, Refusal> {
        guard loaded != current else { return .success(current.next) }
        return .failure(conflict(lastSave: lastSave))
    }

    /// Xung đột chỉnh sửa: "Hồ sơ đã được Nguyễn Văn An cập nhật lúc 10:32 05/07/2026, sau khi bạn mở biểu mẫu. …"
    public static func conflict(lastSave: LastSave?) -> Refusal {
        let who = lastSave.map { "\($0.by) cập nhật lúc \(VietnameseFormat.dateTime($0.at))" } ?? "người khác cập nhật"
        return Refusal(.conflict, "Hồ sơ đã được \(who), sau khi bạn mở biểu mẫu. Thay đổi của bạn chưa được lưu: "
            + "vui lòng tải lại trang để xem nội dung mới rồi nhập lại thay đổi.")
    }
}
