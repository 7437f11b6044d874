import OCOPCore

/// Mẫu số 03 (26/2026 Phụ lục III): "Báo cáo đánh giá một số nội dung của hồ sơ đăng ký tham gia
/// đánh giá, phân hạng sản phẩm OCOP", the commune's report sent with its proposal letter (Điều 7.2.b).
/// Part I is the producer's general facts, part II the commune's four assessments with its verdict
/// and remark each, then the proposal sentence and the signature, as the form prints them.
struct Mau03Model {
    /// One numbered point of part II.
    struct Assessment {
        let criterion: LocalCriterion
        /// The form's own heading: "Về sử dụng nguyên liệu địa phương".
        let heading: String
        /// The form's own note of what the point must show, in brackets under the heading.
        let guidance: String
        /// "Đạt", "Không đạt", "Chưa rõ".
        let verdict: String
        let remark: String
    }

    let dossierID: String
    /// "Số: 45/BC-UBND" (typed with the commune's assessment), or the dotted gap.
    let numberLine: String
    let communeName: String
    let provinceName: String
    let assessedOn: CalendarDay
    let producerName: String
    let legalForm: String
    let address: String
    let representative: String
    /// "Nam" or "Nữ".
    let gender: String
    let ethnicity: String
    let productName: String
    let productSet: String
    let assessments: [Assessment]
    /// "Ủy ban nhân dân xã … đề nghị Ủy ban nhân dân … đánh giá, phân hạng …", when the commune may forward.
    let proposal: String?
    /// Why the commune may not propose the product yet, when it may not.
    let notProposed: [String]

    /// The form's four points of part II, in its order, with the local criterion each reports.
    static let points: [(criterion: LocalCriterion, heading: String, guidance: String)] = [
        (.localOrigin, "Về sử dụng nguyên liệu địa phương",
         "Nội dung thể hiện rõ mô tả của chủ thể và đánh giá về tình hình sử dụng nguyên liệu thực tế của chủ thể trên địa bàn xã."),
        (.localLabour, "Về sử dụng lao động địa phương",
         "Nội dung thể hiện rõ mô tả của chủ thể và đánh giá về tình hình sử dụng thực tế về lao động địa phương của chủ thể trên địa bàn xã."),
        (.ideaOrigin, "Nguồn gốc ý tưởng sản phẩm",
         "Nhận xét về nguồn gốc sản phẩm (truyền thống, sản phẩm mới) của chủ thể dựa trên thực tế của địa phương."),
        (.localIdentity, "Bản sắc/trí tuệ địa phương",
         "Đánh giá các giá trị văn hóa, tri thức bản địa (giống, nguyên liệu, điều kiện sản xuất), kinh nghiệm sản xuất của cộng đồng và phương thức sản xuất đặc trưng của địa phương, tạo nên sự khác biệt của sản phẩm."),
    ]

    /// Part II from the recorded assessment: every point, "Chưa đánh giá" where none was recorded.
    static func assessments(_ assessment: CommuneAssessment) -> [Assessment] {
        points.map { point in
            let finding = assessment.findings.first { $0.criterion == point.criterion }
            return Assessment(criterion: point.criterion, heading: point.heading, guidance: point.guidance,
                              verdict: finding?.verdict.title ?? "Chưa đánh giá",
                              remark: DossierText.trimmed(finding?.remark ?? ""))
        }
    }
}
