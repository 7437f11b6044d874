import Foundation

/// Checks of what schema 2 keeps from the printed sheet: section and criterion maxima, points the
/// source printed wrongly, sub-criteria, yes/no criteria and star minimums.
///
/// The 26/2026 copy arrives with typos (an option "13" under a 3-point criterion, blank points
/// cells, a section maximum printed as "4" and "1"). Nothing is corrected on import; each typo is a
/// defect said in Vietnamese, so the sheet cannot be used until an officer issues a corrected version.
extension CriteriaSetValidator {
    static func sectionDefects(_ section: SheetSection, part: String, at: DefectLocation) -> [Defect] {
        var defects: [Defect] = []
        let name = "Phần \(part), mục «\(section.title)»"
        if let raw = section.sourceMaxPointsRaw {
            let printed = raw.split(whereSeparator: \.isNewline).map { "«\($0)»" }.joined(separator: " và ")
            defects.append(Defect(.sectionMaximumUnclear,
                "\(name): ô điểm tối đa trong văn bản nguồn ghi \(printed), không rõ là bao nhiêu điểm (đang tạm lấy \(section.maxPoints?.vietnamese ?? "—")); cần cán bộ đối chiếu bản gốc",
                at: at))
        }
        if let declared = section.maxPoints, !section.criteria.isEmpty, section.criteriaMaximum != declared {
            defects.append(Defect(.sectionSumMismatch,
                "\(name): tổng điểm tối đa của các tiêu chí là \(section.criteriaMaximum.vietnamese), khác với \(declared.vietnamese) in trên phiếu",
                at: at))
        }
        return defects
    }

    /// Defects of one printed criterion (a heading with sub-criteria included) beyond its shape as a
    /// scored line, which `criterionDefects` checks on every leaf.
    static func printedDefects(_ criterion: Criterion, at: (String?) -> DefectLocation) -> [Defect] {
        var defects: [Defect] = []
        let code = criterion.code
        let name = code.isEmpty ? "«\(criterion.text)»" : code
        if !criterion.subCriteria.isEmpty, !criterion.options.isEmpty || !criterion.alternatives.isEmpty {
            defects.append(Defect(.subCriteriaAndOptions,
                "Tiêu chí \(name) vừa có tiêu chí con vừa có phương án chấm; tiêu chí con được cộng điểm, nên tiêu chí cha không có phương án riêng",
                at: at(code)))
        }
        if criterion.isYesNo {
            let maximum = criterion.declaredMaxPoints ?? .zero
            if maximum <= .zero || criterion.options != YesNo.options(maximum: maximum) || !criterion.alternatives.isEmpty {
                defects.append(Defect(.yesNoShape,
                    "Tiêu chí có/không \(name) phải có điểm tối đa lớn hơn 0 và đúng hai phương án «Không» (0 điểm) và «Có» (điểm tối đa)",
                    at: at(code)))
            }
        }
        for option in criterion.allOptions {
            defects += optionDefects(option, of: criterion, name: name, at: at(code))
        }
        let hasScoringLines = !criterion.allOptions.isEmpty || !criterion.subCriteria.isEmpty
        if let declared = criterion.declaredMaxPoints, hasScoringLines, criterion.maxPoints != declared {
            let reached = criterion.subCriteria.isEmpty
                ? "phương án cao nhất được \(criterion.maxPoints.vietnamese) điểm"
                : "tổng điểm tối đa các tiêu chí con là \(criterion.maxPoints.vietnamese)"
            defects.append(Defect(.criterionMaxMismatch,
                "Tiêu chí \(name): điểm tối đa in trên phiếu là \(declared.vietnamese), nhưng \(reached)", at: at(code)))
        }
        defects += minimumDefects(criterion, name: name, at: at(code))
        return defects
    }

    private static func optionDefects(_ option: ScoringOption, of criterion: Criterion, name: String, at: DefectLocation) -> [Defect] {
        let label = "Tiêu chí \(name): phương án «\(option.text)»"
        let maximum = criterion.declaredMaxPoints
        guard let raw = option.sourcePointsRaw else {
            if let maximum, option.points > maximum {
                return [Defect(.optionAboveMaximum,
                    "\(label) được \(option.points.vietnamese) điểm, vượt điểm tối đa \(maximum.vietnamese) của tiêu chí", at: at)]
            }
            return []
        }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            return [Defect(.optionWithoutPoints, "\(label) không có điểm trong văn bản nguồn (ô điểm để trống); cần cán bộ nhập điểm", at: at)]
        }
        if let whole = Int(trimmed), case let printed = Points(whole), let maximum, printed > maximum {
            return [Defect(.optionAboveMaximum,
                "\(label): văn bản nguồn ghi \(printed.vietnamese) điểm, vượt điểm tối đa \(maximum.vietnamese) của tiêu chí (có thể do in sai); cần cán bộ sửa điểm",
                at: at)]
        }
        return [Defect(.optionPointsUnreadable,
            "\(label): điểm trong văn bản nguồn ghi «\(trimmed)», không dùng được; cần cán bộ nhập điểm", at: at)]
    }

    /// One marked option per star, and a higher star never asks for less than a lower one.
    private static func minimumDefects(_ criterion: Criterion, name: String, at: DefectLocation) -> [Defect] {
        var defects: [Defect] = []
        let minimums = criterion.starMinimums
        for (lower, higher) in zip(minimums, minimums.dropFirst()) {
            if lower.star == higher.star {
                defects.append(Defect(.minimumDuplicateStar,
                    "Tiêu chí \(name): hai phương án cùng được đánh dấu tối thiểu cho \(lower.star) («\(lower.option.text)» và «\(higher.option.text)»)",
                    at: at))
            } else if higher.option.points < lower.option.points {
                defects.append(Defect(.minimumsOutOfOrder,
                    "Tiêu chí \(name): mức tối thiểu cho \(higher.star) («\(higher.option.text)», \(higher.option.points.vietnamese) điểm) thấp hơn mức cho \(lower.star) («\(lower.option.text)», \(lower.option.points.vietnamese) điểm)",
                    at: at))
            }
        }
        return defects
    }
}
