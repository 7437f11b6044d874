/// Lỗi bộ tiêu chí: one thing wrong with a criteria set or one of its sheets, said in Vietnamese
/// and located precisely enough for the person keying the set in to find and fix it.
public struct Defect: Sendable, Codable, Equatable, Hashable, CustomStringConvertible {
    public var kind: DefectKind
    /// Vietnamese, complete in itself for the part/criterion ("Phần C: tổng điểm tối đa ... là 20, khác với 28 đã khai báo").
    public var message: String
    public var location: DefectLocation

    public init(_ kind: DefectKind, _ message: String, at location: DefectLocation = DefectLocation()) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// The message prefixed with its product set, for lists that mix sheets.
    public var description: String {
        guard let name = location.productSetName ?? location.productSet else { return message }
        return "Bộ sản phẩm «\(name)»: \(message)"
    }

    enum CodingKeys: String, CodingKey { case kind, message, location }
}

/// Vị trí lỗi: where a defect is; nil fields mean "the whole set" / "the whole sheet" / "the whole part".
public struct DefectLocation: Sendable, Codable, Equatable, Hashable {
    public var productSet: String?
    public var productSetName: String?
    public var part: String?
    public var criterion: String?

    public init(productSet: String? = nil, productSetName: String? = nil, part: String? = nil, criterion: String? = nil) {
        self.productSet = productSet
        self.productSetName = productSetName
        self.part = part
        self.criterion = criterion
    }

    enum CodingKeys: String, CodingKey { case productSet, productSetName, part, criterion }
}

/// Loại lỗi: the kinds of defect, stable strings so that the web app and tests can match on them.
public enum DefectKind: String, Sendable, Codable, CaseIterable, Hashable {
    // Set level
    case partMaximaSum, duplicatePartMaximum
    case starBandEmpty, starBandGap, starBandOverlap, starBandCoverage, starBandOrder
    case invalidPeriod, noProductSets, emptyGroup, duplicateProductSetCode, invalidBonus, invalidVersion
    // Sheet level
    case emptySheet, emptyPart, unknownPart, missingPart, duplicatePart
    case partMaxDiffersFromSet, partSumMismatch
    case emptyCriterionCode, duplicateCriterionCode
    case criterionWithoutOptions, optionsAndAlternatives, emptyAlternative
    case duplicateOptionID, duplicateCaseID, negativePoints
    case applicabilityMissingCriterion, applicabilityMissingOption, applicabilityNotEarlier
    case mandatoryMissingOption, mandatoryUnattainable
    // Sheet level, schema 2: printed maxima, points printed wrongly, sub-criteria, yes/no, star minimums
    case sectionSumMismatch, sectionMaximumUnclear, criterionMaxMismatch
    case optionWithoutPoints, optionAboveMaximum, optionPointsUnreadable
    case subCriteriaAndOptions, yesNoShape
    case minimumDuplicateStar, minimumsOutOfOrder

    /// True for defects of one sheet; such a sheet must not be used for scoring.
    public var isSheetLevel: Bool {
        switch self {
        case .partMaximaSum, .duplicatePartMaximum, .starBandEmpty, .starBandGap, .starBandOverlap,
             .starBandCoverage, .starBandOrder, .invalidPeriod, .noProductSets, .emptyGroup, .duplicateProductSetCode,
             .invalidBonus, .invalidVersion:
            false
        default:
            true
        }
    }
}

/// Kết quả kiểm tra: all defects of a set, with the questions the application asks of them.
public struct ValidationReport: Sendable, Equatable {
    public var defects: [Defect]

    public init(defects: [Defect]) { self.defects = defects }

    public var isValid: Bool { defects.isEmpty }

    /// Defects of the set as a whole (maxima, bands, period...): any of them makes every sheet unusable.
    public var setDefects: [Defect] { defects.filter { !$0.kind.isSheetLevel } }

    public func defects(inProductSet code: String) -> [Defect] {
        defects.filter { $0.location.productSet == code }
    }

    /// Codes of the product sets that have at least one defect, in the order found.
    public var defectiveProductSets: [String] {
        var seen = Set<String>()
        return defects.compactMap(\.location.productSet).filter { seen.insert($0).inserted }
    }
}
