import Fluent
import Foundation

/// One saved change to a draft criteria set: where (a product set's sheet, the set's properties or
/// the classification), which cells went from what to what, and why.
final class CriteriaSetChangeRecord: Model, @unchecked Sendable {
    static let schema = "criteria_set_changes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "criteria_set_id") var criteriaSet: CriteriaSetRecord
    /// The edited table: a product set code, or the grid segment of the set-wide tables.
    @Field(key: "target") var target: String
    /// The changed cells, one per line: "Dòng 12, Điểm: 13 → 3".
    @Field(key: "cells") var cells: String
    /// Lý do: the officer's reason, required.
    @Field(key: "reason") var reason: String
    /// `CurrentUser.label` of the officer (or "Hệ thống" for the demo).
    @Field(key: "changed_by") var changedBy: String
    @Field(key: "changed_at") var changedAt: Date

    init() {}
}
