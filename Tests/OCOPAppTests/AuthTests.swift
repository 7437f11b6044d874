import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp

@Suite("Đăng nhập, phiên làm việc và CSRF")
struct AuthTests {
    @Test("Mỗi tài khoản mẫu đăng nhập và đến bảng điều khiển của vai trò mình",
          arguments: [("quantri", "Quản trị hệ thống"), ("trunguong", "Cán bộ trung ương"), ("haiphong", "Cán bộ cấp tỉnh"),
                      ("vietkhe", "Xã Việt Khê"), ("ankhanh", "Xã An Khánh"), ("hoidong", "Thành viên hội đồng"),
                      ("chuthe", "Đại diện chủ thể")])
    func demoAccountsLandOnTheirDashboard(username: String, expected: String) async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            let login = try await browser.login(username)
            #expect(login.status == .seeOther)
            #expect(login.location == SiteURL.dashboard.path)
            let dashboard = try await browser.get(SiteURL.dashboard.path)
            #expect(dashboard.status == .ok)
            #expect(dashboard.body.string.contains(expected))
        }
    }

    @Test("Sai mật khẩu và tài khoản không tồn tại nhận cùng một câu trả lời 401")
    func wrongPasswordAndUnknownAccountLookTheSame() async throws {
        try await withTestApp { app in
            let wrong = try await Browser(app).login("vietkhe", password: "sai-mat-khau-roi")
            let unknown = try await Browser(app).login("khongcoai", password: "sai-mat-khau-roi")
            for response in [wrong, unknown] {
                #expect(response.status == .unauthorized)
                #expect(response.body.string.contains(LoginModel.wrongCredentials))
            }
            #expect(wrong.body.string.contains(#"value="vietkhe""#), "the typed user name is kept")
        }
    }

    @Test("Biểu mẫu thiếu hoặc sai mã CSRF bị từ chối 403")
    func missingCSRFIsRefused() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.get(SiteURL.login.path)
            let missing = try await browser.post(SiteURL.login.path, ["username": "vietkhe", "password": DemoData.password], csrf: false)
            #expect(missing.status == .forbidden)
            #expect(missing.body.string.contains(CSRFMiddleware.refusal))
            let forged = try await browser.post(SiteURL.login.path, ["username": "vietkhe", "password": DemoData.password], csrfOverride: "gia-mao")
            #expect(forged.status == .forbidden)
            try #expect(await browser.get(SiteURL.dashboard.path).status == .seeOther, "not signed in")
        }
    }

    @Test("Phiên hết hạn sau thời gian không hoạt động")
    func idleSessionExpires() async throws {
        try await withTestApp(adjust: { $0.sessionIdleTimeout = 600 }) { app in
            let browser = Browser(app)
            try await browser.login("vietkhe")
            try #expect(await browser.get(SiteURL.dashboard.path).status == .ok)
            // Eleven minutes without a request: the stored last-seen time moves back instead of the test sleeping.
            let record = try #require(try await SessionRecord.query(on: app.db).filter(\.$key == SessionID(string: browser.cookie!)).first())
            record.data[SessionKeys.lastSeen] = String(Int(Date().timeIntervalSince1970) - 660)
            try await record.save(on: app.db)
            let oldCookie = try #require(browser.cookie)
            let expired = try await browser.get(SiteURL.dashboard.path)
            #expect(expired.status == .seeOther)
            let location = try #require(expired.location)
            #expect(location.hasPrefix(SiteURL.login.path) && location.contains("het-han=1"))
            let loginPage = try await browser.get(location)
            #expect(loginPage.body.string.contains(LoginModel.sessionExpired))
            try #expect(await SessionRecord.query(on: app.db).filter(\.$key == SessionID(string: oldCookie)).first() == nil,
                        "the expired session is deleted, not just ignored")
        }
    }

    @Test("Mã CSRF đổi khi đăng nhập: mã lấy trước khi đăng nhập không dùng được sau đó")
    func csrfTokenRotatesAtLogin() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.get(SiteURL.login.path)
            let before = try #require(browser.csrfToken)
            try await browser.post(SiteURL.login.path, ["username": "haiphong", "password": DemoData.password])
            try await browser.get(SiteURL.changePassword.path)
            #expect(browser.csrfToken != before)
            let stale = try await browser.post(SiteURL.changePassword.path, ["current": DemoData.password, "new": "mat-khau-moi-2026",
                                                                            "confirm": "mat-khau-moi-2026"], csrfOverride: before)
            #expect(stale.status == .forbidden)
        }
    }

    @Test("Mã phiên đổi khi đăng nhập: mã phiên có trước khi đăng nhập không còn dùng được")
    func sessionIdRotatesAtLogin() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.get(SiteURL.login.path)
            let anonymous = try #require(browser.cookie)
            try await browser.post(SiteURL.login.path, ["username": "haiphong", "password": DemoData.password])
            let signedIn = try #require(browser.cookie)
            #expect(signedIn != anonymous)
            #expect(try await browser.get(SiteURL.dashboard.path).status == .ok)
            // Someone who planted or saw the pre-login cookie gets nothing from it.
            let planted = Browser(app)
            planted.cookie = anonymous
            #expect(try await planted.get(SiteURL.dashboard.path).status == .seeOther)
        }
    }

    @Test("Dọn phiên: phiên quá hạn (kể cả của khách chưa đăng nhập) bị xóa, phiên đang dùng được giữ")
    func staleSessionsAreDeleted() async throws {
        try await withTestApp { app in
            let visitor = Browser(app)
            try await visitor.get(SiteURL.login.path)
            let officer = Browser(app)
            try await officer.login("haiphong")
            let before = try await SessionRecord.query(on: app.db).count()
            #expect(before >= 2)
            #expect(try await SessionCleanup.run(on: app.db, idleTimeout: 1800) == 0)
            #expect(try await officer.get(SiteURL.dashboard.path).status == .ok)
            // Two hours later the rows stay (a day of grace, to tell the person their session expired);
            // two days later, with a 30-minute limit, both are gone.
            #expect(try await SessionCleanup.run(on: app.db, idleTimeout: 1800, now: Date().addingTimeInterval(7200)) == 0)
            let deleted = try await SessionCleanup.run(on: app.db, idleTimeout: 1800, now: Date().addingTimeInterval(2 * 86_400))
            #expect(deleted == before)
            #expect(try await SessionRecord.query(on: app.db).count() == 0)
            #expect(try await officer.get(SiteURL.dashboard.path).status == .seeOther)
        }
    }

    @Test("Đăng xuất kết thúc phiên")
    func logoutEndsTheSession() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("haiphong")
            try await browser.get(SiteURL.dashboard.path)
            let oldCookie = browser.cookie
            let logout = try await browser.post(SiteURL.logout.path, [:])
            #expect(logout.status == .seeOther)
            browser.cookie = oldCookie
            try #expect(await browser.get(SiteURL.dashboard.path).status == .seeOther, "the old cookie no longer opens the dashboard")
        }
    }

    @Test("Nhập sai nhiều lần thì bị khóa tạm thời, kể cả với mật khẩu đúng")
    func repeatedFailuresLock() async throws {
        try await withTestApp(adjust: { $0.loginMaxFailures = 3 }) { app in
            let browser = Browser(app)
            for _ in 0..<2 {
                try #expect(await browser.login("ankhanh", password: "sai-mat-khau-1").status == .unauthorized)
            }
            let third = try await browser.login("ankhanh", password: "sai-mat-khau-1")
            #expect(third.body.string.contains("tạm thời bị khóa"))
            let correct = try await browser.login("ankhanh")
            #expect(correct.status == .tooManyRequests)
            #expect(correct.body.string.contains("tạm thời bị khóa"))
            let unknown = Browser(app)
            for _ in 0..<3 { try await unknown.login("khongtontai", password: "sai-mat-khau-1") }
            try #expect(await unknown.login("khongtontai", password: "x").status == .tooManyRequests,
                    "unknown names lock the same way, so locking reveals nothing")
        }
    }

    @Test("Đổi mật khẩu: sai mật khẩu cũ bị từ chối, đổi xong đăng nhập bằng mật khẩu mới")
    func changePassword() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            try await browser.login("vietkhe")
            try await browser.get(SiteURL.changePassword.path)
            let wrong = try await browser.post(SiteURL.changePassword.path, ["current": "khong-dung-dau", "new": "mat-khau-moi-2026", "confirm": "mat-khau-moi-2026"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("Mật khẩu hiện tại không đúng."))
            let short = try await browser.post(SiteURL.changePassword.path, ["current": DemoData.password, "new": "ngan", "confirm": "ngan"])
            #expect(short.body.string.contains("ít nhất 10 ký tự"))
            let done = try await browser.post(SiteURL.changePassword.path, ["current": DemoData.password, "new": "mat-khau-moi-2026", "confirm": "mat-khau-moi-2026"])
            #expect(done.status == .seeOther)
            try #expect(await Browser(app).login("vietkhe").status == .unauthorized)
            try #expect(await Browser(app).login("vietkhe", password: "mat-khau-moi-2026").status == .seeOther)
            let audited = try await AuditEntry.query(on: app.db).filter(\.$action == "account.password").count()
            #expect(audited == 1)
        }
    }

    @Test("Sau đăng nhập chỉ chuyển về địa chỉ trong hệ thống", arguments: [
        ("/tai-khoan", "/tai-khoan"), ("/san-pham?q=mat+ong", "/san-pham?q=mat+ong"), ("//evil.example", nil),
        ("https://evil.example", nil), ("/\\evil", nil), ("/%09/evil.example", "/bang-dieu-khien"),
        ("/\t/evil.example", "/bang-dieu-khien"), ("/%2F%2Fevil.example", "/bang-dieu-khien"), ("/khong-co-trang-nay", "/bang-dieu-khien"),
    ] as [(String, String?)])
    func nextIsLocalOnly(next: String, expected: String?) async throws {
        try await withTestApp { app in
            #expect(AuthController.safeNext(next, app: app) == (expected == "/bang-dieu-khien" ? nil : expected))
            // Through the login form, as a browser sends it: a refused target falls back to the dashboard.
            let browser = Browser(app)
            try await browser.get(SiteURL.login.path)
            let response = try await browser.post(SiteURL.login.path, ["username": "vietkhe", "password": DemoData.password, "tiep": next])
            #expect(response.status == .seeOther)
            #expect(response.location == (expected ?? "/bang-dieu-khien"))
        }
    }
}
