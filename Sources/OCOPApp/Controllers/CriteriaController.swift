import Fluent
import Vapor
import OCOPCore

/// Bộ tiêu chí, phiếu đánh giá, thử chấm: readable by everyone, no login needed.
struct CriteriaController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let criteria = routes
        criteria.get(SiteURL.criteria.route, use: list)
        criteria.get(SiteURL.criteriaSet(id: ":id").route, use: detail)
        criteria.get(SiteURL.criteriaAction(id: ":id", action: "json").route, use: exportJSON)
        criteria.get(SiteURL.criteriaAction(id: ":id", action: "xlsx").route, use: exportWorkbook)
        criteria.get(SiteURL.criteriaSheet(id: ":id", productSet: ":productSet").route, use: sheet)
        criteria.get(SiteURL.criteriaTry(id: ":id", productSet: ":productSet").route, use: trySheet)
    }

    func list(req: Request) async throws -> Response {
        let records = try await CriteriaSetRecord.query(on: req.db).sort(\.$code).sort(\.$version, .descending).all()
        let names = try await UnitDirectory.names(for: records.compactMap(\.provinceCode), on: req.db)
        let rows = records.map { record in
            CriteriaListModel.Row(
                id: record.id!.uuidString, name: record.name, code: record.code, version: record.version,
                scope: record.provinceCode.map { names[$0] ?? $0 } ?? "Toàn quốc",
                status: CriteriaSetStatus(rawValue: record.status)?.vietnamese ?? record.status,
                productSets: record.productSetCount, defects: record.defectCount)
        }
        let canImport = req.auth.get(CurrentUser.self).map {
            $0.grants.contains { grant in AccessPolicy().decide([grant], .editCriteria(provinceCode: grant.location.provinceCode)).isAllowed }
        } ?? false
        return CriteriaListView.render(req.pageContext(title: "Bộ tiêu chí đánh giá, phân hạng"), CriteriaListModel(rows: rows, canImport: canImport)).response()
    }

    func detail(req: Request) async throws -> Response {
        let (record, set) = try await Self.find(req)
        let model = try await Self.detailModel(req, record, set)
        return CriteriaDetailView.render(req.pageContext(title: set.name), model).response()
    }

    func exportJSON(req: Request) async throws -> Response {
        let (record, set) = try await Self.find(req)
        let response = Response(status: .ok, body: .init(data: try CriteriaSetDocument.export(set)))
        response.headers.contentType = .json
        response.headers.contentDisposition = .init(.attachment, filename: "\(record.code)-v\(record.version).json")
        return response
    }

    func exportWorkbook(req: Request) async throws -> Response {
        let (record, set) = try await Self.find(req)
        let response = Response(status: .ok, body: .init(data: try CriteriaWorkbook.data(set)))
        response.headers.replaceOrAdd(name: .contentType, value: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        response.headers.contentDisposition = .init(.attachment, filename: "\(record.code)-v\(record.version).xlsx")
        return response
    }

    func sheet(req: Request) async throws -> Response {
        let (record, set) = try await Self.find(req)
        let productSet = try Self.productSet(req, set)
        let (answers, facts) = SheetTrial.parse((try? req.query.decode([String: String].self)) ?? [:])
        let result = answers.answers.isEmpty ? nil : SheetTrial.evaluate(productSet, in: set, answers: answers, facts: facts).result
        let model = SheetModel(recordID: record.id!.uuidString, set: set, productSet: productSet, answers: answers, result: result)
        return SheetView.render(req.pageContext(title: "Phiếu đánh giá: \(productSet.name)"), model).response()
    }

    func trySheet(req: Request) async throws -> Response {
        let (record, set) = try await Self.find(req)
        let productSet = try Self.productSet(req, set)
        var fields = (try? req.query.decode([String: String].self)) ?? [:]
        let fragmentOnly = fields.removeValue(forKey: "phan") == "ket-qua"
        let (answers, facts) = SheetTrial.parse(fields)
        let outcome = SheetTrial.evaluate(productSet, in: set, answers: answers, facts: facts)
        let model = TrySheetModel(
            recordID: record.id!.uuidString, set: set, productSet: productSet, answers: answers, facts: facts,
            outcome: outcome, query: SheetTrial.query(answers, facts))
        if fragmentOnly {
            var headers = HTTPHeaders()
            headers.contentType = .html
            return Response(status: .ok, headers: headers, body: .init(string: TrySheetView.resultPanel(model).render()))
        }
        return TrySheetView.render(req.pageContext(title: "Thử chấm: \(productSet.name)"), model).response()
    }

    // MARK: - Shared with the editing controller

    static func find(_ req: Request) async throws -> (CriteriaSetRecord, CriteriaSet) {
        guard let id = req.parameters.get("id", as: UUID.self), let found = try await CriteriaStore.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "Không tìm thấy bộ tiêu chí.")
        }
        return found
    }

    static func productSet(_ req: Request, _ set: CriteriaSet) throws -> ProductSet {
        guard let code = req.parameters.get("productSet")?.removingPercentEncoding, let productSet = set.productSet(code: code) else {
            throw Abort(.notFound, reason: "Bộ tiêu chí này không có bộ sản phẩm đó.")
        }
        return productSet
    }

    static func detailModel(_ req: Request, _ record: CriteriaSetRecord, _ set: CriteriaSet) async throws -> CriteriaDetailModel {
        let scopeName: String
        if let province = record.provinceCode {
            scopeName = try await UnitDirectory.names(for: [province], on: req.db)[province] ?? province
        } else {
            scopeName = "Toàn quốc"
        }
        let canEdit = req.auth.get(CurrentUser.self).map {
            AccessPolicy().decide($0.grants, .editCriteria(provinceCode: record.provinceCode)).isAllowed
        } ?? false
        return CriteriaDetailModel(recordID: record.id!.uuidString, set: set, report: CriteriaSetValidator.validate(set),
                                   scopeName: scopeName, canEdit: canEdit, isEditable: record.isEditable,
                                   history: try await CriteriaChanges.history(of: record.code, on: req.db))
    }
}
