import OCOPCore

/// Soạn bộ tiêu chí: one of the workbook's tables (or one product set's rows of «Tiêu chí») edited
/// as a grid of the same columns as the Excel file, so both ways of editing read the same.
struct CriteriaEditorModel {
    let recordID: String
    let title: String
    let target: SheetGrid.Target
    let productSets: [(code: String, name: String)]
    let headers: [String]
    var rows: [[String]]
    /// Problems reading the grid (row numbers are the grid's own).
    var tableProblems: [String] = []
    /// What the validator says of the edited part and of the whole set.
    var defects: [String] = []
    var saved = false
    /// The draft revises another version of its code: a save that changes something needs a reason.
    var needsReason = false
    /// Lý do thay đổi, as typed (kept when the save is refused).
    var reason = ""
    var reasonMissing = false
}
