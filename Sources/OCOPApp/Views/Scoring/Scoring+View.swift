import Plot
import OCOPCore

/// Phiếu chấm của thành viên: the sheet beside the dossier's documents, saved as a draft or submitted.
struct ScoringPageModel {
    let meetingID: String
    let dossierID: String
    let productName: String
    let sheet: DossierSelfAssessment.Sheet?
    let unavailable: String?
    /// The latest version's state: nil (never saved), draft, or submitted (read-only).
    let submitted: Bool
    let version: Int
    /// Earlier versions: (version, total, submitted at).
    let history: [(version: Int, total: String, at: String)]
    var errors: [String] = []
    var remark = ""
    /// Why the sheet cannot be submitted today (before the meeting's day, after its decision):
    /// shown instead of the submit button.
    var submitRefusal: String?
    var mayRescore = false
    /// By written opinions: the member's request to meet (what they wrote, or what was kept), nil at a meeting.
    var meetingRequest: MeetingRequestForm.State?
}

/// Bảng điểm trực tiếp for the secretary.
struct ScoringBoardModel {
    let meetingID: String
    let title: String
    let rows: [MeetingResult.Row]
}

enum ScoringView {
    /// The name of the sheet's buttons (save a draft, review before submitting). Not "action": a control of that
    /// name hides the form's `action` property from scripts, which broke the live result (issue 10).
    static let buttonName = "hanh-dong"
    /// The hidden field carrying the sheet version the form was opened on.
    static let versionField = "phien-ban"

    static func page(_ context: PageContext, _ model: ScoringPageModel) -> HTML {
        Layout.page(context) {
            Paragraph {
                Link("← Phiên họp", url: SiteURL.meeting(id: model.meetingID).path)
                Text(" · ")
                Link("Hồ sơ và tài liệu", url: SiteURL.dossier(id: model.dossierID).path).attribute(named: "target", value: "_blank")
                Text(" · ")
                Link("Tải hồ sơ (ZIP)", url: SiteURL.dossierAction(id: model.dossierID, action: "zip").path)
            }
            ErrorList(title: "Chưa lưu được phiếu chấm", messages: model.errors, id: "scoring-errors")
            if let reason = model.unavailable {
                Paragraph(reason).class("bad")
            } else if let sheet = model.sheet {
                Paragraph(model.submitted ? "Phiếu đã nộp (phiên bản \(model.version)), đã khóa." : "Phiên bản \(model.version) – bản nháp, chưa nộp.")
                    .class(model.submitted ? "ok" : "lead").id("scoring-status")
                Div {
                    Form(url: SiteURL.scoringSheet(meeting: model.meetingID, dossier: model.dossierID).path, method: .post) {
                        CSRFField(token: context.csrfToken)
                        Input(type: .hidden, name: ScoringView.versionField, value: String(model.version))
                        ProducerFactsFields(facts: sheet.facts)
                        SheetTable(sheet: sheet.productSet.sheet, answers: sheet.answers, mode: model.submitted ? .print : .form)
                        if model.submitted {
                            if !model.remark.isEmpty { Paragraph("Nhận xét: \(model.remark)").id("scoring-remark") }
                        } else {
                            TextAreaField(label: "Nhận xét của thành viên", name: "remark", value: model.remark,
                                          hint: "Điểm mạnh, điểm cần cải thiện; đưa vào biên bản.")
                        }
                        if !model.submitted {
                            Div {
                                Button { Text("Lưu nháp") }.attribute(named: "type", value: "submit").attribute(named: "name", value: ScoringView.buttonName)
                                    .attribute(named: "value", value: "draft")
                                if model.submitRefusal == nil {
                                    // Asks first: the next page shows the total and what submitting locks.
                                    Button { Text("Nộp phiếu…") }.attribute(named: "type", value: "submit").attribute(named: "name", value: ScoringView.buttonName)
                                        .attribute(named: "value", value: "review").class("primary")
                                }
                            }.class("actions")
                            if let reason = model.submitRefusal { Paragraph(reason).class("lead").id("submit-status") }
                        }
                    }.id("scoring-form").attribute(named: "data-live", value: "result-panel")
                    Tag("aside", [("id", "result-panel"), ("aria-live", "polite")]) { result(sheet) }
                }.class("try-layout")
                if model.submitted, model.mayRescore {
                    Form(url: SiteURL.rescore(meeting: model.meetingID, dossier: model.dossierID).path, method: .post) {
                        CSRFField(token: context.csrfToken)
                        Button { Text("Chấm lại sau thảo luận (tạo phiên bản mới)") }.attribute(named: "type", value: "submit")
                    }.id("rescore-form")
                }
                if let request = model.meetingRequest { MeetingRequestForm(model: model, request: request, csrf: context.csrfToken) }
                if !model.history.isEmpty {
                    H2("Các phiên bản đã nộp")
                    List(model.history) { Text("Phiên bản \($0.version): \($0.total) điểm, nộp lúc \($0.at)") }.id("score-history")
                }
            }
        }
    }

    static func result(_ sheet: DossierSelfAssessment.Sheet) -> Component {
        TrialResultPanel(title: "Kết quả phiếu chấm", outcome: sheet.outcome)
    }

    static func board(_ context: PageContext, _ model: ScoringBoardModel) -> HTML {
        Layout.page(context) {
            Paragraph { Link("← Phiên họp", url: SiteURL.meeting(id: model.meetingID).path) }
            Div { boardTable(model.rows) }.id("scoring-board")
                .attribute(named: "data-refresh", value: SiteURL.meetingAction(id: model.meetingID, action: .board).path + "?phan=bang")
        }
    }

    /// The board alone, also served as a fragment every few seconds.
    static func boardTable(_ rows: [MeetingResult.Row]) -> Component {
        Div {
            for row in rows {
                Tag("section", [("class", "board-row"), ("id", "board-\(row.dossierID)")]) {
                    H2(row.product)
                    Paragraph("Trạng thái: \(row.state.title)").class("item-state").attribute(named: "data-state", value: row.state.rawValue)
                    List(row.members) { member in
                        Text("\(member.name) (\(member.position)): \(member.status)" + (member.counted ? "" : " – không tính"))
                    }
                    if let unusable = row.unusable { Paragraph(unusable).class("bad") }
                    if let verdict = row.verdict {
                        Paragraph(verdict.outcome.quorum.message).class(verdict.outcome.quorum.isMet ? "ok" : "bad").attribute(named: "data-quorum", value: "true")
                        if verdict.outcome.spreadExceeded {
                            Paragraph("Chênh lệch \(verdict.outcome.spread.vietnamese) điểm, vượt \(verdict.outcome.spreadLimit.vietnamese) điểm: Hội đồng thảo luận và chấm lại ("
                                      + verdict.outcome.outliers.map(\.name).joined(separator: ", ") + ").")
                                .class("bad spread-flag")
                        }
                        Paragraph(verdict.explanation).class("verdict")
                        if !row.remarks.isEmpty { List(row.remarks) { Text($0) }.class("remarks") }
                    }
                }
            }
        }
    }
}
