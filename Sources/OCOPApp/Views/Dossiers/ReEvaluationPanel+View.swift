import Plot

/// "Đánh giá lại" on a re-evaluation dossier's page: a late filing flagged as such, when the window
/// opens and closes, the old certificate (valid, extended or expired) and the 45-day limit.
struct ReEvaluationPanelView: Component {
    let panel: ReEvaluationPanel

    var body: Component {
        Div {
            H2("Đánh giá lại")
            if let flag = panel.flag { Paragraph { Tag("strong") { Text(flag) } }.class("bad").id("late-filing") }
            List(panel.lines) { Text($0) }.id("re-evaluation-lines")
            if let deadline = panel.deadline {
                Paragraph(deadline).class(panel.overdue ? "bad" : "ok").id("re-evaluation-deadline")
            }
        }.class("requests").id("re-evaluation").attribute(named: "role", value: "status")
    }
}
