import Fluent
import Vapor
import OCOPCore

/// Ảnh sản phẩm: photos a producer or its commune adds to a product. Only JPEG and PNG, checked by
/// content; the same photo is stored once; a removed photo's file stays (history), its link goes.
struct ProductPhotosController: RouteCollection {
    let uploadBodyLimit: Int
    static let photoTypes: Set<UploadContentType> = [.jpeg, .png]

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
        let data = Data(buffer: file.data)
        let duplicate = try await ProductPhoto.query(on: req.db).filter(\.$product.$id == product.id!)
            .join(StoredFile.self, on: \ProductPhoto.$file.$id == \StoredFile.$id)
            .filter(StoredFile.self, \.$sha256 == FileStore.sha256(data)).first()
        if duplicate != nil {
            return try await ProductsController.renderDetail(req, product, producer, photoError: "Ảnh này đã có trong sản phẩm.", status: .unprocessableEntity)
        }
        let policy = UploadPolicy(maxBytes: req.application.settings.uploadMaxBytes, allowedTypes: Self.photoTypes)
        let stored = try await FileStore.accept(data, fileName: file.filename, policy: policy, uploadedBy: user.label, on: req.application)
        switch stored {
        case .failure(let refusal):
            return try await ProductsController.renderDetail(req, product, producer, photoError: refusal.message, status: .unprocessableEntity)
        case .success(let storedFile):
            try await req.db.transaction { db in
                try await storedFile.create(on: db)
                let photo = ProductPhoto()
                photo.$product.id = product.id!
                photo.$file.id = storedFile.id!
                try await photo.create(on: db)
                try await AuditLog.record(on: db, actor: user, action: "product.photo", recordType: "product", recordID: product.name,
                                          location: producer.location, after: ["file": storedFile.fileName, "sha256": storedFile.sha256])
            }
            req.flash("Đã thêm ảnh \(storedFile.fileName).")
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
        let file = try await photo.$file.get(on: req.db)
        try await req.db.transaction { db in
            try await photo.delete(on: db)
            try await AuditLog.record(on: db, actor: try req.currentUser, action: "product.photo-remove", recordType: "product",
                                      recordID: product.name, location: producer.location,
                                      before: ["file": file.fileName, "sha256": file.sha256])
        }
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
