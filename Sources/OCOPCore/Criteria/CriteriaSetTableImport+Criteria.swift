/// Reads «Tiêu chí», one row per option, into one scoring sheet per product set.
///
/// A row belongs to the part, section, criterion and case named by its codes; neighbouring rows with
/// the same codes belong to the same part, section, criterion and case. A row that stops before the
/// option columns declares a part, section, criterion or case without children.
struct CriteriaSheetReader {
    struct CaseDraft { var id: String; var text = RepeatedField(); var options: [ScoringOption] = [] }
    struct CriterionDraft {
        var code: String
        var fields: [CriteriaColumn: RepeatedField] = [:]
        var options: [ScoringOption] = []
        var cases: [CaseDraft] = []
    }
    struct SectionDraft { var key: String; var title = RepeatedField(); var criteria: [CriterionDraft] = [] }
    struct PartDraft { var code: String; var firstRow: Int; var name = RepeatedField(); var max = RepeatedField(); var sections: [SectionDraft] = [] }

    static let criterionFields: [CriteriaColumn] = [.criterionText, .note, .evidence, .appliesCriterion, .appliesOptions,
                                                    .mandatoryStar, .mandatoryOptions]

    let table: Table<CriteriaColumn>
    var log: ProblemLog
    /// Parts by product set code.
    var parts: [String: [PartDraft]] = [:]
    var reported = Set<String>()

    /// `productSets`/`declaredParts`: the codes the other sheets declare, nil when those sheets could
    /// not be read (their problems are already logged, checking against them would only add noise).
    static func read(_ table: Table<CriteriaColumn>, productSets: Set<String>?, declaredParts: Set<String>?,
                     log: inout ProblemLog) -> [String: ScoringSheet] {
        var reader = CriteriaSheetReader(table: table, log: log)
        for index in table.dataRows { reader.readRow(index, productSets: productSets, declaredParts: declaredParts) }
        var sheets: [String: ScoringSheet] = [:]
        for (code, drafts) in reader.parts {
            sheets[code] = reader.sheet(drafts)
        }
        log = reader.log
        return sheets
    }

    private func value(_ column: CriteriaColumn, _ index: Int) -> String { table.value(column, index) }
    private func filled(_ columns: [CriteriaColumn], _ index: Int) -> Bool { columns.contains { table.isFilled($0, index) } }
    private mutating func problem(_ row: Int, _ reason: String) { log.add(table.name, row, reason) }
    private static func blank(_ column: CriteriaColumn) -> String { "cột «\(column.header)» bị trống" }

    private mutating func readRow(_ index: Int, productSets: Set<String>?, declaredParts: Set<String>?) {
        let row = index + 1
        let ps = value(.productSet, index), partCode = value(.part, index)
        guard !ps.isEmpty else { return problem(row, Self.blank(.productSet)) }
        if let productSets, !productSets.contains(ps) {
            if reported.insert(ps).inserted {
                problem(row, "bộ sản phẩm «\(ps)» không có trong trang «\(CriteriaSetTables.classificationSheetName)»")
            }
            return
        }
        guard !partCode.isEmpty else { return problem(row, Self.blank(.part)) }
        if let declaredParts, !declaredParts.contains(partCode) {
            if reported.insert(ps + "\u{1F}" + partCode).inserted {
                let declared = declaredParts.sorted().joined(separator: ", ")
                problem(row, "phần «\(partCode)» không có trong trang «\(CriteriaSetTables.setSheetName)» (đã khai báo: \(declared))")
            }
            return
        }
        var sheet = parts[ps, default: []]
        parts[ps] = nil  // mutate in place below without copying the product set's whole sheet
        defer { parts[ps] = sheet }
        if sheet.last?.code != partCode { sheet.append(PartDraft(code: partCode, firstRow: row)) }
        let p = sheet.count - 1
        let partName = "\(partCode) (bộ sản phẩm \(ps))"
        sheet[p].name.take(value(.partName, index), row: row, column: CriteriaColumn.partName.header,
                           kind: "phần", name: partName, sheet: table.name, log: &log)
        sheet[p].max.take(value(.partMax, index), row: row, column: CriteriaColumn.partMax.header,
                          kind: "phần", name: partName, sheet: table.name, log: &log)

        let sectionKey = value(.section, index)
        guard !sectionKey.isEmpty else {
            if filled(CriteriaColumn.criterionLevel + [.sectionTitle], index) { problem(row, Self.blank(.section)) }
            return
        }
        if sheet[p].sections.last?.key != sectionKey { sheet[p].sections.append(SectionDraft(key: sectionKey)) }
        let s = sheet[p].sections.count - 1
        sheet[p].sections[s].title.take(value(.sectionTitle, index), row: row, column: CriteriaColumn.sectionTitle.header,
                                        kind: "mục", name: "\(sectionKey) phần \(partName)", sheet: table.name, log: &log)

        let code = value(.criterion, index)
        guard !code.isEmpty else {
            if filled(CriteriaColumn.criterionLevel, index) { problem(row, Self.blank(.criterion)) }
            return
        }
        if sheet[p].sections[s].criteria.last?.code != code { sheet[p].sections[s].criteria.append(CriterionDraft(code: code)) }
        let c = sheet[p].sections[s].criteria.count - 1
        for field in Self.criterionFields {
            sheet[p].sections[s].criteria[c].fields[field, default: RepeatedField()].take(
                value(field, index), row: row, column: field.header, kind: "tiêu chí", name: code, sheet: table.name, log: &log)
        }

        let caseID = value(.caseID, index)
        if caseID.isEmpty && table.isFilled(.caseText, index) { return problem(row, Self.blank(.caseID)) }
        if !caseID.isEmpty {
            if sheet[p].sections[s].criteria[c].cases.last?.id != caseID {
                sheet[p].sections[s].criteria[c].cases.append(CaseDraft(id: caseID))
            }
            let k = sheet[p].sections[s].criteria[c].cases.count - 1
            sheet[p].sections[s].criteria[c].cases[k].text.take(
                value(.caseText, index), row: row, column: CriteriaColumn.caseText.header,
                kind: "trường hợp", name: "\(caseID) của tiêu chí \(code)", sheet: table.name, log: &log)
        }
        guard filled(CriteriaColumn.optionLevel, index), let option = option(index) else { return }
        if caseID.isEmpty {
            sheet[p].sections[s].criteria[c].options.append(option)
        } else {
            sheet[p].sections[s].criteria[c].cases[sheet[p].sections[s].criteria[c].cases.count - 1].options.append(option)
        }
    }

    /// The row's option, or nil with every problem of the row logged.
    private mutating func option(_ index: Int) -> ScoringOption? {
        let row = index + 1
        let id = value(.optionID, index), text = value(.optionText, index), pointsText = value(.points, index)
        var points: Points?
        var knockOut = false
        var ok = true
        if id.isEmpty { problem(row, Self.blank(.optionID)); ok = false }
        if text.isEmpty { problem(row, Self.blank(.optionText)); ok = false }
        do {
            points = try TableText.points(pointsText, column: CriteriaColumn.points.header)
        } catch {
            problem(row, error.reason)
            ok = false
        }
        do {
            knockOut = try TableText.flag(value(.knockOut, index), column: CriteriaColumn.knockOut.header)
        } catch {
            problem(row, error.reason)
            ok = false
        }
        guard ok, let points else { return nil }
        return ScoringOption(id: id, text: text, points: points, isKnockOut: knockOut)
    }

    // MARK: Assembling

    /// The sheet of the drafts; fields that are missing or unreadable as a whole are logged here.
    private mutating func sheet(_ drafts: [PartDraft]) -> ScoringSheet {
        var parts: [SheetPart] = []
        for draft in drafts {
            var maxPoints = Points.zero
            if let text = draft.max.value {
                do throws(TableText.Invalid) {
                    maxPoints = try TableText.points(text, column: CriteriaColumn.partMax.header)
                } catch {
                    problem(draft.max.row, error.reason)
                }
            } else {
                problem(draft.firstRow, "\(Self.blank(.partMax)) ở mọi dòng của phần \(draft.code)")
            }
            var sections: [SheetSection] = []
            for section in draft.sections {
                var criteria: [Criterion] = []
                for criterion in section.criteria { criteria.append(self.criterion(criterion)) }
                sections.append(SheetSection(title: section.title.value ?? "", criteria: criteria))
            }
            parts.append(SheetPart(code: draft.code, name: draft.name.value ?? "", maxPoints: maxPoints, sections: sections))
        }
        return ScoringSheet(parts: parts)
    }

    private mutating func criterion(_ draft: CriterionDraft) -> Criterion {
        let field = { (column: CriteriaColumn) in draft.fields[column] ?? RepeatedField() }
        var criterion = Criterion(code: draft.code, text: field(.criterionText).value ?? "", note: field(.note).value,
                                  evidence: field(.evidence).value, options: draft.options,
                                  alternatives: draft.cases.map { AlternativeCase(id: $0.id, text: $0.text.value ?? "", options: $0.options) })
        let appliesTo = field(.appliesCriterion), appliesOptions = field(.appliesOptions)
        if let code = appliesTo.value {
            criterion.appliesWhen = ApplicabilityRule(criterionCode: code, optionIDs: TableText.ids(appliesOptions.value ?? ""))
        } else if appliesOptions.value != nil {
            problem(appliesOptions.row, "có «\(CriteriaColumn.appliesOptions.header)» nhưng \(Self.blank(.appliesCriterion)) (tiêu chí \(draft.code))")
        }
        let star = field(.mandatoryStar), required = field(.mandatoryOptions)
        if let text = star.value {
            do {
                criterion.mandatory = MandatoryRule(gatesStar: try TableText.star(text, column: CriteriaColumn.mandatoryStar.header),
                                                    requiredOptionIDs: TableText.ids(required.value ?? ""))
            } catch {
                problem(star.row, error.reason)
            }
        } else if required.value != nil {
            problem(required.row, "có «\(CriteriaColumn.mandatoryOptions.header)» nhưng \(Self.blank(.mandatoryStar)) (tiêu chí \(draft.code))")
        }
        return criterion
    }
}
