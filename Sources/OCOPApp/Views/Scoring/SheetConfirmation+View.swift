import Plot
import OCOPCore

/// Before a sheet is submitted (issue 12, "steps that cannot be undone ask first"): the total and
/// star it goes with and what submitting locks. The sheet's fields ride along unchanged in hidden
/// inputs, so that "Xác nhận nộp phiếu" submits exactly what was reviewed and "Sửa phiếu" brings the
/// form back as it was typed; nothing is saved by reviewing.
struct SheetConfirmationModel {
    let meetingID: String
    let dossierID: String
    let productName: String
    let version: Int
    /// The posted fields (answers, producer facts, remark, version), by name.
    let carried: [(name: String, value: String)]
}

enum SheetConfirmationView {
    static func render(_ context: PageContext, _ model: SheetConfirmationModel, _ sheet: DossierSelfAssessment.Sheet) -> HTML {
        let result = sheet.outcome.result
        let star = result?.finalStar.map { "\($0)" } ?? "không xếp hạng"
        return Layout.page(context) {
            Paragraph("Phiếu chấm «\(model.productName)», phiên bản \(model.version): \(result?.total.vietnamese ?? "—") điểm, \(star).")
                .class("lead").id("sheet-summary")
            H2("Khi nộp")
            List {
                ListItem("Phiếu bị khóa: bạn không sửa được nữa.")
                ListItem("Chỉ chấm lại được sau khi Hội đồng thảo luận, bằng một phiên bản mới; phiên bản này vẫn được lưu.")
                ListItem("Điểm của bạn vào bảng điểm của phiên họp; Thư ký Hội đồng được báo.")
            }.id("sheet-consequences")
            Form(url: SiteURL.scoringSheet(meeting: model.meetingID, dossier: model.dossierID).path, method: .post) {
                CSRFField(token: context.csrfToken)
                for field in model.carried { Input(type: .hidden, name: field.name, value: field.value) }
                Button { Text("Xác nhận nộp phiếu") }
                    .attribute(named: "type", value: "submit").attribute(named: "name", value: ScoringView.buttonName)
                    .attribute(named: "value", value: "submit").class("primary").id("confirm-sheet-submit")
                Text(" ")
                Button { Text("Sửa phiếu") }
                    .attribute(named: "type", value: "submit").attribute(named: "name", value: ScoringView.buttonName)
                    .attribute(named: "value", value: "edit").id("edit-sheet")
            }.id("confirm-sheet-form")
            ScoringView.result(sheet)
        }
    }
}
