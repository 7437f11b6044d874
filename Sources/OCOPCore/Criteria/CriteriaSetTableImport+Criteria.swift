/// Reads «Tiêu chí», one row per option, into one scoring sheet per product set.
///
/// A row belongs to the part, section, criterion and case named by its codes; neighbouring rows with
/// the same codes belong to the same part, section, criterion and case. A row that stops before the
/// option columns declares a part, section, criterion or case without children. A row whose
/// «Tiêu chí cha» names a criterion above it (the last one of the section, or one of its last
/// sub-criteria) describes a sub-criterion of that criterion.
struct CriteriaSheetReader {
    struct CaseDraft { var id: String; var text = RepeatedField(); var options: [ScoringOption] = [] }
    struct CriterionDraft {
        var code: String
        var fields: [CriteriaColumn: RepeatedField] = [:]
        var options: [ScoringOption] = []
        var cases: [CaseDraft] = []
        /// Sub-criteria, as indexes into the section's `drafts`.
        var children: [Int] = []
    }
    /// `drafts` holds every criterion of the section, sub-criteria included (so that a row can reach
    /// any of them without walking nested arrays); `roots` the ones printed directly in the section.
    struct SectionDraft {
        var key: String
        var fields: [CriteriaColumn: RepeatedField] = [:]
        var drafts: [CriterionDraft] = []
        var roots: [Int] = []
    }
    struct PartDraft { var code: String; var firstRow: Int; var name = RepeatedField(); var max = RepeatedField(); var sections: [SectionDraft] = [] }

    static let criterionFields: [CriteriaColumn] = [.criterionText, .criterionMax, .yesNo, .note, .evidence,
                                                    .appliesCriterion, .appliesOptions, .mandatoryStar, .mandatoryOptions]

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
            if filled(CriteriaColumn.criterionLevel + CriteriaColumn.sectionLevel, index) { problem(row, Self.blank(.section)) }
            return
        }
        if sheet[p].sections.last?.key != sectionKey { sheet[p].sections.append(SectionDraft(key: sectionKey)) }
        let s = sheet[p].sections.count - 1
        for field in CriteriaColumn.sectionLevel {
            sheet[p].sections[s].fields[field, default: RepeatedField()].take(
                value(field, index), row: row, column: field.header, kind: "mục", name: "\(sectionKey) phần \(partName)",
                sheet: table.name, log: &log)
        }

        let code = value(.criterion, index)
        guard !code.isEmpty else {
            if filled(CriteriaColumn.criterionLevel, index) { problem(row, Self.blank(.criterion)) }
            return
        }
        guard let c = draftIndex(code: code, parent: value(.parent, index), in: &sheet[p].sections[s], row: row) else { return }
        for field in Self.criterionFields {
            sheet[p].sections[s].drafts[c].fields[field, default: RepeatedField()].take(
                value(field, index), row: row, column: field.header, kind: "tiêu chí", name: code, sheet: table.name, log: &log)
        }

        let caseID = value(.caseID, index)
        if caseID.isEmpty && table.isFilled(.caseText, index) { return problem(row, Self.blank(.caseID)) }
        if !caseID.isEmpty {
            if sheet[p].sections[s].drafts[c].cases.last?.id != caseID {
                sheet[p].sections[s].drafts[c].cases.append(CaseDraft(id: caseID))
            }
            let k = sheet[p].sections[s].drafts[c].cases.count - 1
            sheet[p].sections[s].drafts[c].cases[k].text.take(
                value(.caseText, index), row: row, column: CriteriaColumn.caseText.header,
                kind: "trường hợp", name: "\(caseID) của tiêu chí \(code)", sheet: table.name, log: &log)
        }
        guard filled(CriteriaColumn.optionLevel, index), let option = option(index) else { return }
        if caseID.isEmpty {
            sheet[p].sections[s].drafts[c].options.append(option)
        } else {
            sheet[p].sections[s].drafts[c].cases[sheet[p].sections[s].drafts[c].cases.count - 1].options.append(option)
        }
    }

    /// The draft this row fills: the section's last criterion when it has this code, or a new one;
    /// with a parent, the parent's last sub-criterion when it has this code, or a new one. The parent
    /// must be on the path of last criteria just above, as the rows of a heading and its sub-criteria
    /// follow each other; nil (with the problem logged) when it is not.
    private mutating func draftIndex(code: String, parent: String, in section: inout SectionDraft, row: Int) -> Int? {
        func add() -> Int {
            section.drafts.append(CriterionDraft(code: code))
            return section.drafts.count - 1
        }
        guard !parent.isEmpty else {
            if let last = section.roots.last, section.drafts[last].code == code { return last }
            let new = add()
            section.roots.append(new)
            return new
        }
        guard parent != code else {
            problem(row, "tiêu chí \(code) không thể là «\(CriteriaColumn.parent.header)» của chính nó")
            return nil
        }
        var path: [Int] = []
        var node = section.roots.last
        while let current = node {
            path.append(current)
            node = section.drafts[current].children.last
        }
        guard let p = path.last(where: { section.drafts[$0].code == parent }) else {
            problem(row, "«\(CriteriaColumn.parent.header)» của tiêu chí \(code) là «\(parent)», nhưng ngay phía trên trong mục không có "
                        + "tiêu chí này: tiêu chí cha cần một dòng riêng (ghi mã \(parent) ở cột «\(CriteriaColumn.criterion.header)») "
                        + "đứng trước các tiêu chí con của nó")
            return nil
        }
        if let last = section.drafts[p].children.last, section.drafts[last].code == code { return last }
        let new = add()
        section.drafts[p].children.append(new)
        return new
    }

    /// The row's option, or nil with every problem of the row logged.
    private mutating func option(_ index: Int) -> ScoringOption? {
        let row = index + 1
        let id = value(.optionID, index), text = value(.optionText, index), pointsText = value(.points, index)
        // Points printed wrongly in the source: «Điểm» may stay blank (it means nothing until an
        // officer enters the right figure), and then reads as 0, as the JSON file's `null` does.
        let printed = TableText.printed(value(.pointsPrinted, index))
        var points: Points?
        var knockOut = false
        var star: Star?
        var ok = true
        if id.isEmpty { problem(row, Self.blank(.optionID)); ok = false }
        if text.isEmpty { problem(row, Self.blank(.optionText)); ok = false }
        do {
            points = printed != nil && pointsText.isEmpty ? .zero : try TableText.points(pointsText, column: CriteriaColumn.points.header)
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
        do {
            let mark = value(.minForStar, index)
            star = mark.isEmpty ? nil : try TableText.star(mark, column: CriteriaColumn.minForStar.header)
        } catch {
            problem(row, error.reason)
            ok = false
        }
        guard ok, let points else { return nil }
        return ScoringOption(id: id, text: text, points: points, isKnockOut: knockOut, minForStar: star, sourcePointsRaw: printed)
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
                let criteria = section.roots.map { self.criterion($0, in: section) }
                let field = { (column: CriteriaColumn) in section.fields[column] ?? RepeatedField() }
                var maximum: Points?
                if let text = field(.sectionMax).value {
                    do throws(TableText.Invalid) {
                        maximum = try TableText.points(text, column: CriteriaColumn.sectionMax.header)
                    } catch {
                        problem(field(.sectionMax).row, error.reason)
                    }
                }
                sections.append(SheetSection(title: field(.sectionTitle).value ?? "", criteria: criteria, maxPoints: maximum,
                                             sourceMaxPointsRaw: TableText.printed(field(.sectionMaxPrinted).value ?? "")))
            }
            parts.append(SheetPart(code: draft.code, name: draft.name.value ?? "", maxPoints: maxPoints, sections: sections))
        }
        return ScoringSheet(parts: parts)
    }

    private mutating func criterion(_ index: Int, in section: SectionDraft) -> Criterion {
        let draft = section.drafts[index]
        let field = { (column: CriteriaColumn) in draft.fields[column] ?? RepeatedField() }
        var criterion = Criterion(code: draft.code, text: field(.criterionText).value ?? "", note: field(.note).value,
                                  evidence: field(.evidence).value, options: draft.options,
                                  alternatives: draft.cases.map { AlternativeCase(id: $0.id, text: $0.text.value ?? "", options: $0.options) })
        criterion.subCriteria = draft.children.map { self.criterion($0, in: section) }
        if let text = field(.criterionMax).value {
            do throws(TableText.Invalid) {
                criterion.declaredMaxPoints = try TableText.points(text, column: CriteriaColumn.criterionMax.header)
            } catch {
                problem(field(.criterionMax).row, error.reason)
            }
        }
        if let text = field(.yesNo).value {
            do throws(TableText.Invalid) {
                criterion.isYesNo = try TableText.flag(text, column: CriteriaColumn.yesNo.header)
            } catch {
                problem(field(.yesNo).row, error.reason)
            }
        }
        // As in the JSON file: a yes/no criterion written without options scores 0 or its maximum.
        if criterion.isYesNo && criterion.options.isEmpty {
            criterion.options = YesNo.options(maximum: criterion.declaredMaxPoints ?? .zero)
        }
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
