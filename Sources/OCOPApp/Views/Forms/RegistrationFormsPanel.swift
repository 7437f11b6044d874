import Fluent
import Foundation
import Plot
import OCOPCore

/// What the dossier page shows of the producer's 26/2026 forms: links to Mẫu số 01 and 02, the
/// receipt numbers the commune and the province gave it, and, while the producer may still change
/// the dossier, the link to write the report and attach evidence.
struct RegistrationFormsPanel {
    var mau01Link: String
    var mau02Link: String?
    /// The report's form, for the producer while the dossier is editable.
    var editLink: String?
    var receipts: [(desk: ReceiptDesk, number: String, receivedOn: String)]

    /// Loads the panel for the dossier page: one call, so that page's controller knows nothing of these forms.
    static func add(to model: inout DossierPageModel, _ found: FoundDossier, user: CurrentUser, on db: Database) async throws {
        let dossier = found.dossier
        let id = dossier.id!.uuidString
        let receipts = try await RegistrationReceipts.receipts(of: dossier.id!, on: db)
        let mayEdit = SelfReports.refusal(dossier) == nil
            && AccessPolicy().decide(user.grants, .prepareDossier(producerID: found.producer.id!.uuidString, location: dossier.location)).isAllowed
        model.registrationForms = RegistrationFormsPanel(
            mau01Link: SiteURL.dossierAction(id: id, action: "mau-01").path,
            mau02Link: SiteURL.dossierAction(id: id, action: "mau-02").path,
            editLink: mayEdit ? SiteURL.dossierAction(id: id, action: "bao-cao-tu-danh-gia").path : nil,
            receipts: ReceiptDesk.allCases.compactMap { desk in
                receipts[desk].map { (desk, $0.number, $0.receivedDay?.vietnamese ?? $0.receivedOn) }
            })
    }
}

enum RegistrationFormsPanelView {
    static func render(_ panel: RegistrationFormsPanel?) -> Component {
        guard let panel else { return EmptyComponent() }
        return Div {
            Paragraph {
                Link("Phiếu đăng ký (Mẫu số 01, A4)", url: panel.mau01Link).id("mau01-link")
                if let mau02 = panel.mau02Link {
                    Text(" · ")
                    Link("Báo cáo tự đánh giá (Mẫu số 02, A4)", url: mau02).id("mau02-link")
                }
                if let edit = panel.editLink {
                    Text(" · ")
                    Link("Viết báo cáo tự đánh giá, đính kèm minh chứng", url: edit).class("button").id("mau02-edit")
                }
            }
            for receipt in panel.receipts {
                Paragraph {
                    Text(receipt.desk == .commune ? "Phiếu đăng ký, số tiếp nhận của UBND xã: " : "Phiếu đăng ký, số tiếp nhận của tỉnh: ")
                    Span(receipt.number).id("dossier-receipt-\(receipt.desk.rawValue)")
                    Text(" (ngày \(receipt.receivedOn))")
                }
            }
        }.id("registration-forms")
    }
}
