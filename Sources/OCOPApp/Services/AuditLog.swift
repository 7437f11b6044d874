import Fluent
import Foundation
import OCOPCore

/// Ghi nhật ký: the one way a change is written to the append-only audit log. Call it inside
/// the same transaction as the change, so that either both land or neither does.
package enum AuditLog {
    package static func record(
        on database: Database,
        actor: CurrentUser?,
        action: String,
        recordType: String,
        recordID: String,
        location: UnitLocation?,
        before: (any Encodable)? = nil,
        after: (any Encodable)? = nil
    ) async throws {
        let entry = AuditEntry()
        entry.at = Date()
        entry.actorID = actor?.id
        entry.actorName = actor?.label ?? "Hệ thống"
        entry.action = action
        entry.recordType = recordType
        entry.recordID = recordID
        entry.provinceCode = location?.provinceCode
        entry.communeCode = location?.communeCode
        entry.before = try before.map(json)
        entry.after = try after.map(json)
        try await entry.create(on: database)
    }

    private static func json(_ value: any Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
