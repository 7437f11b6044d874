import OCOPCore

/// "Loại hồ sơ": the sheet's elimination rules to choose from and the officer's finding.
struct EliminationFormModel: StepFormModel {
    let dossierID: String
    let productName: String
    let version: Int
    let rules: [String]
    /// The index in `rules` of the rule chosen, kept when refused.
    var chosen: Int?
    var finding: String = ""
    var errors: [String] = []
    var isConflict = false
}
