import Foundation
import OCOPCore

/// A complaint as the list and its page show it.
struct ComplaintRow {
    let complaint: ComplaintRecord
    let product: String
    let commune: String
    /// The ad hoc inspection planned for it, if any.
    let inspection: InspectionRecord?
    let state: ComplaintState

    var id: String { complaint.id!.uuidString }
    /// The content's first 120 characters, for the list.
    var summary: String { complaint.content.count > 120 ? String(complaint.content.prefix(120)) + "…" : complaint.content }
}

/// The complaint form: the certificate chosen, those a search found, what was typed.
struct NewComplaintModel {
    var input: Complaints.Input
    var picker: CertificatePicker
    var problems: [String: String]
}

/// One complaint's page.
struct ComplaintPageModel {
    let row: ComplaintRow
    let certificate: ChosenCertificate?
    let mayPlanInspection: Bool
    let mayClose: Bool
    /// Why closing was refused (no outcome written).
    var problem: String?
    var typedOutcome = ""
}
