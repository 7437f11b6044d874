import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp

@Suite("Phân quyền theo đơn vị")
struct AccessTests {
    @Test("Cán bộ xã Việt Khê mở trang của xã An Khánh nhận trang 403")
    func communeOfficerCannotOpenAnotherCommune() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("vietkhe")
            let own = try await browser.get(SiteURL.communeWorkspace(code: DemoData.vietKhe).path)
            #expect(own.status == .ok)
            let other = try await browser.get(SiteURL.communeWorkspace(code: DemoData.anKhanh).path)
            #expect(other.status == .forbidden)
            #expect(other.body.string.contains("Không có quyền truy cập"))
            #expect(other.body.string.contains("Bạn không có quyền xem trang của đơn vị này."))
        }
    }

    @Test("Cán bộ tỉnh mở được các xã trong tỉnh, không mở được tỉnh khác")
    func provincialOfficerStaysInProvince() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("haiphong")
            try #expect(await browser.get(SiteURL.communeWorkspace(code: DemoData.anKhanh).path).status == .ok)
            try #expect(await browser.get(SiteURL.provinceWorkspace(code: DemoData.haiPhong).path).status == .ok)
            try #expect(await browser.get(SiteURL.provinceWorkspace(code: "01").path).status == .forbidden)
            try #expect(await browser.get(SiteURL.communeWorkspace(code: "09877").path).status == .forbidden, "An Khánh of Hà Nội")
        }
    }

    @Test("Cán bộ tỉnh tạo tài khoản ngoài phạm vi bị từ chối 403 và không tạo gì")
    func accountOutsideScopeIsRefused() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("haiphong")
            try await browser.get(SiteURL.newAccount.path)
            let before = try await UserAccount.query(on: app.db).count()
            let outside = try await browser.post(SiteURL.newAccount.path, [
                "fullName": "Người Hà Nội", "username": "hanoi.ankhanh", "role": "commune",
                "provinceCode": "01", "communeCode": "09877", "password": "mat-khau-tam-2026",
            ])
            #expect(outside.status == .forbidden)
            #expect(outside.body.string.contains("Bạn chỉ được cấp vai trò trong phạm vi đơn vị mình phụ trách."))
            let national = try await browser.post(SiteURL.newAccount.path, [
                "fullName": "Cán bộ trung ương giả", "username": "tw.gia", "role": "national",
                "provinceCode": "", "communeCode": "", "password": "mat-khau-tam-2026",
            ])
            #expect(national.status == .forbidden)
            try #expect(await UserAccount.query(on: app.db).count() == before)
        }
    }

    @Test("Cán bộ xã không vào được trang quản lý tài khoản")
    func communeOfficerCannotManageAccounts() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("vietkhe")
            let response = try await browser.get(SiteURL.accounts.path)
            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("Chỉ quản trị hệ thống và cán bộ cấp tỉnh"))
        }
    }

    @Test("Cán bộ tỉnh không đặt lại được mật khẩu của quản trị viên")
    func provincialOfficerCannotTouchAdministrator() async throws {
        try await withTestApp { app in
            let admin = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "quantri").first())
            let browser = Browser(app)
            try await browser.login("haiphong")
            try await browser.get(SiteURL.accounts.path)
            let response = try await browser.post(SiteURL.accountAction(id: admin.id!.uuidString, action: "dat-lai-mat-khau").path,
                                                  ["password": "mat-khau-chiem-quyen"])
            #expect(response.status == .forbidden)
            try #expect(await Browser(app).login("quantri").status == .seeOther, "the administrator's password is unchanged")
        }
    }

    @Test("Nhật ký: cán bộ xã chỉ thấy nhật ký của xã mình")
    func auditIsScoped() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("vietkhe")
            let page = try await browser.get(SiteURL.audit.path).body.string
            #expect(page.contains("(tài khoản vietkhe)»."))
            #expect(!page.contains("(tài khoản ankhanh)"))
            let admin = Browser(app)
            try await admin.login("quantri")
            let all = try await admin.get(SiteURL.audit.path + "?ban-ghi=ankhanh").body.string
            #expect(all.contains("(tài khoản ankhanh)»."))
            #expect(!all.contains("(tài khoản vietkhe)"), "the record filter narrows the list")
        }
    }

    @Test("Thành viên hội đồng và chủ thể không xem được nhật ký")
    func nonOfficersCannotReadAudit() async throws {
        try await withTestApp { app in
            for username in ["hoidong", "chuthe"] {
                let browser = Browser(app)
                try await browser.login(username)
                try #expect(await browser.get(SiteURL.audit.path).status == .forbidden)
            }
        }
    }
}
