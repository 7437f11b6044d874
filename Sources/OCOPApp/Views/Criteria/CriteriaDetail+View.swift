import Plot
import OCOPCore

enum CriteriaDetailView {
    static func render(_ context: PageContext, _ model: CriteriaDetailModel) -> HTML {
        let set = model.set
        return Layout.page(context) {
            Tag("dl", [("class", "facts")]) {
                Tag("dt") { Text("Mã, phiên bản") }; Tag("dd") { Text("\(set.id) — phiên bản \(set.version)") }
                Tag("dt") { Text("Căn cứ") }; Tag("dd") { Text(set.legalBasis) }
                Tag("dt") { Text("Phạm vi") }; Tag("dd") { Text(model.scopeName) }
                Tag("dt") { Text("Trạng thái") }; Tag("dd", [("id", "criteria-status")]) { Text(set.status.vietnamese) }
                Tag("dt") { Text("Hiệu lực") }
                Tag("dd") { Text("\(set.effectiveFrom?.vietnamese ?? "chưa xác định") – \(set.effectiveTo?.vietnamese ?? "nay")") }
                Tag("dt") { Text("Điểm tối đa") }
                Tag("dd") { Text(set.partMaxima.map { "Phần \($0.part) \($0.maxPoints.vietnamese)" }.joined(separator: " · ")) }
                Tag("dt") { Text("Phân hạng") }
                Tag("dd") { Text(set.starBands.map { "\($0.star): \($0.lowerBound.vietnamese)–\($0.upperBound.vietnamese)" }.joined(separator: " · ")) }
                if !set.factGates.isEmpty {
                    Tag("dt") { Text("Điều kiện") }
                    Tag("dd") { Text(set.factGates.map { "\($0.fact.vietnamese) (từ \($0.requiredFrom))" }.joined(separator: "; ")) }
                }
                if !set.bonusRules.isEmpty {
                    Tag("dt") { Text("Điểm cộng") }
                    Tag("dd") { Text(set.bonusRules.map { "\($0.fact.vietnamese): +\($0.points.vietnamese)" }.joined(separator: "; ")) }
                }
            }
            if !model.importErrors.isEmpty {
                Div { List(model.importErrors) { Text($0) } }.class("error-summary").id("action-errors").attribute(named: "role", value: "alert")
            }
            actions(context, model)
            if !model.report.setDefects.isEmpty {
                H2("Lỗi của cả bộ tiêu chí")
                List(model.report.setDefects.map(\.message)) { Text($0) }.class("defects")
            }
            CriteriaHistoryView(model: model)
            H2("Bộ sản phẩm")
            for group in set.groups {
                H3("Nhóm \(group.code). \(group.name)")
                for subGroup in group.subGroups {
                    Paragraph("\(subGroup.code). \(subGroup.name)").class("subgroup")
                    Tag("ul", [("class", "product-sets")]) {
                        for productSet in subGroup.productSets {
                            productSetItem(model, productSet)
                        }
                    }
                }
            }
        }
    }

    private static func productSetItem(_ model: CriteriaDetailModel, _ productSet: ProductSet) -> Component {
        let defects = model.report.defects(inProductSet: productSet.code)
        let usable = defects.isEmpty && model.report.setDefects.isEmpty
        return ListItem {
            Tag("strong") { Text(productSet.name) }
            Text(" (\(productSet.sheet.criteria.count) tiêu chí) ")
            Span(usable ? "Dùng được" : "Có lỗi, không dùng để chấm").class(usable ? "ok" : "bad")
            Text(" · ")
            Link("Xem, in phiếu", url: SiteURL.criteriaSheet(id: model.recordID, productSet: productSet.code).path)
            if model.canEdit && model.isEditable {
                Text(" · ")
                Link("Soạn phiếu", url: SiteURL.criteriaEditor(id: model.recordID, target: productSet.code).path)
            }
            if usable {
                Text(" · ")
                Link("Thử chấm", url: SiteURL.criteriaTry(id: model.recordID, productSet: productSet.code).path)
            }
            if !defects.isEmpty {
                List(defects.map(\.message)) { Text($0) }.class("defects")
            }
        }.data(named: "code", value: productSet.code)
    }

    private static func actions(_ context: PageContext, _ model: CriteriaDetailModel) -> Component {
        Div {
            Link("Tải JSON", url: SiteURL.criteriaAction(id: model.recordID, action: "json").path).class("button")
            Link("Tải Excel (.xlsx)", url: SiteURL.criteriaAction(id: model.recordID, action: "xlsx").path).class("button")
            if model.canEdit {
                actionForm(context, model, "sao-chep", "Sao chép thành bản nháp mới")
                if model.isEditable {
                    Link("Soạn thông tin chung, phân loại", url: SiteURL.criteriaEditor(id: model.recordID, target: SheetGrid.Target.setPropertiesSegment).path).class("button")
                    actionForm(context, model, "ban-hanh", "Kiểm tra và ban hành")
                }
                if model.set.status == .published { actionForm(context, model, "ngung", "Ngừng áp dụng") }
            }
        }.class("actions")
    }

    private static func actionForm(_ context: PageContext, _ model: CriteriaDetailModel, _ action: String, _ label: String) -> Component {
        Form(url: SiteURL.criteriaAction(id: model.recordID, action: action).path, method: .post) {
            CSRFField(token: context.csrfToken)
            Button { Text(label) }.attribute(named: "type", value: "submit")
        }.class("inline-form")
    }
}
