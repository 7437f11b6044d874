import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
import OCOPCore

/// The file store in the database (`FILE_STORE=database`, issue 10 item 7), on both engines: what
/// one instance stores, any instance reads; the guarantees of `FileStore` hold as with the folder.
@Suite("Kho tệp trong cơ sở dữ liệu")
struct FileStoreTests {
    static let policy = UploadPolicy(maxBytes: 1_048_576)

    /// A PDF of its own for each test, so that a blob found was stored by that test.
    static func pdf() -> Data { Data("%PDF-1.7\n% \(UUID().uuidString)\n".utf8) + Data(repeating: 0x20, count: 3000) }

    static func accept(_ data: Data, _ app: Application) async throws -> StoredFile {
        return try await FileStore.accept(data, fileName: "giay-phep.pdf", policy: policy, uploadedBy: "kiểm thử", on: app).get()
    }

    static func blobCount(_ sha256: String, _ app: Application) async throws -> Int {
        try await FileBlob.query(on: app.db).filter(\.$id == sha256).count()
    }

    @Test("Tải lên rồi đọc lại đúng từng byte; không ghi gì vào thư mục tệp")
    func roundTrip() async throws {
        try await withTestApp(adjust: { $0.fileStoreSetting = "database" }) { app in
            #expect(app.fileStore == .database)
            let data = Self.pdf()
            let file = try await Self.accept(data, app)
            try await file.create(on: app.db)
            let reread = try #require(try await StoredFile.find(file.id, on: app.db))
            #expect(try await FileStore.read(reread, on: app) == data)
            #expect(!FileManager.default.fileExists(atPath: FileStore.directory(app).path))
        }
    }

    @Test("Cùng nội dung tải lên hai lần (cả cùng lúc): một dòng nội dung, hai dòng tệp")
    func sameBytesStoredOnce() async throws {
        try await withTestApp(adjust: { $0.fileStoreSetting = "database" }) { app in
            let data = Self.pdf()
            async let first = Self.accept(data, app)
            async let second = Self.accept(data, app)
            let files = try await [first, second]
            for file in files { try await file.create(on: app.db) }
            #expect(files[0].sha256 == files[1].sha256)
            #expect(try await Self.blobCount(files[0].sha256, app) == 1)
            #expect(try await StoredFile.query(on: app.db).filter(\.$sha256 == files[0].sha256).count() == 2)
        }
    }

    @Test("Giao dịch của người gọi thất bại: không còn dòng tệp; nội dung đã lưu trước, dùng lại được")
    func failedTransactionLeavesNoRow() async throws {
        struct Refused: Error {}
        try await withTestApp(adjust: { $0.fileStoreSetting = "database" }) { app in
            let data = Self.pdf()
            let file = try await Self.accept(data, app)
            await #expect(throws: Refused.self) {
                try await app.db.transaction { db in
                    try await file.create(on: db)
                    throw Refused()
                }
            }
            #expect(try await StoredFile.query(on: app.db).filter(\.$sha256 == file.sha256).count() == 0)
            #expect(try await Self.blobCount(file.sha256, app) == 1)
            let again = try await Self.accept(data, app)
            try await again.create(on: app.db)
            #expect(try await FileStore.read(again, on: app) == data)
        }
    }

    @Test("Mặc định: cơ sở dữ liệu trên PostgreSQL, thư mục trên SQLite; giá trị lạ bị từ chối khi khởi động")
    func settingIsChecked() async throws {
        try await withTestApp { app in
            #expect(app.fileStore == (runsOnPostgres ? .database : .directory))
        }
        var settings = AppSettings(dataDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("ocop-fs-\(UUID().uuidString)").path)
        settings.fileStoreSetting = "s3"
        let app = try await Application.make(.testing)
        #expect(throws: DatabaseUnavailable.self) { try configure(app, settings: settings) }
        try await app.asyncShutdown()
    }

    @Test("Chuyển sang kho cơ sở dữ liệu: tệp đã lưu trong thư mục được chuyển vào bảng khi khởi động")
    func directoryFilesAreImported() async throws {
        try await withTestApp(adjust: { $0.fileStoreSetting = "directory" }) { app in
            let data = Self.pdf()
            let file = try await Self.accept(data, app)
            try await file.create(on: app.db)
            #expect(try await Self.blobCount(file.sha256, app) == 0)

            var settings = app.settings
            settings.fileStoreSetting = "database"
            let next = try await Application.make(.testing)
            do {
                try configure(next, settings: settings)
                try await prepareDatabase(next)
                #expect(try await Self.blobCount(file.sha256, next) == 1)
                #expect(try await FileStore.read(file, on: next) == data)
                #expect(FileManager.default.fileExists(atPath: FileStore.directory(next).appendingPathComponent(".imported-to-database").path),
                        "later starts do not list every stored file again")
                #expect(try await FileBlobs.importDirectory(next) == 0)
            } catch {
                try? await next.asyncShutdown()
                throw error
            }
            try await next.asyncShutdown()
        }
    }
}
