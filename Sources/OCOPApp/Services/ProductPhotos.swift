import Fluent
import Foundation
import OCOPCore
import Vapor

/// Ảnh sản phẩm: a product's photos. Only JPEG and PNG, checked by content; the same photo is
/// stored once per product; a removed photo's file stays (history), its link goes. The file's row,
/// the link and the audit entry land together (`RecordedChange`).
enum ProductPhotos {
    static let photoTypes: Set<UploadContentType> = [.jpeg, .png]

    /// Adds the photo `data` to `product`, or says why not (already there, or the upload's check).
    static func add(_ data: Data, fileName: String, to product: ProductRecord, of producer: ProducerRecord, actor: CurrentUser,
                    store app: Application, on db: Database) async throws -> Result<StoredFile, Refusal> {
        let productID = product.id!
        let duplicate = try await ProductPhoto.query(on: db).filter(\.$product.$id == productID)
            .join(StoredFile.self, on: \ProductPhoto.$file.$id == \StoredFile.$id)
            .filter(StoredFile.self, \.$sha256 == FileStore.sha256(data)).first()
        if duplicate != nil { return .failure(Refusal(.content, "Ảnh này đã có trong sản phẩm.")) }
        let policy = UploadPolicy(maxBytes: app.settings.uploadMaxBytes, allowedTypes: photoTypes)
        let stored: StoredFile
        switch try await FileStore.accept(data, fileName: fileName, policy: policy, uploadedBy: actor.label, on: app) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let file): stored = file
        }
        let audit = RecordedChange.Audit(action: "product.photo", recordType: "product", recordID: product.name, location: producer.location,
                                         after: ["file": stored.fileName, "sha256": stored.sha256])
        return try await RecordedChange.commit(actor: actor, on: db) { tx in
            try await stored.create(on: tx)
            let photo = ProductPhoto()
            photo.$product.id = productID
            photo.$file.id = stored.id!
            try await photo.create(on: tx)
            return RecordedChange.Done(value: stored, audit: audit)
        }
    }

    /// Takes `photo` off `product`; returns its file (kept) for the message.
    static func remove(_ photo: ProductPhoto, from product: ProductRecord, of producer: ProducerRecord, actor: CurrentUser,
                       on db: Database) async throws -> StoredFile {
        let file = try await photo.$file.get(on: db)
        let audit = RecordedChange.Audit(action: "product.photo-remove", recordType: "product", recordID: product.name,
                                         location: producer.location, before: ["file": file.fileName, "sha256": file.sha256])
        return try await RecordedChange.commit(actor: actor, on: db) { tx in
            try await photo.delete(on: tx)
            return RecordedChange.Done(value: file, audit: audit)
        }.get()
    }
}
