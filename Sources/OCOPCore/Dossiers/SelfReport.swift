/// Báo cáo tự đánh giá về sản phẩm (Mẫu số 02, 26/2026 Phụ lục III): what the producer writes
/// around the self-scored sheet. The facts the system holds (name, legal form, address,
/// representative, product) are not repeated here; only what it does not hold, so the form never
/// asks twice and never prints a guess.
public struct SelfReport: Sendable, Codable, Equatable, Hashable {
    /// Phần I, mục 6: "Ngày thành lập/đăng ký kinh doanh" and "Số giấy đăng ký (nếu có)".
    public var foundedOn: String = ""
    public var registrationNumber: String = ""
    /// Phần I, mục 7: quy cách sản phẩm, tiêu chuẩn.
    public var productSpecification: String = ""
    /// Phần I, mục 8 and 9.
    public var history: String = ""
    public var organisation: String = ""
    /// Phần II: kết quả thực hiện phương án sản xuất kinh doanh, the four points the form asks for.
    public var production: String = ""
    public var qualityChanges: String = ""
    public var markets: String = ""
    public var businessResults: String = ""
    /// Phần IV: kế hoạch sản xuất, kinh doanh.
    public var plan: String = ""
    /// Phần III: the producer's description of each criterion, by criterion code.
    public var descriptions: [String: String] = [:]

    public init() {}

    /// The report's own fields with the form's labels, in the form's order: (key path, form field, label, paragraph or line).
    public static var fields: [(key: WritableKeyPath<SelfReport, String>, name: String, label: String, isLong: Bool)] { [
        (\.foundedOn, "mau02-founded", "Ngày thành lập/đăng ký kinh doanh", false),
        (\.registrationNumber, "mau02-registration", "Số giấy đăng ký (nếu có)", false),
        (\.productSpecification, "mau02-specification", "Mô tả về quy cách sản phẩm, tiêu chuẩn", true),
        (\.history, "mau02-history", "Lịch sử hình thành của chủ thể (các giai đoạn hình thành và phát triển)", true),
        (\.organisation, "mau02-organisation", "Cơ cấu tổ chức của chủ thể", true),
        (\.production, "mau02-production", "Tổ chức vùng nguyên liệu, công nghệ sản xuất, sơ chế, chế biến, đóng gói sản phẩm", true),
        (\.qualityChanges, "mau02-quality", "Sự thay đổi về chất lượng sản phẩm: chất lượng, tiêu chuẩn chất lượng, bao bì, nhãn mác, hình thức đóng gói", true),
        (\.markets, "mau02-markets", "Thị trường phân phối sản phẩm", true),
        (\.businessResults, "mau02-results", "Kết quả sản xuất, kinh doanh: sản lượng, doanh thu, lợi nhuận", true),
        (\.plan, "mau02-plan", "Định hướng, kế hoạch trong thời gian tới về phát triển sản phẩm, tổ chức sản xuất, thị trường", true),
    ] }

    /// The form's field name of a criterion's description.
    public static func descriptionField(_ criterionCode: String) -> String { "mau02-c-" + criterionCode }

    /// The report from a posted form: every field trimmed; descriptions only for `criteria`, blank ones left out.
    public static func parse(_ form: [String: String], criteria: [String]) -> SelfReport {
        var report = SelfReport()
        for field in fields { report[keyPath: field.key] = DossierText.trimmed(form[field.name] ?? "") }
        for code in criteria {
            let text = DossierText.trimmed(form[descriptionField(code)] ?? "")
            if !text.isEmpty { report.descriptions[code] = text }
        }
        return report
    }
}
