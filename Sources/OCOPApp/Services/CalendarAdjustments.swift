import Fluent
import Foundation
import OCOPCore

/// Điều chỉnh lịch làm việc: the days the government moves each year (extra days off, Saturdays
/// worked), keyed in by an administrator and read by `Councils.workingCalendar`. One adjustment a
/// day; each addition and removal is written to the audit log in its own transaction (`RecordedChange`).
enum CalendarAdjustments {
    /// Why `day` cannot take an adjustment now (it already has one), or nil.
    static func refusal(adding day: CalendarDay, on db: Database) async throws -> Refusal? {
        guard try await CalendarAdjustmentRecord.query(on: db).filter(\.$day == day.iso).first() != nil else { return nil }
        return Refusal(.state, "Ngày \(day.vietnamese) đã có điều chỉnh; xóa điều chỉnh cũ trước.")
    }

    /// Adds the adjustment, checked again inside the transaction so that two clicks at once add one.
    static func add(_ kind: CalendarAdjustment.Kind, on day: CalendarDay, note: String, actor: CurrentUser,
                    on db: Database) async throws -> Result<Void, Refusal> {
        let record = CalendarAdjustmentRecord()
        record.day = day.iso
        record.kind = kind.rawValue
        record.note = note
        record.createdBy = actor.label
        return try await RecordedChange.commit(actor: actor, on: db) { tx in
            if let taken = try await Self.refusal(adding: day, on: tx) { throw taken }
            try await record.create(on: tx)
            return RecordedChange.Done(value: (), audit: .init(action: "calendar.adjust", recordType: "calendar", recordID: day.iso,
                                                               location: .nation, after: ["kind": kind.rawValue, "note": note]))
        }
    }

    static func remove(_ record: CalendarAdjustmentRecord, actor: CurrentUser, on db: Database) async throws {
        let audit = RecordedChange.Audit(action: "calendar.remove", recordType: "calendar", recordID: record.day, location: .nation,
                                         before: ["kind": record.kind, "note": record.note])
        try await RecordedChange.commit(actor: actor, on: db) { tx in
            try await record.delete(on: tx)
            return RecordedChange.Done(value: (), audit: audit)
        }.get()
    }
}
