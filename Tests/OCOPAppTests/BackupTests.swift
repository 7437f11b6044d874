import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
import OCOPCore

/// `ocop backup` and `ocop restore` round-trip every table and the file store, on both engines.
@Suite("Sao lưu và phục hồi")
struct BackupTests {
    @Test("Sao lưu rồi phục hồi: mọi bảng đủ dòng, tệp còn đọc được; không ghi đè dữ liệu khi thiếu --force")
    func roundTrip() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-backup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var before: [String: Int] = [:]
        var storedFile = ""
        try await withTestApp { app in
            // A file in the store, so that the files are part of the round trip.
            let tests = DossiersTests()
            let (producer, dossier) = try await tests.producerWithDossier(app)
            #expect(try await tests.upload(producer, dossier, code: 1).status == .seeOther)
            storedFile = try #require(try await StoredFile.query(on: app.db).first()).sha256

            let manifest = try await Backup.make(app, into: folder)
            before = try await Backup.rowCounts(app.db as! any SQLDatabase, app)
            #expect(manifest.rows == before)
            #expect(manifest.rows["user_accounts", default: 0] > 0)
            #expect(manifest.rows["stored_files"] == 1)
            await #expect(throws: Backup.Refusal.self) { try await Backup.make(app, into: folder) }

            // Something happens after the backup; a restore without --force is refused, with it the backup wins.
            try await AccountService.create(.init(username: "sau.sao.luu", fullName: "Sau Sao Lưu", email: nil, password: DemoData.password,
                                                  grants: [RoleGrant(role: .councilMember, location: .province(DemoData.haiPhong))],
                                                  mustChangePassword: false), actor: nil, on: app, database: app.db)
            await #expect(throws: Backup.Refusal.self) { try await Backup.restore(app, from: folder, force: false) }
            if runsOnPostgres {
                _ = try await Backup.restore(app, from: folder, force: true)
                #expect(try await Backup.rowCounts(app.db as! any SQLDatabase, app) == before)
                #expect(try await UserAccount.query(on: app.db).filter(\.$username == "sau.sao.luu").count() == 0)
                let file = try #require(try await StoredFile.query(on: app.db).first())
                #expect(try await FileStore.read(file, on: app).starts(with: Data("%PDF".utf8)))
            }
        }
        guard !runsOnPostgres else { return }
        // SQLite: restored into a new, empty data folder (no --force needed), then opened as the site would be.
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-restored-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: target) }
        let restorer = try await Application.make(.testing)
        try configure(restorer, settings: AppSettings(dataDirectory: target, bcryptCost: 4))
        _ = try await Backup.restore(restorer, from: folder, force: false)
        try await restorer.asyncShutdown()
        let app = try await Application.make(.testing)
        try configure(app, settings: AppSettings(dataDirectory: target, bcryptCost: 4))
        #expect(try await Backup.rowCounts(app.db as! any SQLDatabase, app) == before)
        #expect(try await UserAccount.query(on: app.db).filter(\.$username == "sau.sao.luu").count() == 0)
        #expect(FileManager.default.fileExists(atPath: FileStore.path(of: storedFile, in: app).path))
        try await app.asyncShutdown()
    }
}
