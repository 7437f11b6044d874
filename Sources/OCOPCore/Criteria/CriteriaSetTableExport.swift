extension CriteriaSetTables {
    /// The tables of a set, ready to be written as a workbook. Nothing is lost: reading them back with
    /// `criteriaSet()` gives an identical set (within the limits listed on `CriteriaSetTables`).
    public static func make(from set: CriteriaSet) -> CriteriaSetTables {
        CriteriaSetTables(sheets: [
            Sheet(name: setSheetName, rows: setRows(set), numericColumns: [SetColumn.value2.rawValue, SetColumn.value3.rawValue]),
            Sheet(name: classificationSheetName, rows: classificationRows(set)),
            Sheet(name: criteriaSheetName, rows: criteriaRows(set), numericColumns: CriteriaColumn.numeric),
            Sheet(name: guideSheetName, rows: guideRows),
        ])
    }

    static func setRows(_ set: CriteriaSet) -> [[String]] {
        func row(_ property: SetProperty, _ value: String, _ value2: String = "", _ value3: String = "") -> [String] {
            [property.label, value, value2, value3, property.explanation]
        }
        var rows: [[String]] = [SetColumn.headers]
        rows.append(row(.id, set.id))
        rows.append(row(.version, String(set.version)))
        rows.append(row(.name, set.name))
        rows.append(row(.legalBasis, set.legalBasis))
        switch set.scope {
        case .national: rows.append(row(.scope, TableText.national))
        case .province(let code): rows.append(row(.scope, TableText.province, code))
        }
        rows.append(row(.effectiveFrom, TableText.day(set.effectiveFrom)))
        rows.append(row(.effectiveTo, TableText.day(set.effectiveTo)))
        rows.append(row(.status, set.status.vietnamese))
        rows.append(row(.recognitionThreshold, String(set.recognitionThreshold.rawValue)))
        for part in set.partMaxima { rows.append(row(.part, part.part, part.name, TableText.points(part.maxPoints))) }
        for band in set.starBands {
            rows.append(row(.starBand, String(band.star.rawValue), TableText.points(band.lowerBound), TableText.points(band.upperBound)))
        }
        for gate in set.factGates { rows.append(row(.factGate, gate.fact.vietnamese, String(gate.requiredFrom.rawValue))) }
        for bonus in set.bonusRules { rows.append(row(.bonus, bonus.fact.vietnamese, TableText.points(bonus.points), bonus.basis)) }
        return rows
    }

    /// Names are written on the first row of their group or sub-group only. A product set's second and
    /// later elimination rules take a row each below it, with its codes and nothing else.
    static func classificationRows(_ set: CriteriaSet) -> [[String]] {
        var rows: [[String]] = [ClassificationColumn.headers]
        func row(_ values: [ClassificationColumn: String]) -> [String] {
            ClassificationColumn.allCases.map { values[$0] ?? "" }
        }
        for group in set.groups {
            var groupName = group.name
            if group.subGroups.isEmpty { rows.append(row([.groupCode: group.code, .groupName: groupName])) }
            for subGroup in group.subGroups {
                var subGroupName = subGroup.name
                if subGroup.productSets.isEmpty {
                    rows.append(row([.groupCode: group.code, .groupName: groupName, .subGroupCode: subGroup.code, .subGroupName: subGroupName]))
                }
                for productSet in subGroup.productSets {
                    let rules = productSet.sheet.eliminationRules
                    rows.append(row([.groupCode: group.code, .groupName: groupName, .subGroupCode: subGroup.code,
                                     .subGroupName: subGroupName, .productSetCode: productSet.code, .productSetName: productSet.name,
                                     .authority: productSet.responsibleAuthority ?? "", .eliminationRule: rules.first ?? ""]))
                    for rule in rules.dropFirst() {
                        rows.append(row([.groupCode: group.code, .subGroupCode: subGroup.code, .productSetCode: productSet.code,
                                         .eliminationRule: rule]))
                    }
                    subGroupName = ""
                    groupName = ""
                }
                subGroupName = ""
                groupName = ""
            }
        }
        return rows
    }

    /// One row per option. Codes are on every row; other fields only on the first row of their part,
    /// section, criterion or case. A part, section, criterion or case without children gets one row
    /// of its own, so that the tables say it exists; so does a criterion made of sub-criteria (its
    /// heading row), whose sub-criteria follow with its code in «Tiêu chí cha».
    static func criteriaRows(_ set: CriteriaSet) -> [[String]] {
        var rows: [[String]] = [CriteriaColumn.headers]
        let sectionFields: [CriteriaColumn] = [.partName, .partMax] + CriteriaColumn.sectionLevel
        for productSet in set.productSets {
            for part in productSet.sheet.parts {
                var row = [String](repeating: "", count: CriteriaColumn.allCases.count)
                row[CriteriaColumn.productSet.rawValue] = productSet.code
                row[CriteriaColumn.part.rawValue] = part.code
                row[CriteriaColumn.partName.rawValue] = part.name
                row[CriteriaColumn.partMax.rawValue] = TableText.points(part.maxPoints)
                if part.sections.isEmpty { rows.append(row) }
                for (index, section) in part.sections.enumerated() {
                    row[CriteriaColumn.section.rawValue] = String(index + 1)
                    row[CriteriaColumn.sectionTitle.rawValue] = section.title
                    row[CriteriaColumn.sectionMax.rawValue] = section.maxPoints.map(TableText.points) ?? ""
                    row[CriteriaColumn.sectionMaxPrinted.rawValue] = TableText.printed(section.sourceMaxPointsRaw)
                    if section.criteria.isEmpty { rows.append(row); clear(&row, sectionFields) }
                    for criterion in section.criteria {
                        criterionRows(criterion, parent: nil, base: row, into: &rows)
                        clear(&row, sectionFields)
                    }
                    clear(&row, [.partName, .partMax])
                }
            }
        }
        return rows
    }

    private static func criterionRows(_ criterion: Criterion, parent: String?, base: [String], into rows: inout [[String]]) {
        var row = base
        func set(_ column: CriteriaColumn, _ value: String) { row[column.rawValue] = value }
        set(.criterion, criterion.code)
        set(.parent, parent ?? "")
        set(.criterionText, criterion.text)
        set(.criterionMax, criterion.declaredMaxPoints.map(TableText.points) ?? "")
        set(.yesNo, criterion.isYesNo ? "x" : "")
        set(.note, criterion.note ?? "")
        set(.evidence, criterion.evidence ?? "")
        if let rule = criterion.appliesWhen {
            set(.appliesCriterion, rule.criterionCode)
            set(.appliesOptions, TableText.ids(rule.optionIDs))
        }
        if let rule = criterion.mandatory {
            set(.mandatoryStar, String(rule.gatesStar.rawValue))
            set(.mandatoryOptions, TableText.ids(rule.requiredOptionIDs))
        }
        let criterionFields: [CriteriaColumn] = [.partName, .partMax] + CriteriaColumn.sectionLevel
            + [.criterionText, .criterionMax, .yesNo, .note, .evidence, .appliesCriterion, .appliesOptions, .mandatoryStar, .mandatoryOptions]
        func emit(_ option: ScoringOption?) {
            set(.optionID, option?.id ?? "")
            set(.optionText, option?.text ?? "")
            // Points the source printed wrongly are 0 and mean nothing: the cell stays blank beside
            // what was printed, so that nobody reads the 0 as the sheet's figure.
            let unusable = option.map { $0.sourcePointsRaw != nil && $0.points == .zero } ?? true
            set(.points, unusable ? "" : option.map { TableText.points($0.points) } ?? "")
            set(.pointsPrinted, TableText.printed(option?.sourcePointsRaw))
            set(.knockOut, option?.isKnockOut == true ? "x" : "")
            set(.minForStar, option?.minForStar.map { String($0.rawValue) } ?? "")
            rows.append(row)
            clear(&row, criterionFields + [.caseText])
        }
        // A yes/no criterion's two options follow from its maximum, as in the JSON file: the flag and
        // the maximum are what the officer fills, and changing the maximum cannot leave «Có» behind.
        let impliedOptions = criterion.isYesNo && criterion.options == YesNo.options(maximum: criterion.declaredMaxPoints ?? .zero)
        let options = impliedOptions ? [] : criterion.options
        if options.isEmpty && criterion.alternatives.isEmpty { emit(nil) }
        for option in options { emit(option) }
        for alternative in criterion.alternatives {
            set(.caseID, alternative.id)
            set(.caseText, alternative.text)
            if alternative.options.isEmpty { emit(nil) }
            for option in alternative.options { emit(option) }
        }
        clear(&row, [.caseID])
        for sub in criterion.subCriteria { criterionRows(sub, parent: criterion.code, base: row, into: &rows) }
    }

    private static func clear(_ row: inout [String], _ columns: [CriteriaColumn]) {
        for column in columns { row[column.rawValue] = "" }
    }
}
