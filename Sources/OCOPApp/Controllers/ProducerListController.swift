import Fluent
import Vapor
import OCOPCore

/// Danh sách chủ thể: the producers of the reader's scope, found by name, tax code or
/// representative, narrowed by province, commune and state, in pages of 50 (a province holds
/// thousands), and exported whole as the workbook provinces keep.
struct ProducerListController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.producers.route, use: list)
        for format in ListExport.Format.allCases {
            signedIn.get(SiteURL.producerExport(format: format).route) { try await export(req: $0, format: format) }
        }
    }

    func list(req: Request) async throws -> Response {
        let user = try req.currentUser
        let scope = try req.listScope(.producers)
        let filter = ProducerListFilter(req)
        let page = max(1, (try? req.query.get(Int.self, at: "trang")) ?? 1)
        let query = filter.sorted(filter.narrow(ScopedList.narrow(ProducerRecord.query(on: req.db), to: scope)))
        let result = try await query.paginate(PageRequest(page: page, per: 50))
        let rows = try await Self.rows(result.items, on: req.db)
        let policy = AccessPolicy()
        let pending = zip(result.items, rows).filter { producer, _ in
            producer.producerStatus == .pending && policy.decide(user.grants, .reviewProducerSignUp(producer.location)).isAllowed
        }.map { $0.1 }
        let mayCreate = policy.decide(user.grants, .createProducer(ProducersController.ownCommune(user) ?? .nation)).isAllowed
        var model = ProducerListModel(filter: filter, rows: rows.filter { row in !pending.contains { $0.id == row.id } },
                                      pending: pending, mayCreate: mayCreate)
        model.units = try await ScopeUnitChoices.load(scope: scope, chosenProvince: filter.province, on: req.db)
        model.page = page
        model.pageCount = max(1, result.metadata.pageCount)
        model.total = result.metadata.total
        return ProducerListView.render(req.pageContext(title: "Chủ thể OCOP"), model).response()
    }

    /// Every producer the filter finds, not only the page shown.
    func export(req: Request, format: ListExport.Format) async throws -> Response {
        let scope = try req.listScope(.producers)
        let filter = ProducerListFilter(req)
        let producers = try await filter.sorted(filter.narrow(ScopedList.narrow(ProducerRecord.query(on: req.db), to: scope)))
            .range(..<ListExport.maxRows).all()
        let rows = try await Self.rows(producers, on: req.db)
        let table = [ProducerListModel.exportHeader] + rows.enumerated().map { index, row in
            [String(index + 1), row.name, row.legalForm, row.taxCode, row.representative, row.address, row.commune, row.province,
             row.phone, row.email, String(row.productCount), row.status.title]
        }
        return try ListExport.response(table, sheetName: "Chủ thể", fileStem: "danh-sach-chu-the", format: format, day: .inVietnam(Date()))
    }

    /// The rows of the page and of the export, with unit names and the number of products (one
    /// column of the products, not every product row).
    static func rows(_ producers: [ProducerRecord], on db: Database) async throws -> [ProducerListModel.Row] {
        let names = try await UnitDirectory.names(for: producers.map(\.communeCode) + producers.map(\.provinceCode), on: db)
        var productCounts: [UUID: Int] = [:]
        let ids = producers.compactMap(\.id)
        // Chunks keep the IN list inside every engine's limit on a national export.
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            for id in try await ProductRecord.query(on: db).filter(\.$producer.$id ~~ chunk).all(\.$producer.$id) {
                productCounts[id, default: 0] += 1
            }
        }
        return producers.map { p in
            ProducerListModel.Row(id: p.id!.uuidString, name: p.name, legalForm: p.legalFormTitle, taxCode: p.taxCode,
                                  representative: p.representativeName, commune: names[p.communeCode] ?? p.communeCode,
                                  status: p.producerStatus, productCount: productCounts[p.id!] ?? 0, address: p.address,
                                  province: names[p.provinceCode] ?? p.provinceCode, phone: p.phone ?? "", email: p.email ?? "")
        }
    }
}
