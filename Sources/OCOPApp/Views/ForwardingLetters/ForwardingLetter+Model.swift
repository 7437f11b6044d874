import OCOPCore

/// "Lập công văn chuyển tỉnh": the picked dossiers and the letter's number, date and signer.
struct ForwardingLetterFormModel {
    struct Row {
        let pick: String
        let productName: String
        let producerName: String
        let assessment: String
    }

    var rows: [Row]
    var number = ""
    var signedOn: String
    var signer = ""
    var signerIsDeputy = false
    var errors: [String: String] = [:]
    var stepErrors: [String] = []
    var isConflict = false
}

/// Văn bản đề nghị UBND tỉnh đánh giá, phân hạng (26/2026 Điều 6.2.a, 7.2.b), printable on A4.
struct ForwardingLetterModel {
    struct Row {
        let dossierID: String
        let productName: String
        let productSet: String
        let producerName: String
        let kind: String
        let selfAssessment: String
        let assessment: String
        /// The 05 samples' receipt, or why none are asked (`DossierSamples.statusLine`).
        let samples: String
    }

    let number: String
    let communeName: String
    let provinceName: String
    let signedOn: CalendarDay
    let signer: String
    let signerTitle: [String]
    let year: Int
    let rows: [Row]
    /// Set on a preview: the form that signs and forwards the letter as shown.
    var draft: ForwardingLetterFormModel?
}
