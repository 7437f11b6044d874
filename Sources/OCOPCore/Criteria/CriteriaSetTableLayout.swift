/// The columns of the criteria-set sheets, in the order they are written. Reading finds columns by
/// their header (without case or diacritics), so a province may reorder them or add its own;
/// only the required ones must be there.
protocol TableColumn: CaseIterable, Hashable, RawRepresentable where RawValue == Int, AllCases == [Self] {
    var header: String { get }
    var isRequired: Bool { get }
}

extension TableColumn {
    static var headers: [String] { allCases.map(\.header) }
}

/// «Bộ tiêu chí»: one property per row; what the value columns hold depends on the property.
enum SetColumn: Int, TableColumn {
    case property, value, value2, value3, explanation

    var header: String {
        switch self {
        case .property: "Thuộc tính"
        case .value: "Giá trị"
        case .value2: "Giá trị 2"
        case .value3: "Giá trị 3"
        case .explanation: "Giải thích"
        }
    }

    var isRequired: Bool { self == .property || self == .value }
}

/// The properties of «Bộ tiêu chí». The last four may repeat, one row per part, band, gate or bonus.
enum SetProperty: CaseIterable {
    case id, version, name, legalBasis, scope, effectiveFrom, effectiveTo, status, recognitionThreshold
    case part, starBand, factGate, bonus

    var label: String {
        switch self {
        case .id: "Mã bộ tiêu chí"
        case .version: "Phiên bản"
        case .name: "Tên bộ tiêu chí"
        case .legalBasis: "Căn cứ pháp lý"
        case .scope: "Phạm vi áp dụng"
        case .effectiveFrom: "Hiệu lực từ ngày"
        case .effectiveTo: "Hiệu lực đến ngày"
        case .status: "Trạng thái"
        case .recognitionThreshold: "Hạng tối thiểu được công nhận"
        case .part: "Phần"
        case .starBand: "Khung hạng sao"
        case .factGate: "Điều kiện theo hạng"
        case .bonus: "Điểm cộng"
        }
    }

    /// What the value columns mean, written beside each row for the person filling it in.
    var explanation: String {
        switch self {
        case .id: "Mã duy nhất, ví dụ QD148-2023"
        case .version: "Số nguyên, tăng sau mỗi lần ban hành lại"
        case .name: "Tên đầy đủ của bộ tiêu chí"
        case .legalBasis: "Văn bản ban hành bộ tiêu chí"
        case .scope: "«Toàn quốc», hoặc «Tỉnh» và mã tỉnh ở cột Giá trị 2"
        case .effectiveFrom, .effectiveTo: "Ngày dạng dd/mm/yyyy; để trống nếu chưa xác định"
        case .status: "dự thảo, đã kiểm tra, đã ban hành hoặc hết hiệu lực"
        case .recognitionThreshold: "Hạng sao thấp nhất được công nhận (1–5)"
        case .part: "Giá trị: mã phần · Giá trị 2: tên phần · Giá trị 3: điểm tối đa"
        case .starBand: "Giá trị: hạng sao · Giá trị 2: từ điểm · Giá trị 3: đến dưới điểm (khung cao nhất gồm cả điểm cuối)"
        case .factGate: "Giá trị: đặc điểm chủ thể bắt buộc · Giá trị 2: từ hạng sao"
        case .bonus: "Giá trị: đặc điểm chủ thể · Giá trị 2: số điểm cộng · Giá trị 3: căn cứ"
        }
    }

    var isRepeatable: Bool { [.part, .starBand, .factGate, .bonus].contains(self) }
    var isRequired: Bool { [.id, .version, .name].contains(self) }
}

/// «Phân loại»: one row per product set; a group or sub-group without product sets has a row of its own.
/// A product set with several elimination rules takes one more row per rule, right below, repeating
/// its codes (as «Tiêu chí» repeats a criterion's codes on each option row).
enum ClassificationColumn: Int, TableColumn {
    case groupCode, groupName, subGroupCode, subGroupName, productSetCode, productSetName
    /// Schema 2 (26/2026), optional so that a workbook written before them still reads.
    case authority, eliminationRule

    var header: String {
        switch self {
        case .groupCode: "Mã nhóm"
        case .groupName: "Tên nhóm"
        case .subGroupCode: "Mã phân nhóm"
        case .subGroupName: "Tên phân nhóm"
        case .productSetCode: "Mã bộ sản phẩm"
        case .productSetName: "Tên bộ sản phẩm"
        case .authority: "Cơ quan chủ trì"
        case .eliminationRule: "Điều kiện loại hồ sơ"
        }
    }

    var isRequired: Bool { [.groupCode, .subGroupCode, .productSetCode].contains(self) }
}

/// «Tiêu chí»: one row per scoring option. Codes (product set, part, section, criterion, parent
/// criterion, case) are repeated on every row; the other fields of a part, section, criterion or case
/// are read from its first row that fills them, and may be left blank on the others.
///
/// The schema 2 columns (26/2026) sit next to the field they qualify, so that an officer reads a
/// printed maximum beside the name it belongs to; none of them is required, so a workbook written
/// before them still reads.
enum CriteriaColumn: Int, TableColumn {
    case productSet, part, partName, partMax, section, sectionTitle, sectionMax, sectionMaxPrinted
    case criterion, parent, criterionText, criterionMax, yesNo
    case caseID, caseText, optionID, optionText, points, pointsPrinted, knockOut, minForStar
    case mandatoryStar, mandatoryOptions, appliesCriterion, appliesOptions, note, evidence

    var header: String {
        switch self {
        case .productSet: "Mã bộ sản phẩm"
        case .part: "Phần"
        case .partName: "Tên phần"
        case .partMax: "Điểm tối đa của phần"
        case .section: "Mục"
        case .sectionTitle: "Tên mục"
        case .sectionMax: "Điểm tối đa của mục"
        case .sectionMaxPrinted: "Điểm tối đa của mục in trên văn bản"
        case .criterion: "Mã tiêu chí"
        case .parent: "Tiêu chí cha"
        case .criterionText: "Nội dung tiêu chí"
        case .criterionMax: "Điểm tối đa của tiêu chí"
        case .yesNo: "Có/Không"
        case .caseID: "Mã trường hợp"
        case .caseText: "Trường hợp"
        case .optionID: "Mã phương án"
        case .optionText: "Phương án"
        case .points: "Điểm"
        case .pointsPrinted: "Điểm in trên văn bản"
        case .knockOut: "Phương án loại"
        case .minForStar: "Mức tối thiểu cho hạng sao"
        case .mandatoryStar: "Bắt buộc từ hạng"
        case .mandatoryOptions: "Phương án đạt yêu cầu bắt buộc"
        case .appliesCriterion: "Chỉ áp dụng khi tiêu chí"
        case .appliesOptions: "Chỉ áp dụng khi chọn phương án"
        case .note: "Ghi chú"
        case .evidence: "Hồ sơ minh chứng"
        }
    }

    var isRequired: Bool {
        [.productSet, .part, .partMax, .section, .criterion, .optionID, .optionText, .points].contains(self)
    }

    /// Fields of a section beyond its number: a row that fills one of them describes a section.
    static let sectionLevel: [CriteriaColumn] = [.sectionTitle, .sectionMax, .sectionMaxPrinted]
    /// Columns below a criterion: a row that fills one of them describes a criterion.
    static let criterionLevel: [CriteriaColumn] = [
        .criterion, .parent, .criterionText, .criterionMax, .yesNo, .caseID, .caseText,
        .optionID, .optionText, .points, .pointsPrinted, .knockOut, .minForStar,
        .mandatoryStar, .mandatoryOptions, .appliesCriterion, .appliesOptions, .note, .evidence,
    ]
    static let optionLevel: [CriteriaColumn] = [.optionID, .optionText, .points, .pointsPrinted, .knockOut, .minForStar]
    /// Points columns, stored as numbers in a workbook (the printed-text columns stay text: "4\n1").
    static let numeric: Set<Int> = [partMax.rawValue, sectionMax.rawValue, criterionMax.rawValue, points.rawValue]
}
