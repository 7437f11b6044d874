extension CriteriaSetValidator {
    /// Defects of one product set's sheet, against the set's declared part maxima.
    static func sheetDefects(_ productSet: ProductSet, in set: CriteriaSet) -> [Defect] {
        var defects: [Defect] = []
        func at(part: String? = nil, criterion: String? = nil) -> DefectLocation {
            DefectLocation(productSet: productSet.code, productSetName: productSet.name, part: part, criterion: criterion)
        }
        let sheet = productSet.sheet
        if sheet.parts.isEmpty || sheet.criteria.isEmpty {
            return [Defect(.emptySheet, "Phiếu đánh giá chưa có phần hoặc tiêu chí nào", at: at())]
        }

        var seenParts = Set<String>()
        for part in sheet.parts {
            guard seenParts.insert(part.code).inserted else {
                defects.append(Defect(.duplicatePart, "Phần \(part.code) xuất hiện hơn một lần", at: at(part: part.code)))
                continue
            }
            if let setMaximum = set.partMaximum(part.code) {
                if part.maxPoints != setMaximum {
                    defects.append(Defect(.partMaxDiffersFromSet,
                        "Phần \(part.code): điểm tối đa khai báo là \(part.maxPoints), khác với \(setMaximum) theo bộ tiêu chí",
                        at: at(part: part.code)))
                }
            } else {
                defects.append(Defect(.unknownPart, "Phần \(part.code) không có trong bộ tiêu chí", at: at(part: part.code)))
            }
            if part.criteria.isEmpty {
                defects.append(Defect(.emptyPart, "Phần \(part.code) chưa có tiêu chí nào", at: at(part: part.code)))
            } else if part.criteriaMaximum != part.maxPoints {
                defects.append(Defect(.partSumMismatch,
                    "Phần \(part.code): tổng điểm tối đa của các tiêu chí là \(part.criteriaMaximum), khác với \(part.maxPoints) đã khai báo",
                    at: at(part: part.code)))
            }
        }
        for declared in set.partMaxima where !seenParts.contains(declared.part) {
            defects.append(Defect(.missingPart, "Thiếu phần \(declared.part) (\(declared.maxPoints) điểm)", at: at(part: declared.part)))
        }

        // `earlier` holds answered criteria (leaves), which applicability rules may name; `headings`
        // the codes of criteria made of sub-criteria, which must not clash with any other code.
        var earlier: [String: Criterion] = [:]
        var headings = Set<String>()
        for part in sheet.parts {
            for section in part.sections {
                defects += sectionDefects(section, part: part.code, at: at(part: part.code))
                for printed in section.criteria {
                    defects += printedDefects(printed) { at(part: part.code, criterion: $0) }
                    if !printed.subCriteria.isEmpty {
                        if earlier[printed.code] != nil || !headings.insert(printed.code).inserted {
                            defects.append(Defect(.duplicateCriterionCode, "Mã tiêu chí \(printed.code) bị trùng",
                                                  at: at(part: part.code, criterion: printed.code)))
                        }
                        for sub in printed.subCriteria where !sub.subCriteria.isEmpty {
                            defects += printedDefects(sub) { at(part: part.code, criterion: $0) }
                        }
                    }
                    for criterion in printed.leaves {
                        if criterion.code != printed.code { defects += printedDefects(criterion) { at(part: part.code, criterion: $0) } }
                        defects += criterionDefects(criterion, earlier: earlier, sheet: sheet) { at(part: part.code, criterion: $0) }
                        if headings.contains(criterion.code) {
                            defects.append(Defect(.duplicateCriterionCode, "Mã tiêu chí \(criterion.code) bị trùng",
                                                  at: at(part: part.code, criterion: criterion.code)))
                        }
                        if !criterion.code.isEmpty, earlier[criterion.code] == nil { earlier[criterion.code] = criterion }
                    }
                }
            }
        }
        return defects
    }

    /// `earlier`: the criteria before this one, by code, which applicability rules may refer to.
    private static func criterionDefects(
        _ criterion: Criterion, earlier: [String: Criterion], sheet: ScoringSheet,
        at: (String?) -> DefectLocation
    ) -> [Defect] {
        var defects: [Defect] = []
        let code = criterion.code
        let name = code.isEmpty ? "«\(criterion.text)»" : code
        if code.isEmpty {
            defects.append(Defect(.emptyCriterionCode, "Tiêu chí «\(criterion.text)» chưa có mã", at: at(nil)))
        } else if earlier[code] != nil {
            defects.append(Defect(.duplicateCriterionCode, "Mã tiêu chí \(code) bị trùng", at: at(code)))
        }

        if criterion.options.isEmpty && criterion.alternatives.isEmpty {
            // 26/2026 prints "Ghi nhãn … song ngữ" with a maximum and no options: say what would fix it.
            let hint = criterion.declaredMaxPoints.map {
                " (phiếu chỉ in điểm tối đa \($0.vietnamese); nếu là tiêu chí có/không, cần ghi rõ để chấm 0 hoặc \($0.vietnamese) điểm)"
            } ?? ""
            defects.append(Defect(.criterionWithoutOptions, "Tiêu chí \(name) chưa có phương án chấm nào\(hint)", at: at(code)))
        }
        if !criterion.options.isEmpty && !criterion.alternatives.isEmpty {
            defects.append(Defect(.optionsAndAlternatives,
                "Tiêu chí \(name) vừa có phương án chấm vừa có các trường hợp; chỉ được dùng một cách", at: at(code)))
        }
        var caseIDs = Set<String>()
        for alternative in criterion.alternatives {
            if alternative.options.isEmpty {
                defects.append(Defect(.emptyAlternative,
                    "Tiêu chí \(name): trường hợp «\(alternative.text)» chưa có phương án chấm nào", at: at(code)))
            }
            if !caseIDs.insert(alternative.id).inserted {
                defects.append(Defect(.duplicateCaseID, "Tiêu chí \(name): mã trường hợp «\(alternative.id)» bị trùng", at: at(code)))
            }
        }
        var optionIDs = Set<String>()
        for option in criterion.allOptions {
            if !optionIDs.insert(option.id).inserted {
                defects.append(Defect(.duplicateOptionID, "Tiêu chí \(name): mã phương án «\(option.id)» bị trùng", at: at(code)))
            }
            if option.points < .zero {
                defects.append(Defect(.negativePoints,
                    "Tiêu chí \(name): phương án «\(option.text)» có điểm âm (\(option.points))", at: at(code)))
            }
        }

        if let rule = criterion.appliesWhen {
            if let target = earlier[rule.criterionCode] {
                for id in rule.optionIDs where target.option(id: id) == nil {
                    defects.append(Defect(.applicabilityMissingOption,
                        "Tiêu chí \(name) chỉ áp dụng khi tiêu chí \(rule.criterionCode) chọn phương án «\(id)», nhưng tiêu chí đó không có phương án này",
                        at: at(code)))
                }
            } else if sheet.criterion(code: rule.criterionCode) != nil {
                defects.append(Defect(.applicabilityNotEarlier,
                    "Tiêu chí \(name) phụ thuộc vào tiêu chí \(rule.criterionCode), tiêu chí này phải đứng trước nó trong phiếu",
                    at: at(code)))
            } else {
                defects.append(Defect(.applicabilityMissingCriterion,
                    "Tiêu chí \(name) chỉ áp dụng theo tiêu chí \(rule.criterionCode), nhưng phiếu không có tiêu chí này",
                    at: at(code)))
            }
        }

        if let mandatory = criterion.mandatory {
            for id in mandatory.requiredOptionIDs where criterion.option(id: id) == nil {
                defects.append(Defect(.mandatoryMissingOption,
                    "Tiêu chí bắt buộc \(name) yêu cầu phương án «\(id)», nhưng tiêu chí không có phương án này", at: at(code)))
            }
            if mandatory.requiredOptionIDs.isEmpty, !criterion.allOptions.isEmpty, criterion.maxPoints <= .zero {
                defects.append(Defect(.mandatoryUnattainable,
                    "Tiêu chí bắt buộc \(name) yêu cầu điểm lớn hơn 0 nhưng không phương án nào có điểm", at: at(code)))
            }
        }
        return defects
    }
}
