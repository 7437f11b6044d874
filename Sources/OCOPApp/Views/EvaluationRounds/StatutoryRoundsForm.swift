import Foundation
import Plot
import OCOPCore

/// The one-click form that makes the year's two statutory rounds (Điều 5): the officer sees the
/// dates they will get before clicking, so nothing about the law is hidden behind the button.
enum StatutoryRoundsForm {
    static func render(_ context: PageContext, _ model: EvaluationRoundsModel) -> Component {
        let typed = model.statutoryYear.isEmpty ? model.year : model.statutoryYear
        let year = Int(typed) ?? CalendarDay.inVietnam(Date()).year
        let rounds = StatutoryRounds.rounds(.province, year: year)
        return Div {
            H2("Đợt đánh giá theo quy định")
            Paragraph("Điều 5 Quyết định 26/2026/QĐ-TTg: tỉnh tổ chức ít nhất 2 đợt mỗi năm. "
                      + "Hồ sơ xã đề nghị sau hạn của một đợt thuộc đợt sau.")
            List(rounds) { round in
                Text("Đợt \(round.number): hồ sơ xã đề nghị trước ngày \(round.proposalsBefore.vietnamese), "
                         + "kết thúc trước ngày \(round.concludesBefore.vietnamese).")
            }.id("statutory-rounds-preview")
            Form(url: SiteURL.statutoryEvaluationRounds.path, method: .post) {
                CSRFField(token: context.csrfToken)
                FormField(label: "Năm", name: "statutoryYear", value: typed, type: .number, error: model.statutoryError,
                          hint: "Đợt đã có không được tạo lại; đợt cùng tên mở trước đây được ghi thêm thời hạn.", isRequired: true)
                Button { Text("Tạo các đợt theo quy định") }.attribute(named: "type", value: "submit").class("primary")
            }.id("statutory-rounds-form")
        }.class("statutory-rounds")
    }
}
