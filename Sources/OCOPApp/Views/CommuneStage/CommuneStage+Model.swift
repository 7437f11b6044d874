import OCOPCore

/// "Trả lại để bổ sung": one reason box per document and one for the dossier as a whole.
struct ReturnFormModel: StepFormModel {
    struct Item {
        /// `DossierDocumentType.code`, 0 for the dossier as a whole.
        let code: Int
        let title: String
        var reason: String = ""
    }

    let dossierID: String
    let productName: String
    let version: Int
    var items: [Item]
    var errors: [String] = []
    var isConflict = false
}

/// "Đánh giá tiêu chí địa phương": the four criteria, each with a verdict and a remark.
struct AssessmentFormModel: StepFormModel {
    struct Row {
        let criterion: LocalCriterion
        var verdict: LocalVerdict?
        var remark: String
    }

    let dossierID: String
    let productName: String
    let version: Int
    var rows: [Row]
    /// Số of the report, from the commune's register ("45/BC-UBND"); may stay empty until signed.
    var reportNumber = ""
    var errors: [String] = []
    var isConflict = false
}

/// "Trả lại xã": the province's reasons, one per line.
struct ProvinceReturnModel: StepFormModel {
    let dossierID: String
    let productName: String
    let version: Int
    var reasons: String = ""
    var errors: [String] = []
    var isConflict = false
}

/// Báo cáo đánh giá cấp xã, printable on A4.
struct CommuneReportModel {
    let communeName: String
    let provinceName: String
    let assessedOn: CalendarDay
    let productName: String
    let productSet: String
    let producerName: String
    let producerAddress: String
    let representative: String
    let dossierKind: String
    let findings: [CommuneAssessment.Finding]
    let summary: String
    let selfAssessment: String
    /// The officer's full name (the stored label also carries the user name, which is not printed).
    let assessedBy: String
    /// "Số: 45/BC-UBND", or the dotted gap when no number was typed.
    let numberLine: String
}
