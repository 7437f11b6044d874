import Fluent
import Vapor
import OCOPCore

/// Soạn phiếu của một bộ sản phẩm trong bản nháp: a grid of the «Tiêu chí» rows, checked live by
/// the validator, saved only when every row can be read.
struct CriteriaEditorController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let editor = routes.grouped(RequireLoginMiddleware()).grouped("tieu-chi", ":id", "sua")
        editor.get(use: firstProductSet)
        editor.get(":productSet", use: show)
        editor.post(":productSet", use: save)
        editor.post(":productSet", "kiem-tra", use: check)
    }

    func firstProductSet(req: Request) async throws -> Response {
        let (record, set) = try await editable(req)
        guard let first = set.productSets.first else { throw Abort(.notFound, reason: "Bộ tiêu chí chưa có bộ sản phẩm nào.") }
        return req.redirect(to: SiteURL.criteriaEditor(id: record.id!.uuidString, productSet: first.code).path)
    }

    func show(req: Request) async throws -> Response {
        let (record, set) = try await editable(req)
        let productSet = try CriteriaController.productSet(req, set)
        let grid = SheetGrid(set: set, productSetCode: productSet.code)
        var model = model(record, set, productSet, grid.headers, grid.rows.isEmpty ? blankRows(5, grid.headers) : grid.rows)
        model.defects = SheetGrid.defects(of: set, productSetCode: productSet.code)
        return CriteriaEditorView.render(req.pageContext(title: "Soạn phiếu: \(productSet.name)"), model).response()
    }

    func save(req: Request) async throws -> Response {
        let (record, set) = try await editable(req)
        let productSet = try CriteriaController.productSet(req, set)
        let grid = try posted(req, set, productSet)
        var model = model(record, set, productSet, grid.headers, grid.rows)
        if (try? req.content.get(String.self, at: "hanh-dong")) == "them" {
            model.rows += blankRows(5, grid.headers)
            model.defects = SheetGrid.defects(of: set, productSetCode: productSet.code)
            return CriteriaEditorView.render(req.pageContext(title: "Soạn phiếu: \(productSet.name)"), model).response()
        }
        switch grid.apply(to: set) {
        case .problems(let problems):
            model.tableProblems = problems
            return CriteriaEditorView.render(req.pageContext(title: "Soạn phiếu: \(productSet.name)"), model).response(status: .unprocessableEntity)
        case .set(let updated):
            do {
                try await CriteriaStore.update(record, to: updated, actor: try req.currentUser, action: "criteria.update", on: req.db)
            } catch let refusal as CriteriaStore.Refusal {
                throw Abort(.conflict, reason: refusal.message)
            }
            model.defects = SheetGrid.defects(of: updated, productSetCode: productSet.code)
            model.saved = true
            return CriteriaEditorView.render(req.pageContext(title: "Soạn phiếu: \(productSet.name)"), model).response()
        }
    }

    /// The live check: the validator's verdict on the grid as it stands, nothing saved.
    func check(req: Request) async throws -> Response {
        let (_, set) = try await editable(req)
        let productSet = try CriteriaController.productSet(req, set)
        let grid = try posted(req, set, productSet)
        let panel: String
        switch grid.apply(to: set) {
        case .problems(let problems):
            panel = CriteriaEditorView.validationPanel(problems, saved: false).render()
        case .set(let updated):
            panel = CriteriaEditorView.validationPanel(SheetGrid.defects(of: updated, productSetCode: productSet.code), saved: false).render()
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

    private func posted(_ req: Request, _ set: CriteriaSet, _ productSet: ProductSet) throws -> SheetGrid {
        let headers = SheetGrid(set: set, productSetCode: productSet.code).headers
        let fields = try req.content.decode([String: String].self)
        let count = Int(fields["rows"] ?? "") ?? 0
        return SheetGrid(productSetCode: productSet.code, headers: headers,
                         rows: SheetGrid.rows(from: fields, rowCount: count, columnCount: headers.count))
    }

    private func model(_ record: CriteriaSetRecord, _ set: CriteriaSet, _ productSet: ProductSet, _ headers: [String], _ rows: [[String]]) -> CriteriaEditorModel {
        CriteriaEditorModel(recordID: record.id!.uuidString, setName: set.name, productSet: productSet,
                            productSetCodes: set.productSets.map { ($0.code, $0.name) }, headers: headers, rows: rows)
    }

    private func blankRows(_ count: Int, _ headers: [String]) -> [[String]] {
        Array(repeating: Array(repeating: "", count: headers.count), count: count)
    }
}
