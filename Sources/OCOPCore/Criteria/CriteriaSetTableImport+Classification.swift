/// Reads «Phân loại»: groups → sub-groups → product sets, one row per product set. Neighbouring rows
/// with the same group (sub-group) code belong to the same group (sub-group); a row right below a
/// product set's that repeats its code adds one more elimination rule to it. Sheets hold only their
/// elimination rules here; «Tiêu chí» fills the rest.
enum ClassificationSheetReader {
    /// The product set being read, so that the rows continuing it can be told from a duplicate code.
    private struct Current {
        var code: String
        var group: Int, subGroup: Int, index: Int
        /// The table row it was last seen on: only the very next data row may continue it.
        var lastIndex: Int
        var name = RepeatedField(), authority = RepeatedField()
    }

    static func read(_ table: Table<ClassificationColumn>, log: inout ProblemLog) -> [ProductGroup] {
        var groups: [ProductGroup] = []
        var groupNames: [RepeatedField] = []
        var subGroupNames: [[RepeatedField]] = []
        var productSetRows: [String: Int] = [:]
        var current: Current?
        func finish(_ current: Current?) {
            guard let current else { return }
            groups[current.group].subGroups[current.subGroup].productSets[current.index].name = current.name.value ?? ""
            groups[current.group].subGroups[current.subGroup].productSets[current.index].responsibleAuthority = current.authority.value
        }
        var previousIndex = -1
        for index in table.dataRows {
            defer { previousIndex = index }
            let row = index + 1
            let value = { (column: ClassificationColumn) in table.value(column, index) }
            let groupCode = value(.groupCode)
            guard !groupCode.isEmpty else {
                log.add(table.name, row, "cột «\(ClassificationColumn.groupCode.header)» bị trống")
                continue
            }
            if groups.last?.code != groupCode {
                groups.append(ProductGroup(code: groupCode, name: ""))
                groupNames.append(RepeatedField())
                subGroupNames.append([])
            }
            let g = groups.count - 1
            groupNames[g].take(value(.groupName), row: row, column: ClassificationColumn.groupName.header,
                               kind: "nhóm", name: groupCode, sheet: table.name, log: &log)

            let subGroupCode = value(.subGroupCode)
            guard !subGroupCode.isEmpty else {
                if [.subGroupName, .productSetCode, .productSetName, .authority, .eliminationRule].contains(where: { table.isFilled($0, index) }) {
                    log.add(table.name, row, "cột «\(ClassificationColumn.subGroupCode.header)» bị trống")
                }
                continue
            }
            if groups[g].subGroups.last?.code != subGroupCode {
                groups[g].subGroups.append(ProductSubGroup(code: subGroupCode, name: ""))
                subGroupNames[g].append(RepeatedField())
            }
            let s = groups[g].subGroups.count - 1
            subGroupNames[g][s].take(value(.subGroupName), row: row, column: ClassificationColumn.subGroupName.header,
                                     kind: "phân nhóm", name: subGroupCode, sheet: table.name, log: &log)

            let productSetCode = value(.productSetCode)
            guard !productSetCode.isEmpty else {
                if [.productSetName, .authority, .eliminationRule].contains(where: { table.isFilled($0, index) }) {
                    log.add(table.name, row, "cột «\(ClassificationColumn.productSetCode.header)» bị trống")
                }
                continue
            }
            if let open = current, open.code == productSetCode, open.group == g, open.subGroup == s, open.lastIndex == previousIndex {
                // The row right below continues the same product set (one more elimination rule).
            } else {
                finish(current)
                current = nil
                if let first = productSetRows[productSetCode] {
                    log.add(table.name, row, "mã bộ sản phẩm «\(productSetCode)» đã có ở dòng \(first)")
                    continue
                }
                productSetRows[productSetCode] = row
                groups[g].subGroups[s].productSets.append(ProductSet(code: productSetCode, name: ""))
                current = Current(code: productSetCode, group: g, subGroup: s, index: groups[g].subGroups[s].productSets.count - 1,
                                  lastIndex: index)
            }
            current?.lastIndex = index
            current?.name.take(value(.productSetName), row: row, column: ClassificationColumn.productSetName.header,
                               kind: "bộ sản phẩm", name: productSetCode, sheet: table.name, log: &log)
            current?.authority.take(value(.authority), row: row, column: ClassificationColumn.authority.header,
                                    kind: "bộ sản phẩm", name: productSetCode, sheet: table.name, log: &log)
            let rule = value(.eliminationRule)
            if !rule.isEmpty, let open = current {
                groups[g].subGroups[s].productSets[open.index].sheet.eliminationRules.append(rule)
            }
        }
        finish(current)
        for g in groups.indices {
            groups[g].name = groupNames[g].value ?? ""
            for s in groups[g].subGroups.indices { groups[g].subGroups[s].name = subGroupNames[g][s].value ?? "" }
        }
        return groups
    }
}
