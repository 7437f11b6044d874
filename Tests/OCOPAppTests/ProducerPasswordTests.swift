import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 12, "password can be reset … by the commune officer": a representative who forgot their
/// password gets a temporary one from their commune's officer, on the producer's page.
@Suite("Đặt lại mật khẩu người đại diện: cán bộ xã của chủ thể, chỉ tài khoản người đại diện")
struct ProducerPasswordTests {
    /// The demo producer that `chuthe` represents, and the reset form's address.
    func chutheProducer(_ app: Application) async throws -> (ProducerRecord, String) {
        let account = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "chuthe").with(\.$assignments).first())
        let producerID = try #require(account.assignments.compactMap(\.grant).first { $0.role == .producerRepresentative }?.subjectID)
        let producer = try #require(try await ProducerRecord.find(UUID(uuidString: producerID), on: app.db))
        return (producer, SiteURL.producerAction(id: producerID, action: "dat-lai-mat-khau").path)
    }

    @Test("Mật khẩu ngắn bị từ chối, nêu lý do cạnh ô; đặt được thì người đại diện phải đổi khi đăng nhập, có nhật ký")
    func communeOfficerResets() async throws {
        try await withTestApp { app in
            let (producer, resetPath) = try await chutheProducer(app)
            let officer = Browser(app)
            try await officer.login("vietkhe")
            let page = try await officer.get(SiteURL.producer(id: producer.id!.uuidString).path)
            #expect(page.body.string.contains(#"<form action="\#(resetPath)" method="post">"#))
            #expect(page.body.string.contains(#"id="reset-chuthe""#))

            let short = try await officer.post(resetPath, ["username": "chuthe", "password": "ngan"])
            #expect(short.status == .unprocessableEntity)
            #expect(short.body.string.contains(#"<details class="reset-password" open>"#))
            #expect(short.body.string.contains("Mật khẩu phải có ít nhất 10 ký tự."))
            let unknown = try await officer.post(resetPath, ["username": "khong-co", "password": "tam-thoi-2026"])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("Không tìm thấy tài khoản người đại diện «khong-co» của chủ thể này."))

            let reset = try await officer.post(resetPath, ["username": "chuthe", "password": "tam-thoi-2026"])
            #expect(reset.status == .seeOther)
            #expect(reset.headers.first(name: .location) == SiteURL.producer(id: producer.id!.uuidString).path)
            let account = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "chuthe").first())
            #expect(account.mustChangePassword)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "account.reset-password").filter(\.$recordID == "chuthe").count() == 1)
            #expect(try await Browser(app).login("chuthe").status == .unauthorized)
            let signedIn = try await Browser(app).login("chuthe", password: "tam-thoi-2026")
            #expect(signedIn.headers.first(name: .location) == SiteURL.changePassword.path)
        }
    }

    @Test("Người khác không đặt được: cán bộ xã khác, cán bộ tỉnh, chính chủ thể; tài khoản còn vai trò khác thì cán bộ xã cũng không")
    func onlyTheCommuneOfficerForARepresentativeOnly() async throws {
        try await withTestApp { app in
            let (producer, resetPath) = try await chutheProducer(app)
            for username in ["ankhanh", "haiphong", "chuthe", "hoidong"] {
                let other = Browser(app)
                try await other.login(username)
                #expect(try await other.post(resetPath, ["username": "chuthe", "password": "tam-thoi-2026"]).status == .forbidden, "\(username)")
            }
            // An account that represents the producer but also holds an officer's role is not the
            // commune's to reset: its password opens more than the producer.
            let account = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "hoidong").first())
            try await RoleAssignment(accountID: account.id!, grant: RoleGrant(role: .producerRepresentative, location: producer.location,
                                                                               subjectID: producer.id!.uuidString)).create(on: app.db)
            let officer = Browser(app)
            try await officer.login("vietkhe")
            #expect(try await officer.post(resetPath, ["username": "hoidong", "password": "tam-thoi-2026"]).status == .forbidden)
            let page = try await officer.get(SiteURL.producer(id: producer.id!.uuidString).path).body.string
            #expect(page.contains(#"id="reset-chuthe""#) && !page.contains(#"id="reset-hoidong""#))
            let before = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "hoidong").first()).passwordHash
            #expect(before == account.passwordHash)
        }
    }
}
