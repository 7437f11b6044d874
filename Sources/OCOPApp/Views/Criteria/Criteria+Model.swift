import Foundation
import OCOPCore

/// Danh sách bộ tiêu chí: every version, its scope and whether it can be used for scoring.
struct CriteriaListModel {
    struct Row {
        let id: String
        let name: String
        let code: String
        let version: Int
        let scope: String
        let status: String
        let productSets: Int
        let defects: Int
    }

    var rows: [Row]
    var canImport: Bool
}

/// One version of a set: its frame (maxima, bands, gates, bonuses), its tree of product sets with
/// each sheet's state, and the actions the viewer may take.
struct CriteriaDetailModel {
    let recordID: String
    let set: CriteriaSet
    let report: ValidationReport
    let scopeName: String
    let canEdit: Bool
    let isEditable: Bool
    /// Every version of the same code, newest first, with the changes (and reasons) saved into each.
    var history: [CriteriaChanges.Version] = []
    var importErrors: [String] = []
}

/// The sheet of one product set, blank or filled, for reading and printing on A4.
struct SheetModel {
    let recordID: String
    let set: CriteriaSet
    let productSet: ProductSet
    let answers: AnswerSet
    let result: ScoringResult?
}

/// Thử chấm: a sheet as a form, with the live result and the path to the next star.
struct TrySheetModel {
    let recordID: String
    let set: CriteriaSet
    let productSet: ProductSet
    let answers: AnswerSet
    let facts: ProducerFacts
    /// The result, provisional while criteria are unanswered (they count their lowest option).
    let outcome: SheetTrial.Outcome
    /// The query string that reproduces this assessment (for the printable filled sheet).
    let query: String
}
