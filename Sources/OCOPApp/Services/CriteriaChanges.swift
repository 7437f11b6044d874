import Fluent
import Foundation
import OCOPCore

/// Sửa đổi bộ tiêu chí có lý do: a draft that revises a published text (another version of the same
/// code exists) is saved only with a reason, and every save keeps the cells it changed, so the
/// history of a set reads like the list of corrections a decision would carry ("Bộ 4, C 7: 13 → 3,
/// lỗi đánh máy của bản chép"). A new set's first draft needs no reason: it is not yet a text.
enum CriteriaChanges {
    /// The cells that differ between two versions of the same table, in words: "Dòng 12, Điểm: «13» → «3»".
    static func cells(before: SheetGrid, after: SheetGrid) -> [String] {
        var lines: [String] = []
        for index in 0..<max(before.rows.count, after.rows.count) {
            let old = index < before.rows.count ? before.rows[index] : nil
            let new = index < after.rows.count ? after.rows[index] : nil
            switch (old, new) {
            case let (old?, new?):
                for (column, header) in after.headers.enumerated() {
                    let was = column < old.count ? old[column] : "", now = column < new.count ? new[column] : ""
                    if was != now { lines.append("Dòng \(index + 1), \(header): «\(was)» → «\(now)»") }
                }
            case let (old?, nil):
                lines.append("Dòng \(index + 1) bị xóa: \(summary(of: old))")
            case let (nil, new?):
                lines.append("Dòng \(index + 1) được thêm: \(summary(of: new))")
            case (nil, nil):
                break
            }
        }
        return lines
    }

    /// Whether saving `record` needs a reason: it revises a text another version of its code holds.
    static func needsReason(_ record: CriteriaSetRecord, on db: Database) async throws -> Bool {
        try await CriteriaSetRecord.query(on: db).filter(\.$code == record.code).filter(\.$version != record.version).count() > 0
    }

    /// Saves the draft and the change with its reason in one transaction: no change without its reason.
    /// A save that changes no cell records no change, unless `set` differs from what is stored (a
    /// correction the tables cannot show, made outside the grid).
    static func save(_ record: CriteriaSetRecord, to set: CriteriaSet, target: SheetGrid.Target, cells: [String], reason: String,
                     actor: CurrentUser?, on db: Database) async throws {
        let changed = try CriteriaStore.load(record) != set
        try await db.transaction { tx in
            try await CriteriaStore.update(record, to: set, actor: actor, action: "criteria.update", on: tx)
            guard !cells.isEmpty || changed else { return }
            let change = CriteriaSetChangeRecord()
            change.$criteriaSet.id = try record.requireID()
            change.target = target.segment
            change.cells = cells.joined(separator: "\n")
            change.reason = reason
            change.changedBy = actor?.label ?? "Hệ thống"
            change.changedAt = Date()
            try await change.create(on: tx)
        }
    }

    /// One version of a set as the history shows it, with the changes saved into it.
    struct Version {
        let record: CriteriaSetRecord
        let changes: [CriteriaSetChangeRecord]
    }

    /// Every version of `code`, newest first, each with its changes in the order they were made.
    static func history(of code: String, on db: Database) async throws -> [Version] {
        let records = try await CriteriaSetRecord.query(on: db).filter(\.$code == code).sort(\.$version, .descending).all()
        let changes = try await CriteriaSetChangeRecord.query(on: db).filter(\.$criteriaSet.$id ~~ records.compactMap(\.id))
            .sort(\.$changedAt).all()
        let byVersion = Dictionary(grouping: changes) { $0.$criteriaSet.id }
        return records.map { Version(record: $0, changes: byVersion[$0.id!] ?? []) }
    }

    private static func summary(of row: [String]) -> String {
        row.filter { !$0.isEmpty }.prefix(6).joined(separator: " · ")
    }
}
