import OCOPCore

/// "Tạo hồ sơ": the product, the open rounds that cover its commune, the kind; what was picked and why refused.
struct NewDossierModel {
    var productID: String
    var productName: String
    var roundChoices: [(value: String, label: String)] = []
    var round: String = ""
    var kind: String = DossierKind.new.rawValue
    /// The kinds that apply: a product never recognised can only be registered as new.
    var kindChoices: [DossierKind] = DossierKind.allCases
    var errors: [String] = []
}

/// Trang hồ sơ: facts, the checklist with each item's upload form and history, the self-assessment
/// summary, carry-over notes and the submit button.
struct DossierPageModel {
    struct Item {
        let code: Int
        let title: String
        let description: String
        let required: Bool
        let status: String
        let isMissing: Bool
        /// The type has a term: its upload form asks "Có giá trị đến".
        let hasTerm: Bool
        /// The current file's "Có giá trị đến" (dd/mm/yyyy), and whether that day has passed.
        let validUntil: String?
        let expired: Bool
        /// The file in force: (document id, file name, uploaded by, uploaded at, carried over?).
        let current: (id: String, name: String, by: String, at: String, carried: Bool)?
        /// Replaced files, newest first.
        let history: [(id: String, name: String, by: String, at: String, replacedAt: String)]
    }

    let id: String
    let version: Int
    let facts: [(label: String, value: String)]
    let state: DossierState
    /// The province's decision once it is made (`DossierOutcome`), shown in place of the state.
    var outcome: DossierOutcome?
    let summary: String
    let items: [Item]
    let selfAssessment: String
    let selfAssessmentComplete: Bool
    let carryOverNotes: [String]
    let mayUpload: Bool
    let mayPrepare: Bool
    /// A draft never submitted, and the viewer prepares it: it may be deleted (`DossierDeletion`).
    var mayDelete = false
    var uploadError: (code: Int, message: String)?
    var submitErrors: [String] = []
    /// What the producer wrote when resubmitting, kept when refused.
    var note = ""
    /// `DossierPick.value`: the dossier at this version, for the forward and accept steps.
    var pick = ""
    /// The workflow steps this person may take now (besides submit, which has its own form).
    var actions: [DossierActionKind] = []
    /// The commune's open requests (the dossier is returned), shown in a box and beside each document.
    var requests: [SupplementRequest] = []
    /// The document codes of `requests` filed again since the return.
    var answeredRequests: Set<Int> = []
    /// The province's reasons, while the dossier is back with the commune.
    var provinceReasons: [String] = []
    /// The commune's assessment in one line, once recorded.
    var communeAssessment: String?
    /// The forwarding letter; `id` nil when the reader may not open it (the number is shown as text).
    var letter: (id: String?, number: String)?
    var evaluationRound: String?
    /// The province's evaluation rounds the dossier can be received into.
    var acceptRounds: [(value: String, label: String)] = []
    var timeline: [DossierHistory.Entry] = []
    /// The council's result once decided: the certificate, or the result letter.
    /// The council's result; `link` nil when the reader may not open the certificate or letter.
    var result: (text: String, link: String?, label: String)?
    /// Đánh giá lại: the window, the late flag, the old certificate's standing, the 45 days.
    var reEvaluation: ReEvaluationPanel?
    /// Mẫu số 03, the samples, the elimination (`CommuneFormsPanel.add(to:)`).
    var communeForms: CommuneFormsPanel?
    /// Mẫu số 01 and 02 and the receipt numbers (`RegistrationFormsPanel.add(to:)`).
    var registrationForms: RegistrationFormsPanel?
    /// Điều 6.1.c updates of a re-evaluation, or the upgrade comparison link (`ReEvaluationUpdatesService.panel`).
    var updates: DossierUpdatesPanel?
}

/// Trang tự đánh giá: the sheet as radio buttons and the live result.
struct SelfAssessmentModel {
    let dossierID: String
    let version: Int
    let mayEdit: Bool
    let sheet: DossierSelfAssessment.Sheet?
    let unavailable: String?
    var errors: [String] = []
}
