import Vapor

/// `ocop backup DIR`: the database (SQLite `VACUUM INTO`, or `pg_dump`) and the uploaded files, into
/// an empty folder, with a manifest of every table's row count. Safe while the site is serving.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "folder", help: "Thư mục trống để ghi bản sao lưu")
        var folder: String
    }

    var help: String { "Sao lưu cơ sở dữ liệu và các tệp đã tải lên vào một thư mục trống." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let manifest = try await Backup.make(context.application, into: URL(fileURLWithPath: signature.folder))
        context.console.print("Đã sao lưu \(manifest.rows.count) bảng, \(manifest.rows.values.reduce(0, +)) dòng, vào \(signature.folder).")
    }
}

/// `ocop restore DIR [--force]`: puts a backup back. Refuses a database that holds accounts unless
/// `--force`. With SQLite, stop the site first: the database file is replaced.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "folder", help: "Thư mục của bản sao lưu")
        var folder: String
        @Flag(name: "force", help: "Ghi đè cơ sở dữ liệu đang có dữ liệu")
        var force: Bool
    }

    var help: String { "Phục hồi cơ sở dữ liệu và các tệp từ một bản sao lưu." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let manifest = try await Backup.restore(context.application, from: URL(fileURLWithPath: signature.folder), force: signature.force)
        context.console.print("Đã phục hồi bản sao lưu ngày \(manifest.createdAt) (\(manifest.rows.values.reduce(0, +)) dòng).")
    }
}
