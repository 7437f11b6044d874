import OCOPCore
import Plot

/// Thư nhắc hạn giấy chứng nhận, printed: a letter of the commune's People's Committee to the producer.
struct ReminderLetterModel {
    let communeName: String
    let provinceName: String
    let day: CalendarDay
    let subject: String
    let producerName: String
    let producerAddress: String
    let paragraphs: [String]
    let step: CertificateReminder
    let recognitionID: String
}

enum ReminderLetterView {
    static func render(_ context: PageContext, _ model: ReminderLetterModel) -> HTML {
        Layout.page(context) {
            Div {
                PrintBar(backLabel: "← Về danh sách theo dõi", backURL: SiteURL.certificateFollowUp.path)
                Paragraph {
                    Text("Thời điểm nhắc: ")
                    for (index, step) in CertificateReminder.allCases.enumerated() {
                        if index > 0 { Text(" · ") }
                        if step == model.step {
                            Tag("strong") { Text(step.title) }
                        } else {
                            Link(step.title, url: SiteURL.reminderLetter(recognition: model.recognitionID).path + "?buoc=\(step.rawValue)")
                        }
                    }
                }.class("screen-only")
            }
            OfficialDocument(
                parentAgency: "UBND \(model.provinceName.uppercased())",
                agency: "ỦY BAN NHÂN DÂN \(model.communeName.uppercased())",
                number: OfficialDocument.unnumbered("UBND"),
                placeAndDate: "\(UnitNames.shortName(model.communeName)), \(OfficialDocument.longDate(model.day))",
                title: "",
                subject: "V/v " + model.subject.prefix(1).lowercased() + model.subject.dropFirst(),
                signerTitle: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                signerName: "",
                recipients: ["Như trên;", "Lưu: VT."],
                content: Div {
                    Paragraph("Kính gửi: \(model.producerName) (\(model.producerAddress)).").class("doc-subject").id("letter-addressee")
                    for paragraph in model.paragraphs { Paragraph(paragraph) }
                }.id("letter-body"))
        }
    }
}
