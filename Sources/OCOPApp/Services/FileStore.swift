import Crypto
import Fluent
import Foundation
import OCOPCore
import Vapor

/// Where uploaded bytes live (`FILE_STORE`). `database`: in the table `file_blobs`, so that every
/// instance of the site behind a load balancer reads every file (and a backup of the database holds
/// them); `directory`: under DATA_DIR/files, one file per content, as before issue 10.
enum FileStoreKind: String, Sendable {
    case database, directory
}

/// Kho tệp: uploads checked by content and size (`UploadPolicy`), stored once by SHA-256, in the
/// database (`FileBlobs`) or under DATA_DIR/files/<first two hex>/<sha256> (atomically: temporary
/// file, then rename). Either way the bytes are stored before the metadata row and outside the
/// caller's transaction, so a crash mid-write leaves at most unreferenced bytes, never a row pointing
/// at half a file. The row is created by the caller in the same transaction as the record that uses
/// it, so a request that fails leaves no orphan row (issue 9: 48 concurrent uploads once left 18 rows
/// behind); unreferenced bytes are harmless and reused by the next same upload (an identical upload
/// is an insert that ignores the conflict on sha256, or a file that already exists).
enum FileStore {
    static func directory(_ app: Application) -> URL {
        URL(fileURLWithPath: app.settings.dataDirectory).appendingPathComponent("files")
    }

    static func path(of sha256: String, in app: Application) -> URL {
        directory(app).appendingPathComponent(String(sha256.prefix(2))).appendingPathComponent(sha256)
    }

    /// Writes `data` if the policy accepts it and returns its row, not yet saved (with its id), for
    /// the caller to create in its transaction; the refusal carries the Vietnamese message to show.
    static func accept(_ data: Data, fileName: String, policy: UploadPolicy, uploadedBy: String,
                       on app: Application) async throws -> Result<StoredFile, Refusal> {
        let accepted: AcceptedUpload
        switch policy.check(data, fileName: fileName) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let upload): accepted = upload
        }
        let sha = sha256(data)
        switch app.fileStore {
        case .database:
            try await FileBlobs.store(data, sha256: sha, on: app.db)
        case .directory:
            let target = path(of: sha, in: app)
            if !FileManager.default.fileExists(atPath: target.path) {
                try await app.threadPool.runIfActive {
                    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try data.write(to: target, options: .atomic)
                }
            }
        }
        let file = StoredFile()
        file.id = UUID()
        file.sha256 = sha
        file.size = data.count
        file.contentType = accepted.contentType.rawValue
        file.fileName = accepted.fileName
        file.uploadedBy = uploadedBy
        return .success(file)
    }

    /// A stored file as a response: its bytes, its checked type's MIME type, and its name for the
    /// browser, to save (`attachment`) or to show in the page (`inline`: photos).
    static func response(_ file: StoredFile, on app: Application, disposition: HTTPHeaders.ContentDisposition.Value = .attachment) async throws -> Response {
        let response = Response(status: .ok, body: .init(data: try await read(file, on: app)))
        response.headers.replaceOrAdd(name: .contentType, value: UploadContentType(rawValue: file.contentType)?.mimeType ?? "application/octet-stream")
        response.headers.contentDisposition = .init(disposition, filename: file.fileName)
        return response
    }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    static func read(_ file: StoredFile, on app: Application) async throws -> Data {
        switch app.fileStore {
        case .database:
            guard let bytes = try await FileBlobs.bytes(of: file.sha256, on: app.db) else {
                throw Abort(.notFound, reason: "Không tìm thấy nội dung của tệp \(file.fileName).")
            }
            return bytes
        case .directory:
            let url = path(of: file.sha256, in: app)
            return try await app.threadPool.runIfActive { try Data(contentsOf: url) }
        }
    }
}

extension Application {
    private struct FileStoreKey: StorageKey { typealias Value = FileStoreKind }

    /// The file store chosen by `configure` from `FILE_STORE` (validated there, so never a guess here).
    var fileStore: FileStoreKind {
        get { storage[FileStoreKey.self] ?? .directory }
        set { storage[FileStoreKey.self] = newValue }
    }
}
