import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import OCOPApp

@Suite("Tạo và quản lý tài khoản")
struct AccountsTests {
    static let newOfficer = [
        "fullName": "Nguyễn Thị Mới", "username": "nguyenthimoi.vietkhe", "email": "moi@vietkhe.gov.vn", "role": "commune",
        "provinceCode": DemoData.haiPhong, "communeCode": DemoData.vietKhe, "password": "mat-khau-tam-2026",
    ]

    @Test("Cán bộ tỉnh tạo cán bộ xã trong tỉnh; bấm hai lần vẫn chỉ một tài khoản; có nhật ký")
    func provincialOfficerCreatesCommuneOfficer() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("haiphong")
            try await browser.get(SiteURL.newAccount.path)
            let created = try await browser.post(SiteURL.newAccount.path, Self.newOfficer)
            #expect(created.status == .seeOther)
            let again = try await browser.post(SiteURL.newAccount.path, Self.newOfficer)
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("Tên đăng nhập này đã được dùng"))
            try #expect(await UserAccount.query(on: app.db).filter(\.$username == "nguyenthimoi.vietkhe").count() == 1)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$recordID == "nguyenthimoi.vietkhe").first())
            #expect(entry.action == "account.create")
            #expect(entry.communeCode == DemoData.vietKhe)
            #expect(entry.after?.contains("commune@31@11503") == true)
            #expect(entry.after?.contains("password") == false)

            let newcomer = Browser(app)
            let login = try await newcomer.login("nguyenthimoi.vietkhe", password: "mat-khau-tam-2026")
            #expect(login.location == SiteURL.changePassword.path, "a temporary password must be changed first")
        }
    }

    @Test("Dữ liệu sai: báo lỗi tiếng Việt cạnh ô nhập và giữ lại những gì đã gõ")
    func badInputKeepsWhatWasTyped() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("haiphong")
            try await browser.get(SiteURL.newAccount.path)
            var form = Self.newOfficer
            form["password"] = "ngan"
            form["fullName"] = "  "
            form["username"] = "Tên Có Dấu"
            let response = try await browser.post(SiteURL.newAccount.path, form)
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Vui lòng nhập họ và tên."))
            #expect(html.contains("Mật khẩu phải có ít nhất 10 ký tự."))
            #expect(html.contains("Tên đăng nhập gồm 3–40 ký tự"))
            #expect(html.contains(#"value="Tên Có Dấu""#))
            #expect(html.contains(#"value="moi@vietkhe.gov.vn""#))
            #expect(html.contains(#"<option value="11503" selected"#))
        }
    }

    @Test("Xã không thuộc tỉnh đã chọn bị từ chối")
    func communeMustBelongToProvince() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("quantri")
            try await browser.get(SiteURL.newAccount.path)
            var form = Self.newOfficer
            form["communeCode"] = "09877"
            let response = try await browser.post(SiteURL.newAccount.path, form)
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("không thuộc tỉnh, thành phố đã chọn"))
        }
    }

    @Test("Khóa tài khoản: không đăng nhập được nữa; mở khóa lại được")
    func lockAndUnlock() async throws {
        try await withTestApp { app in
            let target = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "ankhanh").first())
            let browser = Browser(app)
            try await browser.login("haiphong")
            try await browser.get(SiteURL.account(id: target.id!.uuidString).path)
            try #expect(await browser.post(SiteURL.accountAction(id: target.id!.uuidString, action: "khoa").path, [:]).status == .seeOther)
            try #expect(await Browser(app).login("ankhanh").status == .unauthorized)
            try #expect(await browser.post(SiteURL.accountAction(id: target.id!.uuidString, action: "mo-khoa").path, [:]).status == .seeOther)
            try #expect(await Browser(app).login("ankhanh").status == .seeOther)
        }
    }

    @Test("Nhật ký chỉ được ghi thêm: cơ sở dữ liệu từ chối sửa và xóa")
    func auditLogIsAppendOnly() async throws {
        try await withTestApp { app in
            let sql = app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE audit_entries SET actor_name = 'ai do'").run()
            }
            await #expect(throws: (any Error).self) {
                try await sql.raw("DELETE FROM audit_entries").run()
            }
            try #expect(await AuditEntry.query(on: app.db).filter(\.$recordType == "account").count() == DemoData.accounts.count)
        }
    }

    @Test("Cấp thêm vai trò trong phạm vi; ngoài phạm vi bị từ chối; thu hồi được nhưng không thu hồi vai trò cuối")
    func grantAndRevokeRoles() async throws {
        try await withTestApp { app in
            let target = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "ankhanh").first())
            let id = target.id!.uuidString
            let browser = Browser(app)
            try await browser.login("haiphong")
            try await browser.get(SiteURL.account(id: id).path)
            let lastRole = try #require(try await RoleAssignment.query(on: app.db).filter(\.$account.$id == target.id!).first())
            let refusedLast = try await browser.post(SiteURL.accountAction(id: id, action: "thu-hoi/\(lastRole.id!.uuidString)").path, [:])
            #expect(refusedLast.status == .unprocessableEntity)
            #expect(refusedLast.body.string.contains("vai trò cuối cùng"))

            let granted = try await browser.post(SiteURL.accountAction(id: id, action: "cap-vai-tro").path,
                                                 ["role": "commune", "provinceCode": DemoData.haiPhong, "communeCode": DemoData.vietKhe])
            #expect(granted.status == .seeOther)
            let again = try await browser.post(SiteURL.accountAction(id: id, action: "cap-vai-tro").path,
                                               ["role": "commune", "provinceCode": DemoData.haiPhong, "communeCode": DemoData.vietKhe])
            #expect(again.body.string.contains("Tài khoản đã có vai trò này."))
            let outside = try await browser.post(SiteURL.accountAction(id: id, action: "cap-vai-tro").path,
                                                 ["role": "commune", "provinceCode": "01", "communeCode": "09877"])
            #expect(outside.status == .forbidden)
            #expect(try await RoleAssignment.query(on: app.db).filter(\.$account.$id == target.id!).count() == 2)

            let vietKheAnKhanh = Browser(app)
            try await vietKheAnKhanh.login("ankhanh")
            try #expect(await vietKheAnKhanh.get(SiteURL.communeWorkspace(code: DemoData.vietKhe).path).status == .ok, "the new role opens Việt Khê")

            let added = try #require(try await RoleAssignment.query(on: app.db).filter(\.$account.$id == target.id!).filter(\.$communeCode == DemoData.vietKhe).first())
            let revoked = try await browser.post(SiteURL.accountAction(id: id, action: "thu-hoi/\(added.id!.uuidString)").path, [:])
            #expect(revoked.status == .seeOther)
            #expect(try await RoleAssignment.query(on: app.db).filter(\.$account.$id == target.id!).count() == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action ~~ ["account.grant", "account.revoke"]).count() == 2)
        }
    }
}
