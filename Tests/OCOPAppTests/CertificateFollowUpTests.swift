import Fluent
import Foundation
import OCOPSpreadsheet
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 13, "Lists for each officer's unit": the certificates whose window opens soon, is open, was
/// missed, or that expired this year, within the reader's scope, a replaced one left out.
@Suite("Theo dõi giấy chứng nhận: bốn danh sách theo thời hạn, trong phạm vi, lọc, xuất, bảng điều khiển")
struct CertificateFollowUpTests {
    let today = CalendarDay.inVietnam(Date())

    /// The products' names in the follow-up table, in order.
    func listed(_ html: String) -> [String] {
        guard let start = html.range(of: #"id="follow-up-list""#) else { return [] }
        let table = html[start.upperBound...]
        let body = table.range(of: "</table>").map { table[..<$0.lowerBound] } ?? table
        return body.components(separatedBy: #"<td><a href="/san-pham/"#).dropFirst().compactMap { cell in
            cell.split(separator: ">", maxSplits: 1).last.flatMap { $0.split(separator: "<").first }.map(String.init)
        }
    }

    /// Records a recognition of `product` expiring `days` days from today (decided 36 months before).
    @discardableResult
    func recognise(_ product: ProductRecord, expiringIn days: Int, star: Star = .four, number: String, on db: Database) async throws -> ProductRecognition {
        let decided = today.adding(days: days).addingMonths(-ProductRecognition.validityMonths)
        let recognition = ProductRecognition(star: star, decisionNumber: number, decisionDay: decided, issuer: .province)
        try await RecognitionRecord(productID: product.id!, recognition).create(on: db)
        return recognition
    }

    struct Setup {
        let open: ProductRecord, missed: ProductRecord, soon: ProductRecord, expired: ProductRecord, foreign: ProductRecord
    }

    /// Việt Khê: one certificate in its window (whose older, replaced one would be «missed»), one missed,
    /// one expired today; An Khánh: one whose window opens in 20 days; Hà Nội: one in its window.
    func setUp(_ app: Application) async throws -> Setup {
        let foreignRecords = try await ForeignUnitRecords.make(app)
        try await removeAllRecognitions(app)
        // The certificate in its window is `chuthe`'s; the others are other producers' of Việt Khê.
        let represented = try #require(try await ProducerRecord.query(on: app.db).filter(\.$taxCode == DemoData.chutheTaxCode).first())
        let vietKhe = try await ProductRecord.query(on: app.db).filter(\.$communeCode == DemoData.vietKhe).sort(\.$name).all()
        let own = try #require(vietKhe.first { $0.$producer.id == represented.id })
        let others = vietKhe.filter { $0.$producer.id != represented.id }
        let anKhanh = try #require(try await ProductRecord.query(on: app.db).filter(\.$communeCode == DemoData.anKhanh).first())
        try #require(others.count >= 2)
        let setup = Setup(open: own, missed: others[0], soon: anKhanh, expired: others[1], foreign: foreignRecords.product)
        // The old certificate of the product now in its window: it would be «quá hạn nộp» were it its latest.
        try await recognise(setup.open, expiringIn: 60 - 3 * 365, star: .three, number: "11/QĐ-UBND", on: app.db)
        try await recognise(setup.open, expiringIn: 150, number: "101/QĐ-UBND", on: app.db)
        try await recognise(setup.missed, expiringIn: 60, number: "102/QĐ-UBND", on: app.db)
        try await recognise(setup.soon, expiringIn: 200, star: .three, number: "103/QĐ-UBND", on: app.db)
        try await recognise(setup.expired, expiringIn: 0, number: "104/QĐ-UBND", on: app.db)
        try await recognise(setup.foreign, expiringIn: 150, number: "105/QĐ-UBND", on: app.db)
        return setup
    }

    func url(_ list: CertificateFollowUpList, _ query: String = "") -> String {
        SiteURL.certificateFollowUpList(list).path + (query.isEmpty ? "" : "&" + query)
    }

    @Test("Cán bộ tỉnh: mỗi danh sách đúng giấy chứng nhận của tỉnh; giấy cũ đã được cấp mới không hiện; tab ghi số lượng")
    func provinceLists() async throws {
        try await withTestApp { app in
            let setup = try await setUp(app)
            let province = Browser(app)
            try await province.login("haiphong")
            let open = try await province.get(url(.windowOpen))
            #expect(open.status == .ok)
            #expect(listed(open.body.string) == [setup.open.name])
            #expect(open.body.string.contains(#"<a href="/theo-doi-chung-nhan?loai=dang-mo" aria-current="page" id="tab-dang-mo">Đang trong thời hạn nộp hồ sơ đánh giá lại (1)</a>"#))
            #expect(open.body.string.contains(#"id="tab-sap-mo">Sắp đến thời hạn nộp hồ sơ đánh giá lại (1)</a>"#))
            #expect(open.body.string.contains(#"<span class="state-windowOpen">Đang trong thời hạn nộp hồ sơ đánh giá lại</span> (còn 150 ngày đến hạn)"#))
            #expect(listed(try await province.get(url(.windowMissed)).body.string) == [setup.missed.name])
            #expect(listed(try await province.get(url(.opensSoon)).body.string) == [setup.soon.name])
            let expired = try await province.get(url(.expiredThisYear))
            #expect(listed(expired.body.string) == [setup.expired.name])
            #expect(expired.body.string.contains(#"<span class="state-expired">Hết hiệu lực</span></td>"#))
            // Filters: a commune, a star, words without diacritics.
            #expect(listed(try await province.get(url(.opensSoon, "xa=\(DemoData.vietKhe)")).body.string).isEmpty)
            #expect(listed(try await province.get(url(.opensSoon, "sao=3")).body.string) == [setup.soon.name])
            #expect(listed(try await province.get(url(.opensSoon, "sao=4")).body.string).isEmpty)
            let folded = SearchFolding.fold(setup.open.name).split(separator: " ").first.map(String.init) ?? ""
            #expect(listed(try await province.get(url(.windowOpen, "q=\(folded)")).body.string) == [setup.open.name])
            // The print version: the whole list and the print button, without the filter form.
            let print = try await province.get(url(.windowOpen, "ban-in=1"))
            #expect(listed(print.body.string) == [setup.open.name])
            #expect(print.body.string.contains(#"data-print="true""#) && !print.body.string.contains(#"id="follow-up-filter""#))
        }
    }

    @Test("Xuất Excel và CSV đúng danh sách đã lọc; cán bộ xã chỉ thấy xã mình; chủ thể thấy của mình; hội đồng không xem được")
    func exportsAndScopes() async throws {
        try await withTestApp { app in
            let setup = try await setUp(app)
            let province = Browser(app)
            try await province.login("haiphong")
            let workbook = try await province.get(SiteURL.certificateFollowUpExport(format: .xlsx).path + "?loai=dang-mo")
            #expect(workbook.status == .ok)
            #expect(workbook.headers.first(name: .contentDisposition)?.contains("theo-doi-chung-nhan-dang-mo-") == true)
            let rows = try #require(try XLSXReader.read(Data(buffer: workbook.body)).first).stringRows
            #expect(rows.first == CertificateFollowUpModel.exportHeader)
            #expect(rows.count == 2)
            #expect(rows[1][1] == setup.open.name && rows[1][5] == "4 sao" && rows[1][6] == "101/QĐ-UBND")
            #expect(rows[1][8] == today.adding(days: 149).vietnamese && rows[1][12] == "150")
            let csv = try await province.get(SiteURL.certificateFollowUpExport(format: .csv).path + "?loai=qua-han-nop")
            #expect(csv.body.string.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2)
            #expect(csv.body.string.contains(setup.missed.name))

            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(listed(try await commune.get(url(.opensSoon)).body.string).isEmpty)
            #expect(listed(try await commune.get(url(.windowOpen)).body.string) == [setup.open.name])

            let national = Browser(app)
            try await national.login("trunguong")
            #expect(Set(listed(try await national.get(url(.windowOpen)).body.string)) == [setup.open.name, setup.foreign.name])

            let producer = Browser(app)
            try await producer.login("chuthe")
            let own = try await producer.get(url(.windowOpen))
            #expect(own.status == .ok)
            #expect(own.body.string.contains("<h1>Giấy chứng nhận OCOP của tôi</h1>"))
            #expect(!own.body.string.contains(#"name="xa""#))
            #expect(listed(own.body.string) == [setup.open.name])
            #expect(listed(try await producer.get(url(.windowMissed)).body.string).isEmpty)

            let member = Browser(app)
            try await member.login("uyvien1")
            #expect(try await member.get(url(.windowOpen)).status == .forbidden)
        }
    }

    @Test("Bảng điều khiển: số giấy chứng nhận của từng danh sách và những giấy đang trong thời hạn nộp")
    func dashboard() async throws {
        try await withTestApp { app in
            let setup = try await setUp(app)
            let province = Browser(app)
            try await province.login("haiphong")
            let page = try await province.get(SiteURL.dashboard.path)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains(#"<li class="stat" id="follow-up-dang-mo"><span class="stat-value">1</span><a href="/theo-doi-chung-nhan?loai=dang-mo" class="stat-label">"#))
            #expect(html.contains(#"id="follow-up-het-han-nam-nay"><span class="stat-value">1</span>"#))
            #expect(listed(html) == [setup.open.name])
            let member = Browser(app)
            try await member.login("uyvien1")
            #expect(!(try await member.get(SiteURL.dashboard.path)).body.string.contains("follow-up-summary"))
        }
    }
}
