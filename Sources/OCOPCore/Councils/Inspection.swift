/// Kiểm tra, giám sát sau công nhận (Điều 9 Quyết định 26/2026/QĐ-TTg; seed 003, "tăng cường công
/// tác kiểm tra, giám sát … hậu kiểm"): what an inspection of a recognised product looks at, item by
/// item, and what it may conclude.
public enum InspectionItem: String, Sendable, Codable, CaseIterable, Hashable {
    /// Điều 9.3.a: the criteria of the dossier that was recognised.
    case criteriaMaintained = "tieu-chi"
    case rawMaterialOrigin = "nguyen-lieu"
    case productionProcess = "quy-trinh"
    case qualityIndicators = "chat-luong"
    case productionConditions = "dieu-kien"
    /// Điều 9.3.b.
    case markUse = "nhan-hieu"
    case promotion = "quang-ba"
    case foodSafety = "an-toan-thuc-pham"

    public var title: String {
        switch self {
        case .criteriaMaintained: "Duy trì các tiêu chí theo hồ sơ đã được đánh giá, phân hạng"
        case .rawMaterialOrigin: "Nguồn gốc nguyên liệu"
        case .productionProcess: "Quy trình trồng trọt, chăn nuôi, sản xuất"
        case .qualityIndicators: "Chỉ tiêu chất lượng sản phẩm"
        case .productionConditions: "Điều kiện, trang thiết bị sản xuất"
        case .markUse: "Sử dụng nhãn hiệu, biểu trưng OCOP"
        case .promotion: "Sử dụng thông tin và quảng bá sản phẩm OCOP"
        case .foodSafety: "An toàn thực phẩm"
        }
    }
}

/// Kết quả từng nội dung kiểm tra.
public enum InspectionVerdict: String, Sendable, Codable, CaseIterable, Hashable {
    case meets = "dat"
    case fails = "khong-dat"
    case notApplicable = "khong-ap-dung"

    public var title: String {
        switch self {
        case .meets: "Đạt"
        case .fails: "Không đạt"
        case .notApplicable: "Không áp dụng"
        }
    }
}

/// Kết luận kiểm tra.
public enum InspectionConclusion: String, Sendable, Codable, CaseIterable, Hashable {
    /// Sản phẩm duy trì được các tiêu chí.
    case keepsCriteria = "duy-tri"
    /// Phải khắc phục các tồn tại trong thời hạn.
    case mustFix = "khac-phuc"
    /// Đề nghị thu hồi giấy chứng nhận (Điều 8).
    case proposesRevocation = "de-nghi-thu-hoi"

    public var title: String {
        switch self {
        case .keepsCriteria: "Sản phẩm duy trì các tiêu chí OCOP"
        case .mustFix: "Chủ thể phải khắc phục các tồn tại trong thời hạn"
        case .proposesRevocation: "Đề nghị thu hồi giấy chứng nhận"
        }
    }
}

/// Loại kiểm tra (Điều 9.2.a): định kỳ theo kế hoạch, hoặc đột xuất.
public enum InspectionKind: String, Sendable, Codable, CaseIterable, Hashable {
    case periodic = "dinh-ky"
    case adHoc = "dot-xuat"

    public var title: String { self == .periodic ? "Kiểm tra định kỳ" : "Kiểm tra đột xuất" }
}

/// The record's checks before it is saved: what is missing or contradicts itself, in Vietnamese.
public struct InspectionRecordCheck: Sendable {
    public var verdicts: [InspectionItem: InspectionVerdict]
    public var conclusion: InspectionConclusion?
    public var findings: String
    public var fixDeadline: CalendarDay?
    public var inspectedOn: CalendarDay?
    public var revocationGround: RevocationGround?

    public init(verdicts: [InspectionItem: InspectionVerdict], conclusion: InspectionConclusion?, findings: String,
                fixDeadline: CalendarDay?, inspectedOn: CalendarDay?, revocationGround: RevocationGround?) {
        self.verdicts = verdicts
        self.conclusion = conclusion
        self.findings = findings
        self.fixDeadline = fixDeadline
        self.inspectedOn = inspectedOn
        self.revocationGround = revocationGround
    }

    /// Problems by field name; empty when the record may be saved.
    public func problems(today: CalendarDay) -> [String: String] {
        var problems: [String: String] = [:]
        for item in InspectionItem.allCases where verdicts[item] == nil {
            problems["verdict-\(item.rawValue)"] = "Vui lòng chọn kết quả cho nội dung «\(item.title)»."
        }
        guard let inspectedOn else {
            problems["inspectedOn"] = "Ngày kiểm tra không hợp lệ (dd/mm/yyyy)."
            return problems
        }
        if inspectedOn > today { problems["inspectedOn"] = "Ngày kiểm tra không được sau hôm nay." }
        let failed = verdicts.values.contains(.fails)
        switch conclusion {
        case nil:
            problems["conclusion"] = "Vui lòng chọn kết luận kiểm tra."
        case .keepsCriteria?:
            if failed { problems["conclusion"] = "Có nội dung «Không đạt»: kết luận phải là khắc phục hoặc đề nghị thu hồi." }
        case .mustFix?:
            if findings.isEmpty { problems["findings"] = "Vui lòng ghi các tồn tại chủ thể phải khắc phục." }
            if let fixDeadline {
                if fixDeadline <= inspectedOn { problems["fixDeadline"] = "Thời hạn khắc phục phải sau ngày kiểm tra." }
            } else {
                problems["fixDeadline"] = "Vui lòng ghi thời hạn khắc phục (dd/mm/yyyy)."
            }
        case .proposesRevocation?:
            if findings.isEmpty { problems["findings"] = "Vui lòng ghi các vi phạm làm căn cứ đề nghị thu hồi." }
            if revocationGround == nil { problems["revocationGround"] = "Vui lòng chọn căn cứ thu hồi (khoản 1 Điều 8)." }
        }
        return problems
    }
}
