import OCOPCore

/// One dossier's line in the results list, the minutes and the decision.
struct ResultLine {
    let dossierID: String
    let product: String
    let producer: String
    let commune: String
    let mean: String
    let star: String
    let recognised: Bool
    let proposedToNational: Bool
    let explanation: String
    /// The members' remarks, "Name: remark".
    let remarks: [String]
    /// The certificate, once the decision is issued: (id, number).
    var certificate: (id: String, number: String)?
    /// Whether the reader may open the certificate and the result letter (a council member may not).
    var mayOpenDocuments = true
}

/// Kết quả phiên họp: the results list (printable), the minutes' link, and the decision form.
struct MeetingResultsModel {
    let meetingID: String
    let councilName: String
    let agency: String
    let parentAgency: String
    let place: String
    let day: CalendarDay
    let lines: [ResultLine]
    let decision: (id: String, number: String)?
    /// Whether the reader may open the decision (the secretary, a council member, may not).
    var mayOpenDecision = true
    let mayIssue: Bool
    var form = (number: "", signedOn: "", signer: "")
    var errors: [String: String] = [:]
    var refusals: [String] = []
}

/// Biên bản họp Hội đồng.
struct MinutesModel {
    let meetingID: String
    let councilName: String
    let parentAgency: String
    let day: CalendarDay
    let time: String
    let place: String
    let round: String
    let present: [String]
    let absent: [String]
    let conflicts: [String]
    let lines: [ResultLine]
    let chair: String
    let secretary: String
    /// A re-evaluation decided by written opinions (Điều 7.6): no meeting took place, the minutes say so.
    var procedure: CouncilProcedure = .meeting
}

/// Quyết định công nhận, printable.
struct DecisionModel {
    let id: String
    let number: String
    let signedOn: CalendarDay
    let signer: String
    let agency: String
    let parentAgency: String
    let place: String
    let lines: [ResultLine]
}

/// Giấy chứng nhận, printable, with its QR code.
struct CertificateModel {
    let id: String
    let number: String
    let product: String
    let producer: String
    let address: String
    let star: Star
    let decisionNumber: String
    let decisionDay: CalendarDay
    let expiryDay: CalendarDay
    let issuer: String
    let signer: String
    let verifyURL: String
    let qrSVG: String
    let status: CertificateStatus
}

/// Tra cứu giấy chứng nhận (public).
struct VerificationModel {
    let found: Bool
    let number: String
    var product = ""
    var producer = ""
    var star = ""
    var decision = ""
    var validity = ""
    var status: CertificateStatus?
}
