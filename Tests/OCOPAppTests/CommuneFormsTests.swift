import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// The commune's papers under 26/2026 over HTTP: Mẫu số 03 with the four assessments as recorded,
/// the 05 samples recorded once (never asked of a tourism product), and the province eliminating a
/// dossier under its sheet's rule, with the producer and the commune told which rule and why.
@Suite("Mẫu 03, sản phẩm mẫu, loại hồ sơ")
struct CommuneFormsTests {
    let stage = CommuneStageTests()

    /// The newest shipped version of a set (26/2026 states elimination rules; 148 and 1048 do not).
    func shipped(_ code: String, _ app: Application) async throws -> CriteriaSetRecord {
        try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$code == code)
            .filter(\.$status == CriteriaSetStatus.published.rawValue).sort(\.$version, .descending).first())
    }

    func law26(_ app: Application) async throws -> CriteriaSetRecord { try await shipped(Law26Importer.criteriaSetID, app) }

    /// Puts the dossier (and its product) on a 26/2026 product set, as a dossier of a 26/2026 round.
    func moveTo26(_ dossier: DossierRecord, productSet code: String, _ app: Application) async throws -> DossierRecord {
        try await move(dossier, to: try await law26(app), productSet: code, app)
    }

    /// Puts the dossier (and its product) on a product set of another set, as a dossier of a round on it.
    func move(_ dossier: DossierRecord, to record: CriteriaSetRecord, productSet code: String, _ app: Application) async throws -> DossierRecord {
        let set = try CriteriaStore.load(record)
        let productSet = try #require(set.productSet(code: code))
        let product = try #require(try await ProductRecord.find(dossier.$product.id, on: app.db))
        product.productSetCode = productSet.code
        product.productSetName = productSet.name
        try await product.save(on: app.db)
        let stored = try await stage.reload(dossier, app)
        stored.criteriaSetCode = record.code
        stored.criteriaSetVersion = record.version
        try await stored.save(on: app.db)
        return try await stage.reload(dossier, app)
    }

    /// A dossier assessed by Việt Khê (local labour "không đạt" with a remark) and forwarded.
    func forwarded(_ app: Application) async throws -> (DossiersTests.Fixture, DossierRecord, Browser, Browser) {
        let (f, dossier, producer) = try await stage.submitted(app)
        let commune = Browser(app)
        try await commune.login("vietkhe")
        #expect(try await stage.assess(commune, dossier).status == .seeOther)
        #expect(try await stage.forward(commune, [try await stage.reload(dossier, app)]).status == .seeOther)
        return (f, try await stage.reload(dossier, app), producer, commune)
    }

    /// The HTML of the table row with this id.
    func row(_ page: String, _ id: String) throws -> String {
        let start = try #require(page.range(of: #"<tr id="\#(id)">"#))
        let end = try #require(page.range(of: "</tr>", range: start.upperBound..<page.endIndex))
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test("Mẫu 03 in đúng bốn nội dung với kết luận và nhận xét của xã, thông tin chủ thể và câu đề nghị tỉnh")
    func mau03() async throws {
        try await withTestApp { app in
            let (f, dossier, producer) = try await stage.submitted(app)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await commune.get(stage.path(dossier, "mau-03")).status == .notFound)
            let form = try await commune.get(stage.path(dossier, "danh-gia-xa"))
            var fields = stage.allMet(version: try stage.version(form))
            fields["v-localLabour"] = LocalVerdict.notMet.rawValue
            fields["r-localLabour"] = "Chỉ 2 trong 9 lao động thường trú tại xã"
            fields["r-localIdentity"] = "Men lá theo bài thuốc của người Dao ở Kỳ Sơn"
            #expect(try await commune.post(stage.path(dossier, "danh-gia-xa"), fields).status == .seeOther)

            let page = try await commune.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(page.contains(#"id="mau03-link" href="\#(stage.path(dossier, "mau-03"))""#)
                    || page.contains(#"href="\#(stage.path(dossier, "mau-03"))" id="mau03-link""#))
            let printed = try await commune.get(stage.path(dossier, "mau-03"))
            #expect(printed.status == .ok)
            let html = printed.body.string
            #expect(html.contains(#"<p class="doc-title">BÁO CÁO</p>"#))
            #expect(html.contains("Đánh giá một số nội dung của hồ sơ đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP"))
            #expect(html.contains("I. THÔNG TIN CHUNG VỀ HỒ SƠ SẢN PHẨM") && html.contains("II. ĐÁNH GIÁ MỘT SỐ NỘI DUNG CỦA HỒ SƠ SẢN PHẨM"))
            #expect(html.contains("<li>Tên chủ thể: <span>\(f.producer.name)</span></li>"))
            #expect(html.contains("Giới tính: \(f.producer.representativeIsWoman ? "Nữ" : "Nam"); Dân tộc:"))
            let expected: [(LocalCriterion, Int, String, String, String)] = [
                (.localOrigin, 1, "Về sử dụng nguyên liệu địa phương", "Đạt", "Không có nhận xét."),
                (.localLabour, 2, "Về sử dụng lao động địa phương", "Không đạt", "Chỉ 2 trong 9 lao động thường trú tại xã"),
                (.ideaOrigin, 3, "Nguồn gốc ý tưởng sản phẩm", "Đạt", "Không có nhận xét."),
                (.localIdentity, 4, "Bản sắc/trí tuệ địa phương", "Đạt", "Men lá theo bài thuốc của người Dao ở Kỳ Sơn"),
            ]
            for (criterion, number, heading, verdict, remark) in expected {
                let cells = try row(html, "mau03-\(criterion.rawValue)")
                #expect(cells.hasPrefix(#"<tr id="mau03-\#(criterion.rawValue)"><td>\#(number)</td><td><p class="point">\#(heading)</p>"#), "\(cells)")
                #expect(cells.contains(#"<td class="verdict">\#(verdict)</td><td class="remark">\#(remark)</td></tr>"#), "\(cells)")
            }
            #expect(html.contains(#"<p id="mau03-proposal">Ủy ban nhân dân xã Việt Khê đề nghị Ủy ban nhân dân thành phố Hải Phòng đánh giá, phân hạng sản phẩm OCOP cho sản phẩm \#(f.product.name) của \#(f.producer.name).</p>"#))
            #expect(html.contains("T.M ỦY BAN NHÂN DÂN XÃ VIỆT KHÊ"))

            // The producer reads it; an officer of another commune may not.
            #expect(try await producer.get(stage.path(dossier, "mau-03")).status == .ok)
            let other = Browser(app)
            try await other.login("ankhanh")
            #expect(try await other.get(stage.path(dossier, "mau-03")).status == .forbidden)
        }
    }

    @Test("Nhận sản phẩm mẫu nhiều hồ sơ từ danh sách «Đã nộp»: ngày sai không ghi gì và giữ ô đã chọn; ghi một lần; xã khác không ghi được")
    func samplesFromTheQueue() async throws {
        try await withTestApp { app in
            let (_, dossier, _) = try await stage.submitted(app)
            let pick = DossierPick(dossier).value
            let commune = Browser(app)
            try await commune.login("vietkhe")
            let queue = try await commune.get(SiteURL.dossierQueue(state: .submitted).path)
            #expect(queue.body.string.contains(#"<form action="\#(SiteURL.dossierSamplesIntake.path)" method="post" id="samples-form">"#))
            #expect(queue.body.string.contains(#"id="pick-\#(dossier.id!.uuidString)""#))

            let tomorrow = CalendarDay.inVietnam(Date()).adding(days: 1)
            let future = try await commune.post(SiteURL.dossierSamplesIntake.path, pairs: [("ho-so[]", pick), ("receivedOn", tomorrow.vietnamese)])
            #expect(future.status == .unprocessableEntity)
            #expect(future.body.string.contains("Ngày nhận không được sau hôm nay"))
            #expect(future.body.string.contains(#"value="\#(pick)" id="pick-\#(dossier.id!.uuidString)" aria-label="Chọn"#))
            #expect(future.body.string.contains(#"checked"#))
            #expect(future.body.string.contains(#"name="receivedOn" value="\#(tomorrow.vietnamese)""#))
            let none = try await commune.post(SiteURL.dossierSamplesIntake.path, pairs: [("receivedOn", CalendarDay.inVietnam(Date()).vietnamese)])
            #expect(none.status == .unprocessableEntity)
            #expect(none.body.string.contains("Vui lòng chọn ít nhất một hồ sơ đã nhận sản phẩm mẫu."))
            #expect(try await DossierSampleRecord.query(on: app.db).count() == 0)

            let outsider = Browser(app)
            try await outsider.login("ankhanh")
            let refused = try await outsider.post(SiteURL.dossierSamplesIntake.path, pairs: [("ho-so[]", pick), ("receivedOn", CalendarDay.inVietnam(Date()).vietnamese)])
            #expect(refused.status == .forbidden)
            #expect(try await DossierSampleRecord.query(on: app.db).count() == 0)

            let today = CalendarDay.inVietnam(Date())
            let recorded = try await commune.post(SiteURL.dossierSamplesIntake.path, pairs: [("ho-so[]", pick), ("receivedOn", today.vietnamese)])
            #expect(recorded.status == .seeOther)
            #expect(recorded.location == SiteURL.dossierQueue(state: .submitted).path)
            #expect(try await commune.post(SiteURL.dossierSamplesIntake.path, pairs: [("ho-so[]", pick), ("receivedOn", today.vietnamese)]).status == .seeOther)
            let receipts = try await DossierSampleRecord.query(on: app.db).all()
            #expect(receipts.count == 1 && receipts.first?.receivedOn == today.iso)
        }
    }

    @Test("Sản phẩm mẫu: xã ghi nhận một lần, ngày sai giữ nguyên nội dung đã nhập, công văn đề nghị ghi rõ; chủ thể không ghi nhận được")
    func samples() async throws {
        try await withTestApp { app in
            let (_, dossier, producer) = try await stage.submitted(app)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            let before = try await commune.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(before.contains(#"<span id="samples-status">Chưa nhận 05 sản phẩm mẫu.</span>"#))
            #expect(before.contains(#"id="samples-record""#))
            #expect(try await commune.get(stage.path(dossier, "mau-san-pham")).status == .ok)
            let tomorrow = CalendarDay.inVietnam(Date()).adding(days: 1)
            let future = try await commune.post(stage.path(dossier, "mau-san-pham"), ["receivedOn": tomorrow.iso])
            #expect(future.status == .unprocessableEntity)
            #expect(future.body.string.contains("Ngày nhận không được sau hôm nay"))
            #expect(future.body.string.contains(#"value="\#(tomorrow.vietnamese)""#), "kept, shown as dd/mm/yyyy")
            #expect(try await DossierSampleRecord.query(on: app.db).count() == 0)

            let today = CalendarDay.inVietnam(Date())
            let recorded = try await commune.post(stage.path(dossier, "mau-san-pham"), ["receivedOn": today.iso])
            #expect(recorded.status == .seeOther)
            #expect(recorded.location == SiteURL.dossier(id: dossier.id!.uuidString).path)
            let again = try await commune.post(stage.path(dossier, "mau-san-pham"), ["receivedOn": today.iso])
            #expect(again.status == .seeOther)
            let receipts = try await DossierSampleRecord.query(on: app.db).all()
            #expect(receipts.count == 1)
            #expect(receipts.first?.quantity == 5 && receipts.first?.receivedOn == today.iso)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "dossier.samples").count() == 1)
            let after = try await commune.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(after.contains(#"<span id="samples-status">Đã nhận 05 sản phẩm mẫu ngày \#(today.vietnamese) (Phạm Thị Khê).</span>"#))
            #expect(!after.contains(#"id="samples-record""#))
            #expect(after.contains("Nhận sản phẩm mẫu"))

            #expect(try await producer.post(stage.path(dossier, "mau-san-pham"), ["receivedOn": today.iso]).status == .forbidden)

            #expect(try await stage.assess(commune, dossier).status == .seeOther)
            #expect(try await stage.forward(commune, [try await stage.reload(dossier, app)]).status == .seeOther)
            let letter = try #require(try await ForwardingLetterRecord.query(on: app.db).first())
            let printed = try await commune.get(SiteURL.forwardingLetter(id: letter.id!.uuidString).path).body.string
            #expect(printed.contains("<td>Đã nhận 05 sản phẩm mẫu ngày \(today.vietnamese) (Phạm Thị Khê).</td>"))
            #expect(printed.contains("Căn cứ Quyết định số 26/2026/QĐ-TTg"))
            #expect(printed.contains("theo Mẫu số 03"))
        }
    }

    @Test("Sản phẩm dịch vụ du lịch (ngành VI) không phải nộp sản phẩm mẫu: không hỏi, không ghi nhận")
    func noSamplesForTourism() async throws {
        try await withTestApp { app in
            let (_, submitted, _) = try await stage.submitted(app)
            let dossier = try await moveTo26(submitted, productSet: "VI.1", app)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            let page = try await commune.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(page.contains(#"<span id="samples-status">\#(ProductSamples.notRequiredText)</span>"#))
            #expect(!page.contains(#"id="samples-record""#))
            let opened = try await commune.get(stage.path(dossier, "mau-san-pham"))
            #expect(opened.status == .seeOther && opened.location == SiteURL.dossier(id: dossier.id!.uuidString).path)
            let refused = try await commune.post(stage.path(dossier, "mau-san-pham"), ["receivedOn": CalendarDay.inVietnam(Date()).iso])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(ProductSamples.notRequiredText))
            #expect(try await DossierSampleRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("Tỉnh loại hồ sơ theo quy định của phiếu 26/2026: lưu và hiện quy định, báo chủ thể và xã, hồ sơ ra khỏi quy trình")
    func elimination() async throws {
        try await withTestApp { app in
            let (_, forwarded, producer, commune) = try await forwarded(app)
            let dossier = try await moveTo26(forwarded, productSet: "I.2.b", app)
            let rule = try #require(try CriteriaStore.load(try await law26(app)).productSet(code: "I.2.b")?.sheet.eliminationRules.first)
            let province = Browser(app)
            try await province.login("haiphong")
            let page = try await province.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(page.contains(#"id="step-eliminate""#))

            // Neither the commune nor the producer may eliminate.
            #expect(try await commune.get(stage.path(dossier, "loai")).status == .forbidden)
            #expect(try await commune.post(stage.path(dossier, "loai"), ["version": "\(dossier.version)", "rule": "0", "finding": "x"]).status == .forbidden)
            #expect(try await producer.post(stage.path(dossier, "loai"), ["version": "\(dossier.version)", "rule": "0", "finding": "x"]).status == .forbidden)

            let form = try await province.get(stage.path(dossier, "loai"))
            #expect(form.status == .ok)
            #expect(form.body.string.contains(#"<label for="rule-0">\#(rule)</label>"#))
            let version = try stage.version(form)
            let blank = try await province.post(stage.path(dossier, "loai"), ["version": version, "rule": "0", "finding": "  "])
            #expect(blank.status == .unprocessableEntity)
            #expect(blank.body.string.contains("Vui lòng ghi rõ căn cứ loại hồ sơ"))
            #expect(blank.body.string.contains(#"id="rule-0" value="0" checked"#))
            #expect(try await stage.reload(dossier, app).dossierState == .forwarded)

            let finding = "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đã hết hạn ngày 01/03/2026"
            let done = try await province.post(stage.path(dossier, "loai"), ["version": version, "rule": "0", "finding": finding])
            #expect(done.status == .seeOther)
            #expect(try await stage.reload(dossier, app).dossierState == .eliminated)
            let stored = try #require(try await DossierEliminationRecord.query(on: app.db).first())
            #expect(stored.rule == rule && stored.finding == finding && stored.eliminatedBy.hasSuffix("(haiphong)"))
            // A second click finds the dossier eliminated: back to it, nothing added.
            let again = try await province.post(stage.path(dossier, "loai"), ["version": version, "rule": "0", "finding": finding])
            #expect(again.status == .seeOther && again.location == SiteURL.dossier(id: dossier.id!.uuidString).path)
            #expect(try await DossierEliminationRecord.query(on: app.db).count() == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "dossier.eliminate").count() == 1)

            for username in ["chuthe", "vietkhe"] {
                let notices = try await stage.notifications(app, username).filter { $0.text.contains("UBND tỉnh loại hồ sơ") }
                #expect(notices.count == 1, "\(username)")
                #expect(notices.first?.text.contains("– Quy định: \(rule)") == true)
                #expect(notices.first?.text.contains("– Căn cứ: \(finding)") == true)
            }
            let seen = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(seen.contains(#"<p id="elimination-rule">Quy định: \#(rule)</p>"#))
            #expect(seen.contains(#"<p id="elimination-finding">Căn cứ: \#(finding)</p>"#))
            #expect(seen.contains(#"<dd id="dossier-state">Bị loại</dd>"#))
            // Out of the flow: no step left for anyone, not in the province's intake queue.
            let after = try await province.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(!after.contains(#"id="dossier-steps""#))
            let queue = try await province.get(SiteURL.dossierQueue(state: .forwarded).path).body.string
            #expect(!queue.contains(DossierPick(try await stage.reload(dossier, app)).id.uuidString))
        }
    }

    @Test("Bộ tiêu chí không có quy định loại hồ sơ (148, 1048): không có bước loại hồ sơ")
    func noEliminationWithoutRules() async throws {
        try await withTestApp { app in
            let (_, forwardedOn26, _, _) = try await forwarded(app)
            let dossier = try await move(forwardedOn26, to: try await shipped(Legacy1048Importer.criteriaSetID, app),
                                         productSet: "mat-ong-cac-san-pham-tu-mat-ong-mat-khac", app)
            let province = Browser(app)
            try await province.login("haiphong")
            let page = try await province.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(page.contains(#"id="step-return-commune""#))
            #expect(!page.contains(#"id="step-eliminate""#))
            let opened = try await province.get(stage.path(dossier, "loai"))
            #expect(opened.status == .seeOther && opened.location == SiteURL.dossier(id: dossier.id!.uuidString).path)
            let refused = try await province.post(stage.path(dossier, "loai"), ["version": "\(dossier.version)", "rule": "0", "finding": "Giả mạo"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("không quy định trường hợp loại hồ sơ"))
            #expect(try await stage.reload(dossier, app).dossierState == .forwarded)
            #expect(try await DossierEliminationRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("26/2026: chưa ghi nhận 05 sản phẩm mẫu thì không chuyển tỉnh được, không tạo công văn; ghi nhận xong thì chuyển được")
    func forwardingNeedsTheSamples() async throws {
        try await withTestApp { app in
            let (_, dossier, _) = try await stage.submitted(app)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await stage.assess(commune, dossier).status == .seeOther)
            let product = try #require(try await ProductRecord.find(dossier.$product.id, on: app.db))
            let refused = try await stage.forward(commune, [try await stage.reload(dossier, app)], recordingSamples: false)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("\(product.name): chưa ghi nhận 05 sản phẩm mẫu (điểm d khoản 2 Điều 6 Quyết định 26/2026/QĐ-TTg)"))
            #expect(try await stage.reload(dossier, app).dossierState == .communeAssessed)
            #expect(try await ForwardingLetterRecord.query(on: app.db).count() == 0)
            #expect(try await stage.forward(commune, [try await stage.reload(dossier, app)]).status == .seeOther)
            #expect(try await stage.reload(dossier, app).dossierState == .forwarded)
        }
    }
}
