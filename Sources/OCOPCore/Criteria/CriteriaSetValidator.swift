/// Kiểm tra bộ tiêu chí: finds every defect of a criteria set before it can be validated, published
/// or used for scoring. It never fixes anything: real sheets arrive with real defects (the 1048 data
/// has sets that do not add up) and the people who key them in must see each one, said plainly.
///
/// A part is checked against two figures: the maximum the set declares for that part (148: C = 35)
/// and the sum of its criteria maxima. A sheet whose part says "C: 38" inside a set that says
/// "C: 40" is defective even if its criteria add up to 38: the set's maxima are the legal ones,
/// and a product scored on a 98-point sheet could never reach the same star as its neighbours.
public enum CriteriaSetValidator {
    /// Every defect of the set and of all its sheets.
    public static func validate(_ set: CriteriaSet) -> ValidationReport {
        var defects = setDefects(set)
        for productSet in set.productSets {
            defects += sheetDefects(productSet, in: set)
        }
        return ValidationReport(defects: defects)
    }

    /// Defects that make one sheet unusable, including the set-level ones it depends on
    /// (maxima and bands). Empty means the sheet may be compiled and used for scoring.
    public static func validate(_ productSet: ProductSet, in set: CriteriaSet) -> [Defect] {
        setDefects(set).filter { ![.noProductSets, .emptyGroup, .duplicateProductSetCode].contains($0.kind) }
            + sheetDefects(productSet, in: set)
    }

    // MARK: Set level

    static func setDefects(_ set: CriteriaSet) -> [Defect] {
        var defects: [Defect] = []
        if set.version < 1 {
            defects.append(Defect(.invalidVersion, "Phiên bản bộ tiêu chí phải từ 1 trở lên (đang là \(set.version))"))
        }
        var seenParts = Set<String>()
        for part in set.partMaxima where !seenParts.insert(part.part).inserted {
            defects.append(Defect(.duplicatePartMaximum, "Phần \(part.part) được khai báo điểm tối đa hơn một lần",
                                  at: DefectLocation(part: part.part)))
        }
        if set.maxTotal != Points(100) {
            let listed = set.partMaxima.map { "\($0.part) \($0.maxPoints)" }.joined(separator: ", ")
            defects.append(Defect(.partMaximaSum,
                "Tổng điểm tối đa các phần của bộ tiêu chí là \(set.maxTotal) (\(listed)), phải bằng 100"))
        }
        defects += starBandDefects(set.starBands, maxTotal: Points(100))
        if let from = set.effectiveFrom, let to = set.effectiveTo, to < from {
            defects.append(Defect(.invalidPeriod, "Ngày hết hiệu lực \(to) trước ngày bắt đầu hiệu lực \(from)"))
        }
        if set.productSets.isEmpty {
            defects.append(Defect(.noProductSets, "Bộ tiêu chí chưa có bộ sản phẩm nào"))
        }
        for group in set.groups where group.subGroups.allSatisfy({ $0.productSets.isEmpty }) {
            defects.append(Defect(.emptyGroup, "Nhóm \(group.code) «\(group.name)» chưa có bộ sản phẩm nào"))
        }
        var seenCodes = Set<String>()
        for productSet in set.productSets where !seenCodes.insert(productSet.code).inserted {
            defects.append(Defect(.duplicateProductSetCode, "Mã bộ sản phẩm «\(productSet.code)» bị trùng",
                                  at: DefectLocation(productSet: productSet.code, productSetName: productSet.name)))
        }
        for bonus in set.bonusRules where bonus.points <= .zero {
            defects.append(Defect(.invalidBonus, "Điểm cộng khi \(bonus.fact.vietnamese) phải lớn hơn 0 (đang là \(bonus.points))"))
        }
        return defects
    }

    /// Bands sorted by lower bound must start at 0, end at `maxTotal`, meet edge to edge, and rise by one star each.
    static func starBandDefects(_ bands: [StarBand], maxTotal: Points) -> [Defect] {
        var defects: [Defect] = []
        for band in bands where band.upperBound <= band.lowerBound {
            defects.append(Defect(.starBandEmpty,
                "Khung \(band.star) từ \(band.lowerBound) đến dưới \(band.upperBound) không chứa điểm nào"))
        }
        let sorted = bands.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        guard let first = sorted.first, let last = sorted.last else {
            return [Defect(.starBandCoverage, "Bộ tiêu chí chưa khai báo khung điểm phân hạng sao")]
        }
        if first.lowerBound != .zero {
            defects.append(Defect(.starBandCoverage, "Khung điểm phân hạng bắt đầu từ \(first.lowerBound), phải bắt đầu từ 0"))
        }
        if last.upperBound != maxTotal {
            defects.append(Defect(.starBandCoverage, "Khung điểm phân hạng kết thúc ở \(last.upperBound), phải kết thúc ở \(maxTotal)"))
        }
        for (lower, upper) in zip(sorted, sorted.dropFirst()) {
            if upper.lowerBound > lower.upperBound {
                defects.append(Defect(.starBandGap,
                    "Khung điểm bị hở: từ \(lower.upperBound) đến dưới \(upper.lowerBound) không thuộc hạng sao nào (giữa \(lower.star) và \(upper.star))"))
            } else if upper.lowerBound < lower.upperBound {
                defects.append(Defect(.starBandOverlap,
                    "Khung điểm bị chồng lấn: từ \(upper.lowerBound) đến dưới \(min(lower.upperBound, upper.upperBound)) thuộc cả \(lower.star) và \(upper.star)"))
            }
            if upper.star.rawValue != lower.star.rawValue + 1 {
                defects.append(Defect(.starBandOrder,
                    "Khung điểm không tăng dần từng sao: sau \(lower.star) là \(upper.star)"))
            }
        }
        return defects
    }
}
