import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 13, "The OCOP mark": whether a product may bear «Sản phẩm OCOP Việt Nam» today, on the
/// public lookup and as a live badge a shop embeds.
@Suite("Dấu OCOP: tra cứu nói được dùng hay không; huy hiệu SVG theo tình trạng hiện tại")
struct MarkBadgeTests {
    @Test("Còn hiệu lực: huy hiệu xanh với số sao; thu hồi: huy hiệu xám «Đã bị thu hồi», tra cứu nói không được dùng; số lạ: 404")
    func badgeFollowsTheCertificate() async throws {
        try await withTestApp { app in
            let foreign = try await ForeignUnitRecords.make(app)
            let record = foreign.certificate
            let star = try #require(Star(rawValue: record.star))
            let visitor = Browser(app)
            let badgePath = SiteURL.markBadge(number: record.number).path

            let valid = try await visitor.get(badgePath)
            #expect(valid.status == .ok)
            #expect(valid.headers.contentType?.serialize() == "image/svg+xml; charset=utf-8")
            #expect(valid.headers.first(name: .cacheControl) == "public, max-age=3600")
            let drawn = valid.body.string
            #expect(drawn.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg""#))
            #expect(drawn.contains(##"fill="#1f6f43""##))
            #expect(drawn.contains(">OCOP \(String(repeating: "★", count: star.rawValue))</text>"))
            #expect(drawn.contains("Còn hiệu lực · \(record.number)"))
            let lookup = try await visitor.get(SiteURL.certificateLookup.path + "?so=" + record.number)
            #expect(lookup.body.string.contains(#"<p class="ok" id="mark-status">Sản phẩm được sử dụng dấu «Sản phẩm OCOP Việt Nam» hôm nay.</p>"#))
            #expect(lookup.body.string.contains(#"&lt;img src="http://"#) && lookup.body.string.contains(badgePath))

            record.revokedAt = Date()
            try await record.save(on: app.db)
            let revoked = try await visitor.get(badgePath).body.string
            #expect(revoked.contains(##"fill="#5b6570""##))
            #expect(revoked.contains("Đã bị thu hồi · \(record.number)"))
            let told = try await visitor.get(SiteURL.certificateLookup.path + "?so=" + record.number).body.string
            #expect(told.contains(#"<p class="bad" id="mark-status">Sản phẩm không được sử dụng dấu «Sản phẩm OCOP Việt Nam»: giấy chứng nhận đã bị thu hồi.</p>"#))

            let unknown = try await visitor.get(SiteURL.markBadge(number: "OCOP-01-2026-9999").path)
            #expect(unknown.status == .notFound)
            #expect(unknown.body.string.contains("Không tìm thấy giấy chứng nhận"))
        }
    }

    @Test("Chỉ 3★ trở lên, còn hiệu lực, chưa thu hồi; chữ trong huy hiệu được thoát ký tự")
    func rule() {
        let day = CalendarDay(year: 2026, month: 1, day: 10)!
        let recognition = { (star: Star) in ProductRecognition(star: star, decisionNumber: "1/QĐ", decisionDay: day, issuer: .province) }
        #expect(Certificate(number: "A", recognition: recognition(.three)).mayUseMark(on: day))
        #expect(!Certificate(number: "A", recognition: recognition(.two)).mayUseMark(on: day))
        #expect(!Certificate(number: "A", recognition: recognition(.four), revoked: true).mayUseMark(on: day))
        #expect(!Certificate(number: "A", recognition: recognition(.four)).mayUseMark(on: recognition(.four).expiryDay))
        #expect(MarkBadge.escaped(#"<a href="x">&"#) == "&lt;a href=&quot;x&quot;&gt;&amp;")
        #expect(!MarkBadge.svg(number: "<x>", star: nil, status: nil, mayUseMark: false).contains("<x>"))
    }
}
