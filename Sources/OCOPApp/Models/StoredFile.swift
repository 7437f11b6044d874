import Fluent
import Foundation

/// Tệp đã lưu: the metadata of an uploaded file. The bytes live in `file_blobs` or under
/// DATA_DIR/files (`FILE_STORE`, see `FileStore`), keyed by their SHA-256, so the same content is
/// stored once and never overwritten.
final class StoredFile: Model, @unchecked Sendable {
    static let schema = "stored_files"

    @ID(key: .id) var id: UUID?
    @Field(key: "sha256") var sha256: String
    @Field(key: "size") var size: Int
    /// The type recognised from the content (`UploadContentType`), never the name's extension.
    @Field(key: "content_type") var contentType: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "uploaded_by") var uploadedBy: String
    @Timestamp(key: "uploaded_at", on: .create) var uploadedAt: Date?

    init() {}
}

/// Ảnh sản phẩm: a photo of a product, pointing at a stored file.
final class ProductPhoto: Model, @unchecked Sendable {
    static let schema = "product_photos"

    @ID(key: .id) var id: UUID?
    @Parent(key: "product_id") var product: ProductRecord
    @Parent(key: "file_id") var file: StoredFile
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
