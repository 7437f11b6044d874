extension CriteriaSetTables {
    /// Đọc bảng: the criteria set these tables describe.
    ///
    /// All three sheets are read in full before deciding, so that the user gets every problem at once,
    /// each with its sheet and row; any problem means nothing is returned. Never traps, whatever the
    /// tables hold.
    public func criteriaSet() throws(CriteriaTableError) -> CriteriaSet {
        var log = ProblemLog()
        let setTable = Table<SetColumn>.open(sheet(named: Self.setSheetName), name: Self.setSheetName, log: &log)
        let classificationTable = Table<ClassificationColumn>.open(
            sheet(named: Self.classificationSheetName), name: Self.classificationSheetName, log: &log)
        let criteriaTable = Table<CriteriaColumn>.open(sheet(named: Self.criteriaSheetName), name: Self.criteriaSheetName, log: &log)

        let header = setTable.map { SetSheetReader.read($0, log: &log) }
        let groups = classificationTable.map { ClassificationSheetReader.read($0, log: &log) } ?? []
        let productSetCodes = Set(groups.flatMap { $0.subGroups.flatMap { $0.productSets.map(\.code) } })
        let sheets = criteriaTable.map {
            CriteriaSheetReader.read($0, productSets: classificationTable == nil ? nil : productSetCodes,
                                     declaredParts: header?.declaredParts, log: &log)
        } ?? [:]

        guard log.problems.isEmpty, var set = header?.set else {
            throw CriteriaTableError(problems: Array(log.sorted.prefix(CriteriaTableError.maxProblems)))
        }
        set.groups = groups.map { group in
            var group = group
            for s in group.subGroups.indices {
                for p in group.subGroups[s].productSets.indices {
                    let code = group.subGroups[s].productSets[p].code
                    // «Phân loại» carries the elimination rules, «Tiêu chí» the parts.
                    var sheet = sheets[code] ?? ScoringSheet()
                    sheet.eliminationRules = group.subGroups[s].productSets[p].sheet.eliminationRules
                    group.subGroups[s].productSets[p].sheet = sheet
                }
            }
            return group
        }
        return set
    }
}

/// The problems found so far.
struct ProblemLog {
    private(set) var problems: [CriteriaTableProblem] = []

    mutating func add(_ sheet: String, _ row: Int?, _ reason: String) {
        problems.append(CriteriaTableProblem(sheet: sheet, row: row, reason: reason))
    }

    /// In the order the user reads the workbook: sheet by sheet, the sheet's own problems first, then by row.
    var sorted: [CriteriaTableProblem] {
        let order = [CriteriaSetTables.setSheetName, CriteriaSetTables.classificationSheetName, CriteriaSetTables.criteriaSheetName]
            .map(TableText.fold)
        func key(_ item: (offset: Int, element: CriteriaTableProblem)) -> (Int, Int, Int) {
            (order.firstIndex(of: TableText.fold(item.element.sheet)) ?? order.count, item.element.row ?? 0, item.offset)
        }
        return problems.enumerated().sorted { key($0) < key($1) }.map(\.element)
    }
}

/// One sheet with its header located: values by column, rows numbered as in Excel.
struct Table<Column: TableColumn> {
    let name: String
    let rows: [[String]]
    let headerIndex: Int
    let columns: [Column: Int]

    /// Finds the header in the first non-blank row; nil (with the problems logged) when the sheet or a
    /// required column is missing.
    static func open(_ sheet: CriteriaSetTables.Sheet?, name: String, log: inout ProblemLog) -> Table? {
        guard let sheet else {
            log.add(name, nil, "thiếu trang «\(name)» trong bảng tính")
            return nil
        }
        guard let headerIndex = sheet.rows.firstIndex(where: { !isBlank($0) }) else {
            log.add(name, nil, "trang trống, thiếu dòng tiêu đề")
            return nil
        }
        var columns: [Column: Int] = [:]
        for (index, title) in sheet.rows[headerIndex].enumerated() {
            guard let column = Column.allCases.first(where: { TableText.fold($0.header) == TableText.fold(title) }) else { continue }
            if columns[column] != nil {
                log.add(name, headerIndex + 1, "cột «\(column.header)» xuất hiện hai lần")
            } else {
                columns[column] = index
            }
        }
        let missing = Column.allCases.filter { $0.isRequired && columns[$0] == nil }
        if columns.isEmpty {
            let expected = Column.allCases.filter(\.isRequired).map { "«\($0.header)»" }.joined(separator: ", ")
            log.add(name, headerIndex + 1, "thiếu dòng tiêu đề: dòng đầu tiên phải ghi tên các cột (\(expected)…)")
            return nil
        }
        for column in missing { log.add(name, headerIndex + 1, "thiếu cột «\(column.header)»") }
        guard missing.isEmpty else { return nil }
        return Table(name: sheet.name, rows: sheet.rows, headerIndex: headerIndex, columns: columns)
    }

    static func isBlank(_ row: [String]) -> Bool { row.allSatisfy { TableText.trim($0).isEmpty } }

    /// Indexes of the rows below the header that hold something.
    var dataRows: [Int] { rows.indices.filter { $0 > headerIndex && !Self.isBlank(rows[$0]) } }

    /// The trimmed value, "" when the column is absent or the row is short.
    func value(_ column: Column, _ index: Int) -> String {
        guard let position = columns[column], rows[index].indices.contains(position) else { return "" }
        return TableText.trim(rows[index][position])
    }

    func isFilled(_ column: Column, _ index: Int) -> Bool { !value(column, index).isEmpty }
}

/// A field of a part, section, criterion or case that may be given on several of its rows: the first
/// non-blank value wins, and another non-blank value that differs is a problem, since the reader
/// cannot know which one the user meant.
struct RepeatedField {
    private(set) var value: String?
    private(set) var row = 0

    /// `kind` and `name` say whose field it is ("tiêu chí", "A.1.1").
    mutating func take(_ text: String, row: Int, column: String, kind: String, name: String, sheet: String, log: inout ProblemLog) {
        guard !text.isEmpty else { return }
        guard let value else {
            self.value = text
            self.row = row
            return
        }
        if value != text {
            log.add(sheet, row, "cột «\(column)» của \(kind) \(name) khác với dòng \(self.row) («\(value)»): "
                        + "để trống hoặc ghi giống hệt; nếu là hai \(kind) khác nhau thì mã đang bị trùng")
        }
    }
}
