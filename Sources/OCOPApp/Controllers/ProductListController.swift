import Fluent
import Vapor
import OCOPCore

/// Danh sách sản phẩm: the products of the reader's scope (a representative's own), found by the
/// product's or producer's name, narrowed by province, commune and product set, in pages of 50 (the
/// country holds some 18,000), and exported whole.
struct ProductListController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.products.route, use: list)
        for format in ListExport.Format.allCases {
            signedIn.get(SiteURL.productExport(format: format).route) { try await export(req: $0, format: format) }
        }
    }

    func list(req: Request) async throws -> Response {
        let scope = try req.listScope(.products)
        let filter = ProductListFilter(req)
        let page = max(1, (try? req.query.get(Int.self, at: "trang")) ?? 1)
        let query = filter.sorted(filter.narrow(ScopedList.narrow(ProductRecord.query(on: req.db), to: scope)))
            .with(\.$producer).with(\.$recognitions)
        let result = try await query.paginate(PageRequest(page: page, per: 50))
        var model = ProductListModel(filter: filter, rows: try await Self.rows(result.items, on: req.db), page: page,
                                     pageCount: max(1, result.metadata.pageCount), total: result.metadata.total)
        model.units = try await ScopeUnitChoices.load(scope: scope, chosenProvince: filter.province, on: req.db)
        if scope.reachesUnits {
            model.productSets = try await ScopeUnitChoices.productSetNames(scope: scope, on: req.db)
        }
        let represented = scope.producerIDs.compactMap(UUID.init(uuidString:))
        if !represented.isEmpty {
            model.ownProducers = try await ProducerRecord.query(on: req.db).filter(\.$id ~~ represented).sort(\.$name).all()
                .map { ($0.id!.uuidString, $0.name) }
        }
        return ProductListView.render(req.pageContext(title: scope.reachesUnits ? "Sản phẩm" : "Sản phẩm của tôi"), model).response()
    }

    /// Every product the filter finds, not only the page shown.
    func export(req: Request, format: ListExport.Format) async throws -> Response {
        let scope = try req.listScope(.products)
        let filter = ProductListFilter(req)
        let products = try await filter.sorted(filter.narrow(ScopedList.narrow(ProductRecord.query(on: req.db), to: scope)))
            .with(\.$producer).with(\.$recognitions).range(..<ListExport.maxRows).all()
        let rows = try await Self.rows(products, on: req.db)
        let table = [ProductListModel.exportHeader] + rows.enumerated().map { index, row in
            [String(index + 1), row.name, row.producerName, row.commune, row.province, row.productSet, row.trademark, row.latestStar]
        }
        return try ListExport.response(table, sheetName: "Sản phẩm", fileStem: "danh-sach-san-pham", format: format, day: .inVietnam(Date()))
    }

    /// The rows of the page and of the export, with the loaded producer and recognitions.
    static func rows(_ products: [ProductRecord], on db: Database) async throws -> [ProductListModel.Row] {
        let names = try await UnitDirectory.names(for: products.map(\.communeCode) + products.map(\.provinceCode), on: db)
        let today = CalendarDay.inVietnam(Date())
        return products.map { p in
            ProductListModel.Row(id: p.id!.uuidString, name: p.name, producerID: p.producer.id!.uuidString, producerName: p.producer.name,
                                 productSet: p.productSetLabel(),
                                 latestStar: ProductsController.latestRecognition(p.recognitions, today: today),
                                 commune: names[p.communeCode] ?? p.communeCode, province: names[p.provinceCode] ?? p.provinceCode,
                                 trademark: p.trademark.title)
        }
    }
}
