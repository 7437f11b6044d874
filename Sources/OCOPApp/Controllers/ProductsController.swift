import Fluent
import Vapor
import OCOPCore

/// Sản phẩm: the products of a producer, classified by a product set of a criteria set, with their
/// history of recognitions. Who may read or change one is the policy's answer for its producer. The
/// list is `ProductListController`.
struct ProductsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(RequireLoginMiddleware())
        signedIn.get(SiteURL.newProduct(producerID: ":id").route, use: newForm)
        signedIn.post(SiteURL.newProduct(producerID: ":id").route, use: create)
        signedIn.get(SiteURL.product(id: ":id").route, use: detail)
        signedIn.get(SiteURL.editProduct(id: ":id").route, use: editForm)
        signedIn.post(SiteURL.editProduct(id: ":id").route, use: update)
    }

    func newForm(req: Request) async throws -> Response {
        let producer = try await ProducersController.find(req)
        try req.authorize(.editProducer(id: producer.id!.uuidString, location: producer.location))
        let model = ProductFormModel(action: SiteURL.newProduct(producerID: producer.id!.uuidString).path, producerName: producer.name,
                                     isNew: true, input: .init(trademarkStatus: TrademarkStatus.none.rawValue))
        return try await renderForm(req, model, title: "Thêm sản phẩm", status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let producer = try await ProducersController.find(req)
        try req.authorize(.editProducer(id: producer.id!.uuidString, location: producer.location))
        let input = try req.content.decode(ProductService.Input.self)
        var model = ProductFormModel(action: SiteURL.newProduct(producerID: producer.id!.uuidString).path, producerName: producer.name,
                                     isNew: true, input: input)
        switch try await ProductService.check(input, on: req.db) {
        case .failure(let errors):
            model.errors = errors.messages
            return try await renderForm(req, model, title: "Thêm sản phẩm", status: .unprocessableEntity)
        case .success(let (entry, trademark)):
            let product = ProductRecord()
            ProductService.fill(product, input, entry, trademark, producer: producer)
            try await ProductService.save(product, before: nil, producer: producer, actor: try req.currentUser, on: req.db)
            req.flash("Đã thêm sản phẩm \(product.name).")
            return req.redirect(to: SiteURL.product(id: product.id!.uuidString).path)
        }
    }

    func detail(req: Request) async throws -> Response {
        let (product, producer) = try await findProduct(req)
        try req.authorize(.readProducer(id: producer.id!.uuidString, location: producer.location))
        return try await Self.renderDetail(req, product, producer, photoError: nil, status: .ok)
    }

    /// The product page, also shown by the photo controller with an upload's refusal.
    static func renderDetail(_ req: Request, _ product: ProductRecord, _ producer: ProducerRecord,
                             photoError: String?, status: HTTPStatus) async throws -> Response {
        let id = producer.id!.uuidString
        let recognitions = try await product.$recognitions.query(on: req.db).sort(\.$decisionDate, .descending).all()
        let photos = try await ProductPhoto.query(on: req.db).filter(\.$product.$id == product.id!).with(\.$file).sort(\.$createdAt).all()
        let today = CalendarDay.inVietnam(Date())
        var model = ProductDetailModel(
            id: product.id!.uuidString, producerID: id, producerName: producer.name,
            facts: [
                ("Bộ sản phẩm", product.productSetLabel()),
                ("Bộ tiêu chí", product.criteriaSetCode),
                ("Mô tả", product.summary.isEmpty ? "—" : product.summary),
                ("Vùng nguyên liệu", product.rawMaterialArea.isEmpty ? "—" : product.rawMaterialArea),
                ("Bao bì, nhãn mác", product.packaging.isEmpty ? "—" : product.packaging),
                ("Nhãn hiệu", product.trademark.title),
            ],
            recognitions: recognitions.compactMap(\.recognition).map { r in
                .init(star: r.star.description, decisionNumber: r.decisionNumber, decisionDate: r.decisionDay.vietnamese,
                      expiryDate: r.expiryDay.vietnamese, issuer: r.issuer.title, isValid: r.isValid(on: today))
            },
            mayEdit: AccessPolicy().decide(try req.currentUser.grants, .editProducer(id: id, location: producer.location)).isAllowed,
            photos: photos.map { ($0.id!.uuidString, $0.file.fileName) },
            photoError: photoError)
        model.reEvaluation = try await ReEvaluationFiling.productNote(product, on: req.db)
        model.mayPrepareDossier = AccessPolicy().decide(try req.currentUser.grants, .prepareDossier(producerID: id, location: producer.location)).isAllowed
        // Whoever may read the product may read its dossiers (same producer, same unit).
        let dossiers = try await DossierRecord.query(on: req.db).filter(\.$product.$id == product.id!).with(\.$round)
            .sort(\.$createdAt, .descending).all()
        let outcomes = try await DossierOutcome.of(dossiers.compactMap(\.id), on: req.db)
        model.dossiers = dossiers.map { ($0.id!.uuidString, $0.round.name, $0.dossierKind.title, outcomes[$0.id!]?.title ?? $0.dossierState.title) }
        return ProductDetailView.render(req.pageContext(title: product.name), model).response(status: status)
    }

    func editForm(req: Request) async throws -> Response {
        let (product, producer) = try await editableProduct(req)
        var model = ProductFormModel(action: SiteURL.editProduct(id: product.id!.uuidString).path, producerName: producer.name, isNew: false,
                                     input: .init(name: product.name, productSet: "\(product.criteriaSetCode)|\(product.productSetCode)",
                                                  description: product.summary, rawMaterialArea: product.rawMaterialArea,
                                                  packaging: product.packaging, trademarkStatus: product.trademark.rawValue))
        model.currentProductSet = "\(product.criteriaSetCode)|\(product.productSetCode)"
        return try await renderForm(req, model, title: "Sửa: \(product.name)", status: .ok)
    }

    func update(req: Request) async throws -> Response {
        let (product, producer) = try await editableProduct(req)
        let input = try req.content.decode(ProductService.Input.self)
        var model = ProductFormModel(action: SiteURL.editProduct(id: product.id!.uuidString).path, producerName: producer.name, isNew: false, input: input)
        let current = "\(product.criteriaSetCode)|\(product.productSetCode)"
        model.currentProductSet = current
        switch try await ProductService.check(input, keeping: current, on: req.db) {
        case .failure(let errors):
            model.errors = errors.messages
            return try await renderForm(req, model, title: "Sửa: \(product.name)", status: .unprocessableEntity)
        case .success(let (entry, trademark)):
            let before = ProductService.Snapshot(product)
            ProductService.fill(product, input, entry, trademark, producer: producer)
            try await ProductService.save(product, before: before, producer: producer, actor: try req.currentUser, on: req.db)
            req.flash("Đã lưu sản phẩm.")
            return req.redirect(to: SiteURL.product(id: product.id!.uuidString).path)
        }
    }

    // MARK: - Helpers

    /// "3★ — hết hạn 28/12/2025", or "Chưa công nhận".
    static func latestRecognition(_ records: [RecognitionRecord], today: CalendarDay = .inVietnam(Date())) -> String {
        guard let latest = records.compactMap(\.recognition).max(by: { $0.decisionDay < $1.decisionDay }) else { return "Chưa công nhận" }
        let valid = latest.isValid(on: today)
        return "\(latest.star) — \(valid ? "còn hiệu lực đến" : "hết hạn") \(latest.expiryDay.vietnamese)"
    }

    private func findProduct(_ req: Request) async throws -> (ProductRecord, ProducerRecord) {
        guard let id = req.parameters.get("id", as: UUID.self),
              let product = try await ProductRecord.query(on: req.db).filter(\.$id == id).with(\.$producer).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy sản phẩm.")
        }
        return (product, product.producer)
    }

    private func editableProduct(_ req: Request) async throws -> (ProductRecord, ProducerRecord) {
        let (product, producer) = try await findProduct(req)
        try req.authorize(.editProducer(id: producer.id!.uuidString, location: producer.location))
        return (product, producer)
    }

    private func renderForm(_ req: Request, _ model: ProductFormModel, title: String, status: HTTPStatus) async throws -> Response {
        var model = model
        // A sheet that cannot be scored is not offered, except the product's own (its label says why).
        model.productSetChoices = try await ProductSetCatalog.entries(on: req.db)
            .filter { $0.isUsable || $0.value == model.currentProductSet }
            .map { ($0.value, $0.isUsable ? $0.label : $0.label + " (đang có lỗi, chưa chấm điểm được)") }
        return ProductFormView.render(req.pageContext(title: title), model).response(status: status)
    }
}
