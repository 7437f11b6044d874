import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp

@Suite("Ảnh sản phẩm: kiểm tra theo nội dung, lưu theo SHA-256")
struct ProductPhotosTests {
    /// A PNG as far as its content goes: the signature, then bytes.
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: UInt8(7), count: 600))

    /// The demo representative `chuthe` and one of its producer's products.
    func ownProduct(_ app: Application) async throws -> ProductRecord {
        let grant = try #require(try await RoleAssignment.query(on: app.db).filter(\.$role == "producer").first())
        let producerID = try #require(grant.subjectID.flatMap(UUID.init(uuidString:)))
        return try #require(try await ProductRecord.query(on: app.db).filter(\.$producer.$id == producerID).first())
    }

    @Test("Chủ thể thêm ảnh PNG: lưu một lần, xem được; thêm lại thì báo đã có")
    func uploadAndServe() async throws {
        try await withTestApp { app in
            let product = try await ownProduct(app)
            let browser = Browser(app)
            try await browser.login("chuthe")
            try await browser.get(SiteURL.product(id: product.id!.uuidString).path)
            let uploaded = try await browser.upload(SiteURL.productPhotos(product: product.id!.uuidString).path, field: "photo",
                                                    filename: "ruou-nep.png", data: Self.png, contentType: "image/png")
            #expect(uploaded.status == .seeOther)
            let photo = try #require(try await ProductPhoto.query(on: app.db).with(\.$file).first())
            #expect(photo.file.sha256 == FileStore.sha256(Self.png))
            // Stored where FILE_STORE says: the folder on SQLite, the database on PostgreSQL (the defaults).
            if app.fileStore == .database {
                #expect(try await FileBlobs.bytes(of: photo.file.sha256, on: app.db) == Self.png)
            } else {
                #expect(FileManager.default.contents(atPath: FileStore.path(of: photo.file.sha256, in: app).path) == Self.png)
            }
            let served = try await browser.get(SiteURL.productPhoto(product: product.id!.uuidString, photo: photo.id!.uuidString).path)
            #expect(served.status == .ok)
            #expect(served.headers.first(name: .contentType) == "image/png")
            #expect(Data(buffer: served.body) == Self.png)
            let again = try await browser.upload(SiteURL.productPhotos(product: product.id!.uuidString).path, field: "photo",
                                                 filename: "lan-hai.png", data: Self.png, contentType: "image/png")
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("Ảnh này đã có trong sản phẩm."))
            #expect(try await StoredFile.query(on: app.db).count() == 1)

            let outsider = Browser(app)
            try await outsider.login("ankhanh")
            #expect(try await outsider.get(SiteURL.productPhoto(product: product.id!.uuidString, photo: photo.id!.uuidString).path).status == .forbidden)
        }
    }

    @Test("Thêm rồi gỡ ảnh: mỗi lần một mục nhật ký; tệp vẫn giữ, liên kết mất")
    func addAndRemoveAreAudited() async throws {
        try await withTestApp { app in
            let product = try await ownProduct(app)
            let browser = Browser(app)
            try await browser.login("chuthe")
            try await browser.get(SiteURL.product(id: product.id!.uuidString).path)
            let uploaded = try await browser.upload(SiteURL.productPhotos(product: product.id!.uuidString).path, field: "photo",
                                                    filename: "ruou-nep.png", data: Self.png, contentType: "image/png")
            #expect(uploaded.status == .seeOther)
            let sha = FileStore.sha256(Self.png)
            let added = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "product.photo").first())
            #expect(added.recordID == product.name)
            #expect(added.after == #"{"file":"ruou-nep.png","sha256":"\#(sha)"}"#)

            let photo = try #require(try await ProductPhoto.query(on: app.db).first())
            try await browser.get(SiteURL.product(id: product.id!.uuidString).path)
            let removed = try await browser.post(SiteURL.removeProductPhoto(product: product.id!.uuidString, photo: photo.id!.uuidString).path, [:])
            #expect(removed.status == .seeOther)
            #expect(try await ProductPhoto.query(on: app.db).count() == 0)
            #expect(try await StoredFile.query(on: app.db).count() == 1)
            let removal = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "product.photo-remove").first())
            #expect(removal.before == #"{"file":"ruou-nep.png","sha256":"\#(sha)"}"#)
            #expect(removal.after == nil)
        }
    }

    @Test("Tệp chạy đổi tên thành ảnh, PDF, tệp quá lớn: bị từ chối với lý do, không lưu gì", arguments: [
        ("anh.jpg", Data("MZ\u{90}\u{0}\u{3}\u{0}This program cannot be run in DOS mode".utf8)),
        ("anh.png", Data("%PDF-1.7\n1 0 obj\n".utf8)),
        ("to.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: UInt8(1), count: 5000))),
    ])
    func refusedUploads(filename: String, data: Data) async throws {
        try await withTestApp(adjust: { $0.uploadMaxBytes = 4000 }) { app in
            let product = try await ownProduct(app)
            let browser = Browser(app)
            try await browser.login("chuthe")
            try await browser.get(SiteURL.product(id: product.id!.uuidString).path)
            let response = try await browser.upload(SiteURL.productPhotos(product: product.id!.uuidString).path, field: "photo",
                                                    filename: filename, data: data)
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(#"id="photo-error""#))
            #expect(try await StoredFile.query(on: app.db).count() == 0)
            #expect(try await ProductPhoto.query(on: app.db).count() == 0)
        }
    }
}
