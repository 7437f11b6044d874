import Fluent
import Vapor
import OCOPCore

/// Ảnh sản phẩm: a producer or its commune adds photos to a product and takes them off; the checks
/// and the records are `ProductPhotos`'.
struct ProductPhotosController: RouteCollection {
    let uploadBodyLimit: Int

    func boot(routes: any RoutesBuilder) throws {
        let photos = routes.grouped(RequireLoginMiddleware())
        photos.upload(SiteURL.productPhotos(product: ":id").route, limit: uploadBodyLimit, use: upload)
        photos.get(SiteURL.productPhoto(product: ":id", photo: ":photo").route, use: show)
        photos.post(SiteURL.removeProductPhoto(product: ":id", photo: ":photo").route, use: remove)
    }

    func upload(req: Request) async throws -> Response {
        let (product, producer) = try await product(req)
        try req.authorize(.editProducer(id: producer.id!.uuidString, location: producer.location))
        let user = try req.currentUser
        guard let file = try req.multipartForm().file(named: "photo"), file.data.readableBytes > 0 else {
            return try await ProductsController.renderDetail(req, product, producer, photoError: "Vui lòng chọn một ảnh.", status: .unprocessableEntity)
        }
        switch try await ProductPhotos.add(Data(buffer: file.data), fileName: file.filename, to: product, of: producer, actor: user,
                                           store: req.application, on: req.db) {
        case .failure(let refusal):
            return try await ProductsController.renderDetail(req, product, producer, photoError: refusal.message, status: .unprocessableEntity)
        case .success(let stored):
            req.flash("Đã thêm ảnh \(stored.fileName).")
            return req.redirect(to: SiteURL.product(id: product.id!.uuidString).path)
        }
    }

    func show(req: Request) async throws -> Response {
        let (product, producer) = try await product(req)
        try req.authorize(.readProducer(id: producer.id!.uuidString, location: producer.location))
        let photo = try await photo(req, of: product)
        let file = try await photo.$file.get(on: req.db)
        let response = Response(status: .ok, body: .init(data: try await FileStore.read(file, on: req.application)))
        response.headers.replaceOrAdd(name: .contentType, value: UploadContentType(rawValue: file.contentType)?.mimeType ?? "application/octet-stream")
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=86400")
        return response
    }

    func remove(req: Request) async throws -> Response {
        let (product, producer) = try await product(req)
        try req.authorize(.editProducer(id: producer.id!.uuidString, location: producer.location))
        let photo = try await photo(req, of: product)
        let file = try await ProductPhotos.remove(photo, from: product, of: producer, actor: try req.currentUser, on: req.db)
        req.flash("Đã gỡ ảnh \(file.fileName).")
        return req.redirect(to: SiteURL.product(id: product.id!.uuidString).path)
    }

    private func product(_ req: Request) async throws -> (ProductRecord, ProducerRecord) {
        guard let id = req.parameters.get("id", as: UUID.self),
              let product = try await ProductRecord.query(on: req.db).filter(\.$id == id).with(\.$producer).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy sản phẩm.")
        }
        return (product, product.producer)
    }

    private func photo(_ req: Request, of product: ProductRecord) async throws -> ProductPhoto {
        guard let id = req.parameters.get("photo", as: UUID.self),
              let photo = try await ProductPhoto.query(on: req.db).filter(\.$id == id).filter(\.$product.$id == product.id!).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy ảnh.")
        }
        return photo
    }
}
