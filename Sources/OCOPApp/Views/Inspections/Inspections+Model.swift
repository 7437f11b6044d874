import Foundation
import OCOPCore

/// What the record form sends, as typed (kept when it is refused).
struct InspectionFormInput {
    var inspectedOn = ""
    var verdicts: [InspectionItem: String] = [:]
    var remarks: [InspectionItem: String] = [:]
    var findings = ""
    var conclusion = ""
    var fixDeadline = ""
    var revocationGround = ""
    var answer = ""
}

/// One inspection's page and minutes.
struct InspectionPageModel {
    let inspection: InspectionRecord
    let product: String
    let producer: String
    let address: String
    let commune: String
    let province: String
    /// "3 sao, Quyết định số … ngày …".
    let certificate: String
    let photos: [InspectionPhotoRecord]
    let answers: [InspectionAnswerRecord]
    let mayRecord: Bool
    let mayAnswer: Bool
    /// The revocation form for this certificate, when the record proposes it and the reader may revoke.
    let revokeURL: String?
    /// The revocation decision that rests on this record, once issued.
    let revocation: (id: String, number: String)?
    /// The plan that lists it, and the complaint it answers.
    let plan: (id: String, number: String)?
    let complaintID: String?
    /// The follow-up visit planned for this one's findings, if any.
    let followUpID: String?
    /// «Kiểm tra lại» may be planned now.
    let mayPlanFollowUp: Bool
    var form = InspectionFormInput()
    var problems: [String: String] = [:]

    var id: String { inspection.id!.uuidString }
}
