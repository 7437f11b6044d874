import Fluent
import Vapor
import OCOPCore

/// Soạn bộ tiêu chí trong bản nháp: grids of the workbook's tables (the set's properties, the
/// classification, each product set's «Tiêu chí» rows), checked live by the validator, saved only
/// when every row can be read.
struct CriteriaEditorController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let editor = routes.grouped(RequireLoginMiddleware())
        editor.get(SiteURL.criteriaAction(id: ":id", action: "sua").route, use: firstProductSet)
        editor.get(SiteURL.criteriaAction(id: ":id", action: "sua/:target").route, use: show)
        editor.post(SiteURL.criteriaAction(id: ":id", action: "sua/:target").route, use: save)
        editor.post(SiteURL.criteriaAction(id: ":id", action: "sua/:target/kiem-tra").route, use: check)
    }

    func firstProductSet(req: Request) async throws -> Response {
        let (record, set) = try await editable(req)
        guard let first = set.productSets.first else { throw Abort(.notFound, reason: "Bộ tiêu chí chưa có bộ sản phẩm nào.") }
        return req.redirect(to: SiteURL.criteriaEditor(id: record.id!.uuidString, target: first.code).path)
    }

    func show(req: Request) async throws -> Response {
        let (record, set) = try await editable(req)
        let target = try target(req, set)
        let grid = SheetGrid(set: set, target: target)
        var model = model(record, set, grid, grid.rows.isEmpty ? blankRows(5, grid.headers) : grid.rows)
        model.defects = grid.defects(of: set)
        model.needsReason = try await CriteriaChanges.needsReason(record, on: req.db)
        return CriteriaEditorView.render(req.pageContext(title: model.title), model).response()
    }

    func save(req: Request) async throws -> Response {
        let (record, set) = try await editable(req)
        let grid = try posted(req, set, try target(req, set))
        var model = model(record, set, grid, grid.rows)
        model.reason = ((try? req.content.get(String.self, at: "ly-do")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        model.needsReason = try await CriteriaChanges.needsReason(record, on: req.db)
        if (try? req.content.get(String.self, at: "hanh-dong")) == "them" {
            model.rows += blankRows(5, grid.headers)
            model.defects = grid.defects(of: set)
            return CriteriaEditorView.render(req.pageContext(title: model.title), model).response()
        }
        switch grid.apply(to: set) {
        case .problems(let problems):
            model.tableProblems = problems
            return CriteriaEditorView.render(req.pageContext(title: model.title), model).response(status: .unprocessableEntity)
        case .set(let updated):
            let refreshed = SheetGrid(set: updated, target: grid.target)
            let cells = CriteriaChanges.cells(before: SheetGrid(set: set, target: grid.target), after: refreshed)
            if !cells.isEmpty && model.reason.isEmpty && model.needsReason {
                model.tableProblems = ["Chưa lưu: đây là bản sửa đổi của một bộ tiêu chí đã có, hãy ghi lý do thay đổi (\(cells.count) ô thay đổi)."]
                model.reasonMissing = true
                return CriteriaEditorView.render(req.pageContext(title: model.title), model).response(status: .unprocessableEntity)
            }
            do {
                try await CriteriaChanges.save(record, to: updated, target: grid.target, cells: cells, reason: model.reason,
                                               actor: try req.currentUser, on: req.db)
            } catch let refusal as CriteriaStore.Refusal {
                throw Abort(.conflict, reason: refusal.message)
            }
            let needsReason = model.needsReason
            model = self.model(record, updated, refreshed, refreshed.rows)
            model.defects = refreshed.defects(of: updated)
            model.needsReason = needsReason
            model.saved = true
            return CriteriaEditorView.render(req.pageContext(title: model.title), model).response()
        }
    }

    /// The live check: the validator's verdict on the grid as it stands, nothing saved.
    func check(req: Request) async throws -> Response {
        let (_, set) = try await editable(req)
        let grid = try posted(req, set, try target(req, set))
        let panel: String
        switch grid.apply(to: set) {
        case .problems(let problems):
            panel = CriteriaEditorView.validationPanel(problems, saved: false).render()
        case .set(let updated):
            panel = CriteriaEditorView.validationPanel(grid.defects(of: updated), saved: false).render()
        }
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: panel))
    }

    private func editable(_ req: Request) async throws -> (CriteriaSetRecord, CriteriaSet) {
        let (record, set) = try await CriteriaController.find(req)
        try req.authorize(.editCriteria(provinceCode: record.provinceCode))
        guard record.isEditable else {
            throw Abort(.conflict, reason: "Bộ tiêu chí đã ban hành hoặc đã ngừng áp dụng không được sửa. Hãy sao chép thành bản nháp mới.")
        }
        return (record, set)
    }

    /// The grid named by the `:target` segment: a product set code, or one of the set-wide tables.
    private func target(_ req: Request, _ set: CriteriaSet) throws -> SheetGrid.Target {
        let target = SheetGrid.Target(segment: req.parameters.get("target")?.removingPercentEncoding ?? "")
        if let code = target.productSetCode, set.productSet(code: code) == nil {
            throw Abort(.notFound, reason: "Bộ tiêu chí này không có bộ sản phẩm đó.")
        }
        return target
    }

    private func posted(_ req: Request, _ set: CriteriaSet, _ target: SheetGrid.Target) throws -> SheetGrid {
        let headers = SheetGrid(set: set, target: target).headers
        let fields = try req.content.decode([String: String].self)
        // The page always sends how many rows it shows; without that count an empty or cut-off form
        // would read as "no rows" and save the sheet empty (found by the route-role matrix, issue 10).
        guard let count = fields["rows"].flatMap({ Int($0) }), count >= 0 else {
            throw Abort(.badRequest, reason: "Biểu mẫu không đầy đủ (thiếu số dòng của bảng). Vui lòng tải lại trang rồi sửa lại.")
        }
        return SheetGrid(target: target, headers: headers, rows: SheetGrid.rows(from: fields, rowCount: count, columnCount: headers.count))
    }

    private func model(_ record: CriteriaSetRecord, _ set: CriteriaSet, _ grid: SheetGrid, _ rows: [[String]]) -> CriteriaEditorModel {
        let title: String
        switch grid.target {
        case .setProperties: title = "Soạn thông tin chung: \(set.name)"
        case .classification: title = "Soạn phân loại: \(set.name)"
        case .productSet(let code): title = "Soạn phiếu: \(set.productSet(code: code)?.name ?? code)"
        }
        return CriteriaEditorModel(recordID: record.id!.uuidString, title: title, target: grid.target,
                                   productSets: set.productSets.map { ($0.code, $0.name) }, headers: grid.headers, rows: rows)
    }

    private func blankRows(_ count: Int, _ headers: [String]) -> [[String]] {
        Array(repeating: Array(repeating: "", count: headers.count), count: count)
    }
}
