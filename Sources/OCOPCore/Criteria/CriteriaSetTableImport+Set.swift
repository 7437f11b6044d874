/// Reads «Bộ tiêu chí»: the set's own properties, one per row, some repeated.
enum SetSheetReader {
    struct Header {
        /// Nil when a required property is missing or unreadable.
        var set: CriteriaSet?
        /// Part codes of the «Phần» rows, even when other values of those rows are wrong, so that the
        /// criteria sheet is not flooded with "unknown part" problems. Nil when none could be read.
        var declaredParts: Set<String>?
    }

    static func read(_ table: Table<SetColumn>, log: inout ProblemLog) -> Header {
        var set = CriteriaSet(id: "", version: 0, name: "", legalBasis: "", partMaxima: [], starBands: [])
        var seen: [SetProperty: Int] = [:]
        var parts = Set<String>()
        var complete = true
        for index in table.dataRows {
            let row = index + 1
            let label = table.value(.property, index)
            guard let property = SetProperty.allCases.first(where: { TableText.fold($0.label) == TableText.fold(label) }) else {
                log.add(table.name, row, label.isEmpty ? "thiếu tên thuộc tính ở cột «\(SetColumn.property.header)»"
                                                       : "không rõ thuộc tính «\(label)»")
                complete = false
                continue
            }
            if !property.isRepeatable, let first = seen[property] {
                log.add(table.name, row, "thuộc tính «\(property.label)» đã có ở dòng \(first)")
                complete = false
                continue
            }
            seen[property] = seen[property] ?? row
            if property == .part, table.isFilled(.value, index) { parts.insert(table.value(.value, index)) }
            do {
                try apply(property, table.value(.value, index), table.value(.value2, index), table.value(.value3, index), to: &set)
            } catch {
                log.add(table.name, row, error.reason)
                complete = false
            }
        }
        for property in SetProperty.allCases where property.isRequired && seen[property] == nil {
            log.add(table.name, nil, "thiếu dòng «\(property.label)»")
            complete = false
        }
        return Header(set: complete ? set : nil, declaredParts: parts.isEmpty ? nil : parts)
    }

    /// Puts one row's values into the set; the value columns' meaning depends on the property.
    private static func apply(_ property: SetProperty, _ value: String, _ value2: String, _ value3: String,
                              to set: inout CriteriaSet) throws(TableText.Invalid) {
        let (c1, c2, c3) = (SetColumn.value.header, SetColumn.value2.header, SetColumn.value3.header)
        switch property {
        case .id:
            guard !value.isEmpty else { throw TableText.Invalid(reason: "thiếu mã bộ tiêu chí ở cột «\(c1)»") }
            set.id = value
        case .version: set.version = try TableText.integer(value, column: c1)
        case .name: set.name = value
        case .legalBasis: set.legalBasis = value
        case .scope: set.scope = try TableText.scope(value, provinceCode: value2, column: c1)
        case .effectiveFrom: set.effectiveFrom = try TableText.day(value, column: c1)
        case .effectiveTo: set.effectiveTo = try TableText.day(value, column: c1)
        case .status: set.status = try TableText.status(value, column: c1)
        case .recognitionThreshold: set.recognitionThreshold = try TableText.star(value, column: c1)
        case .part:
            guard !value.isEmpty else { throw TableText.Invalid(reason: "thiếu mã phần ở cột «\(c1)»") }
            set.partMaxima.append(PartMaximum(part: value, name: value2, maxPoints: try TableText.points(value3, column: c3)))
        case .starBand:
            set.starBands.append(StarBand(star: try TableText.star(value, column: c1),
                                          lowerBound: try TableText.points(value2, column: c2),
                                          upperBound: try TableText.points(value3, column: c3)))
        case .factGate:
            set.factGates.append(FactGate(fact: try TableText.fact(value, column: c1), requiredFrom: try TableText.star(value2, column: c2)))
        case .bonus:
            set.bonusRules.append(BonusRule(fact: try TableText.fact(value, column: c1),
                                            points: try TableText.points(value2, column: c2), basis: value3))
        }
    }
}
