/// Reads «Phân loại»: groups → sub-groups → product sets, one row per product set. Neighbouring rows
/// with the same group (sub-group) code belong to the same group (sub-group); sheets stay empty here.
enum ClassificationSheetReader {
    static func read(_ table: Table<ClassificationColumn>, log: inout ProblemLog) -> [ProductGroup] {
        var groups: [ProductGroup] = []
        var groupNames: [RepeatedField] = []
        var subGroupNames: [[RepeatedField]] = []
        var productSetRows: [String: Int] = [:]
        for index in table.dataRows {
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
                if table.isFilled(.subGroupName, index) || table.isFilled(.productSetCode, index) || table.isFilled(.productSetName, index) {
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
                if table.isFilled(.productSetName, index) {
                    log.add(table.name, row, "cột «\(ClassificationColumn.productSetCode.header)» bị trống")
                }
                continue
            }
            if let first = productSetRows[productSetCode] {
                log.add(table.name, row, "mã bộ sản phẩm «\(productSetCode)» đã có ở dòng \(first)")
                continue
            }
            productSetRows[productSetCode] = row
            groups[g].subGroups[s].productSets.append(ProductSet(code: productSetCode, name: value(.productSetName)))
        }
        for g in groups.indices {
            groups[g].name = groupNames[g].value ?? ""
            for s in groups[g].subGroups.indices { groups[g].subGroups[s].name = subGroupNames[g][s].value ?? "" }
        }
        return groups
    }
}
