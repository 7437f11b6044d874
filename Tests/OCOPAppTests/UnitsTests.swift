import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp

@Suite("Đơn vị hành chính, trang chủ, lỗi và sức khỏe hệ thống")
struct UnitsTests {
    @Test("Danh mục nạp đủ 34 tỉnh và 3.321 xã; nạp lại không thêm gì; dữ liệu mẫu không tạo trùng")
    func referenceDataLoadsOnce() async throws {
        try await withTestApp { app in
            try #expect(await AdminUnit.query(on: app.db).filter(\.$level == .province).count() == 34)
            try #expect(await AdminUnit.query(on: app.db).filter(\.$level == .commune).count() == 3321)
            try #expect(await ReferenceDataLoader.loadAdministrativeUnits(on: app.db) == 0)
            try #expect(await DemoData.seed(on: app) == 0)
            try #expect(await UserAccount.query(on: app.db).count() == DemoData.accounts.count)
        }
    }

    @Test("Tìm không dấu: \"viet khe\" ra Xã Việt Khê", arguments: [("viet khe", "Xã Việt Khê"), ("AN KHANH", "Xã An Khánh"), ("đồ sơn", "Đồ Sơn")])
    func searchIgnoresDiacritics(query: String, expected: String) async throws {
        try await withTestApp { app in
            let page = try await Browser(app).get(SiteURL.units.path + "?q=" + query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(page.status == .ok)
            #expect(page.body.string.contains(expected))
            #expect(page.body.string.contains(#"<option value selected>Tất cả</option>"#), "the empty choice submits an empty value")
        }
    }

    @Test("Lọc theo tỉnh: An Khánh của Hải Phòng, không phải của Hà Nội")
    func filterByProvince() async throws {
        try await withTestApp { app in
            let html = try await Browser(app).get(SiteURL.units.path + "?q=an+khanh&tinh=31").body.string
            #expect(html.contains(DemoData.anKhanh))
            #expect(!html.contains("09877"))
            #expect(html.contains("Tìm thấy 1 xã, phường."))
        }
    }

    @Test("Trang chủ công khai, trang 404 tiếng Việt, /healthz kiểm tra cơ sở dữ liệu")
    func publicShell() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.body.string.contains(#"<html lang="vi">"#))
            #expect(home.body.string.contains("3.321"))
            let missing = try await browser.get("/khong-co-trang-nay")
            #expect(missing.status == .notFound)
            #expect(missing.body.string.contains("Không tìm thấy trang"))
            let health = try await browser.get(SiteURL.health.path)
            #expect(health.status == .ok)
            #expect(health.body.string.contains(runsOnPostgres ? "postgresql" : "sqlite"))
            let css = try await browser.get("/static/app.css")
            #expect(css.status == .ok && css.body.string.contains("@media print"))
        }
    }

    @Test("Trang cần đăng nhập chuyển về trang đăng nhập và quay lại đúng chỗ")
    func protectedPagesRedirect() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            let response = try await browser.get(SiteURL.audit.path)
            #expect(response.status == .seeOther)
            #expect(response.location == SiteURL.login.path + "?tiep=/nhat-ky")
            try await browser.get(response.location!)
            let login = try await browser.post(SiteURL.login.path, ["username": "haiphong", "password": DemoData.password, "tiep": "/nhat-ky"])
            #expect(login.location == "/nhat-ky")
        }
    }

    @Test("Lỗi máy chủ: trang 500 tiếng Việt, không lộ chi tiết bên trong")
    func serverErrorPageHidesDetails() async throws {
        struct SecretFailure: Error, CustomStringConvertible { var description: String { "bí mật nội bộ: mật khẩu CSDL" } }
        try await withTestApp { app in
            app.get("loi-thu-nghiem") { _ -> String in throw SecretFailure() }
            let page = try await Browser(app).get("/loi-thu-nghiem")
            #expect(page.status == .internalServerError)
            #expect(page.body.string.contains("Hệ thống gặp sự cố"))
            #expect(!page.body.string.contains("bí mật nội bộ"))
            #expect(!page.body.string.contains("SecretFailure"))
        }
    }
}
