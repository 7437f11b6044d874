import Plot

/// "Đề nghị họp trực tiếp" under a written-opinion sheet: the member asks the council to meet on the
/// dossier (26/2026 Điều 7.6.d: "nội dung phức tạp cần thảo luận"), or sees that they already asked.
struct MeetingRequestForm: Component {
    struct State {
        /// The request already kept, if any.
        var sent: String?
        /// What the member typed, kept when refused.
        var reason = ""
        var error: String?
        /// False once the written opinions are decided.
        var mayRequest = true
    }

    let model: ScoringPageModel
    let request: State
    let csrf: String

    var body: Component {
        Div {
            H2("Đề nghị họp trực tiếp")
            if let sent = request.sent {
                Paragraph("Bạn đã đề nghị họp Hội đồng về hồ sơ này: \(sent)").class("lead").id("meeting-request-sent")
            } else if request.mayRequest {
                Paragraph("Đánh giá lại được quyết định bằng ý kiến bằng văn bản, không họp. Nếu hồ sơ có nội dung phức tạp cần thảo luận, đề nghị Hội đồng họp; khi đó Hội đồng không ra quyết định theo ý kiến bằng văn bản.").class("muted")
                Form(url: SiteURL.requestMeeting(meeting: model.meetingID, dossier: model.dossierID).path, method: .post) {
                    CSRFField(token: csrf)
                    TextAreaField(label: "Lý do cần họp", name: "reason", value: request.reason,
                                  hint: "Ví dụ: quy mô sản xuất thay đổi lớn, hồ sơ minh chứng chưa rõ.", error: request.error)
                    Button { Text("Đề nghị họp trực tiếp") }.attribute(named: "type", value: "submit")
                }.id("meeting-request-form")
            }
        }.id("meeting-request")
    }
}
