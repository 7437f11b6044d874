import OCOPCore

/// Soạn phiếu: one product set's rows of the «Tiêu chí» table (one row per option), edited as a
/// grid of the same columns as the Excel workbook, so that both ways of editing read the same.
struct CriteriaEditorModel {
    let recordID: String
    let setName: String
    let productSet: ProductSet
    let productSetCodes: [(code: String, name: String)]
    /// The header of the «Tiêu chí» table, without its first column (the product set code).
    let headers: [String]
    var rows: [[String]]
    /// Problems reading the grid (row numbers are the grid's own).
    var tableProblems: [String] = []
    /// What the validator says of this product set and of the whole set.
    var defects: [String] = []
    var saved = false
}
