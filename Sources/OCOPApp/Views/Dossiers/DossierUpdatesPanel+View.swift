import Plot
import OCOPCore

/// The dossier page's part for a re-evaluation (what changed since recognition, Điều 6.1.c) or an
/// upgrade (the link to the comparison with the last council result). Its own file, so the dossier
/// page itself changes by one line.
struct DossierUpdatesPanel {
    let dossierID: String
    let kind: DossierKind
    let updates: ReEvaluationUpdates
    /// The producer may still change the answers.
    let mayEdit: Bool
    /// Papers with a term that are missing or expired (re-evaluation only).
    let termPapers: [String]
    /// An upgrade with a previous dossier to compare with.
    let hasPrevious: Bool
}

struct DossierUpdatesPanelView: Component {
    let panel: DossierUpdatesPanel
    let csrf: String

    var body: Component {
        switch panel.kind {
        case .upgrade:
            return upgrade
        case .reRecognition:
            return reEvaluation
        case .new:
            return EmptyComponent()
        }
    }

    private var upgrade: Component {
        Div {
            H2("Nâng hạng")
            if panel.hasPrevious {
                Paragraph {
                    Link("So sánh tự đánh giá với kết quả hội đồng lần trước",
                         url: SiteURL.dossierAction(id: panel.dossierID, action: "so-sanh").path).id("upgrade-comparison-link")
                }
            } else {
                Paragraph("Không có hồ sơ trước của sản phẩm để so sánh.").class("muted")
            }
        }.id("upgrade-panel")
    }

    private var reEvaluation: Component {
        Div {
            H2("Cập nhật nội dung mới sau khi được công nhận (Điều 6.1.c QĐ 26/2026)")
            let missing = panel.updates.unanswered
            Paragraph(missing.isEmpty ? "Đã cập nhật đủ \(ReEvaluationTopic.allCases.count)/\(ReEvaluationTopic.allCases.count) nội dung."
                      : "Còn \(missing.count) nội dung chưa cập nhật: \(missing.map(\.title).joined(separator: "; ")).")
                .class(missing.isEmpty ? "ok" : "bad").id("updates-summary")
            if !panel.termPapers.isEmpty {
                Div {
                    Paragraph("Giấy tờ pháp lý có thời hạn cần bổ sung:")
                    List(panel.termPapers) { Text($0) }
                }.class("bad").id("term-papers")
            }
            if panel.mayEdit { form } else { answers }
        }.class("requests").id("re-evaluation-updates")
    }

    /// What the commune, the province and the council read.
    private var answers: Component {
        Tag("dl", [("class", "facts"), ("id", "updates-answers")]) {
            for topic in ReEvaluationTopic.allCases {
                Tag("dt") { Text(topic.title) }
                Tag("dd", [("id", "upd-\(topic.rawValue)")]) { Text(Self.text(panel.updates[topic])) }
            }
        }
    }

    static func text(_ answer: ReEvaluationAnswer?) -> String {
        guard let answer, answer.isAnswered else { return "Chưa cập nhật" }
        return answer.unchanged ? "Không thay đổi" : answer.description
    }

    private var form: Component {
        Form(url: SiteURL.dossierAction(id: panel.dossierID, action: "cap-nhat").path, method: .post) {
            CSRFField(token: csrf)
            for topic in ReEvaluationTopic.allCases {
                let answer = panel.updates[topic]
                let name = topic.rawValue
                Tag("fieldset", [("id", "upd-\(name)")]) {
                    Tag("legend") { Text(topic.title) }
                    Div {
                        Tag("input", [("type", "radio"), ("name", "\(name)-status"), ("value", "unchanged"), ("id", "f-\(name)-unchanged")]
                            + (answer?.unchanged == true ? [("checked", nil)] : []))
                        Tag("label", [("for", "f-\(name)-unchanged")]) { Text(" Không thay đổi") }
                        Tag("input", [("type", "radio"), ("name", "\(name)-status"), ("value", "changed"), ("id", "f-\(name)-changed")]
                            + (answer.map { !$0.unchanged } == true ? [("checked", nil)] : []))
                        Tag("label", [("for", "f-\(name)-changed")]) { Text(" Có thay đổi") }
                    }.class("field choice")
                    TextAreaField(label: "Nội dung mới (khi có thay đổi)", name: "\(name)-text",
                                  value: answer.map { $0.unchanged ? "" : $0.description } ?? "")
                }
            }
            Button { Text("Lưu nội dung cập nhật") }.attribute(named: "type", value: "submit")
        }.id("updates-form")
    }
}
