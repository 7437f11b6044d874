import Plot
import OCOPCore

/// What the producer is about to do when submitting, and the one button that does it.
struct SubmitConfirmationModel {
    let dossierID: String
    let product: String
    let kind: String
    let round: String
    /// "xã Việt Khê".
    let commune: String
    let resubmitting: Bool
    let documentCount: Int
    let selfAssessment: String
    /// What submitting would refuse with (the checklist, the self-assessment, the re-evaluation
    /// window, the registration): nothing can be submitted until it is empty.
    let missing: [String]
    let note: String
}

enum SubmitConfirmationView {
    static func render(_ context: PageContext, _ model: SubmitConfirmationModel) -> HTML {
        Layout.page(context) {
            Paragraph("Hồ sơ «\(model.product)» (\(model.kind), \(model.round)) sẽ được \(model.resubmitting ? "nộp lại" : "nộp") cho Ủy ban nhân dân \(model.commune).")
                .class("lead").id("submit-summary")
            if !model.missing.isEmpty {
                ErrorList(title: "Hồ sơ chưa nộp được", messages: model.missing, id: "submit-missing")
                Paragraph { Link("← Về hồ sơ để bổ sung", url: SiteURL.dossier(id: model.dossierID).path).class("button") }
            } else {
                H2("Khi nộp")
                List {
                    ListItem("Gửi \(model.documentCount) tài liệu và phiếu tự đánh giá (\(model.selfAssessment)).")
                    ListItem("Bạn không thay thế được tài liệu, không sửa được phiếu tự đánh giá nữa, trừ khi xã trả lại để bổ sung.")
                    ListItem("Cán bộ xã được báo và xem xét hồ sơ trong 15 ngày làm việc; bạn được báo khi xã trả lại hoặc chuyển tỉnh.")
                }.id("submit-consequences")
                Form(url: SiteURL.dossierAction(id: model.dossierID, action: "nop").path, method: .post) {
                    CSRFField(token: context.csrfToken)
                    if model.resubmitting {
                        TextAreaField(label: "Ghi chú gửi UBND xã", name: "note", value: model.note, hint: "Nêu ngắn gọn những gì đã bổ sung, sửa đổi.")
                    }
                    Button { Text(model.resubmitting ? "Xác nhận nộp lại hồ sơ" : "Xác nhận nộp hồ sơ") }
                        .attribute(named: "type", value: "submit").class("primary").id("confirm-submit")
                    Text(" ")
                    Link("Chưa nộp, quay lại hồ sơ", url: SiteURL.dossier(id: model.dossierID).path).class("button")
                }.id("confirm-submit-form")
            }
        }
    }
}
