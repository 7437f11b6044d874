import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 11's sets over HTTP: 26/2026 shipped as the copy prints it and corrected by the demo's
/// national officer as version 2 with a reason per change; the unofficial 148 copy and 1048's second
/// reading shipped once; the product form offering the sets in force first; the editor refusing a
/// revision saved without its reason and keeping what was typed.
@Suite("Bộ tiêu chí 26/2026, 148, 1048 kèm theo; sửa đổi có lý do")
struct ShippedCriteriaTests {
    func versions(_ app: Application, _ code: String) async throws -> [CriteriaSetRecord] {
        try await CriteriaSetRecord.query(on: app.db).filter(\.$code == code).sort(\.$version).all()
    }

    @Test("Demo: 26/2026 bản 1 có lỗi của bản chép, bản 2 đã đính chính và ban hành, lịch sử ghi từng lý do")
    func demoCorrectsTheCopy() async throws {
        try await withTestApp { app in
            let records = try await versions(app, Law26Importer.criteriaSetID)
            #expect(records.map(\.version) == [1, 2])
            #expect(records.map(\.status) == ["published", "published"])
            #expect(records[0].defectCount > 0 && records[1].defectCount == 0)
            let changes = try await CriteriaSetChangeRecord.query(on: app.db).filter(\.$criteriaSet.$id == records[1].id!).sort(\.$changedAt).all()
            #expect(changes.map(\.reason) == Law26Correction.qd26Copy.map(\.reason))
            #expect(changes.allSatisfy { $0.changedBy.contains("trunguong") })
            #expect(changes[0].cells.split(separator: "\n").contains { $0.hasPrefix("I.2.b: Dòng ") && $0.hasSuffix("→ «3»") }, "\(changes[0].cells)")
            // The round the demo opens scores on the corrected version.
            let round = try #require(try await RegistrationRoundRecord.query(on: app.db).filter(\.$communeCode == DemoData.vietKhe).first())
            #expect(round.criteriaSetCode == Law26Importer.criteriaSetID && round.criteriaSetVersion == 2)

            let browser = Browser(app)
            let second = try await browser.get(SiteURL.criteriaSet(id: records[1].id!.uuidString).path)
            #expect(second.status == .ok)
            let page = second.body.string
            #expect(page.contains(#"<tr data-version="2" aria-current="true">"#))
            #expect(page.contains(#"<tr data-version="1">"#))
            #expect(page.contains(#"<strong class="reason">\#(Law26Correction.qd26Copy[0].reason)</strong>"#))
            #expect(!page.contains("Có lỗi, không dùng để chấm"))
            let first = try await browser.get(SiteURL.criteriaSet(id: records[0].id!.uuidString).path).body.string
            let honey = try #require(first.components(separatedBy: #"<li data-code="I.2.b">"#).dropFirst().first?.prefix(600))
            #expect(honey.contains("Có lỗi, không dùng để chấm"))
            #expect(first.contains(#"<td>Bản đầu tiên</td>"#))
        }
    }

    @Test("148 (bản chép không chính thức) thay khung 148 rỗng; 1048 bản 2 thay bản 1; nạp lại không tạo gì thêm")
    func shippedOnceAndReplacing() async throws {
        try await withTestApp { app in
            let framework = try await versions(app, "QD148-2023")
            #expect(framework.map { "\($0.version) \($0.status)" } == ["1 retired", "2 published"])
            let unofficial = try CriteriaStore.load(framework[1])
            #expect(unofficial.name.hasSuffix("(bản chép không chính thức)") && unofficial.productSets.count == 26)
            #expect(try await versions(app, Legacy1048Importer.criteriaSetID).map { "\($0.version) \($0.status)" } == ["1 retired", "2 published"])
            let before = try await CriteriaSetRecord.query(on: app.db).count()
            try await ShippedCriteriaSets.ensure(on: app.db)
            #expect(try await CriteriaSetRecord.query(on: app.db).count() == before)
        }
    }

    @Test("Chọn bộ sản phẩm: 26/2026 trước, bộ hết hiệu lực ghi rõ, bản chép 148 ghi không chính thức")
    func productSetChoices() async throws {
        try await withTestApp { app in
            let entries = try await ProductSetCatalog.entries(on: app.db, today: CalendarDay(year: 2026, month: 12, day: 1)!)
            #expect(entries.prefix(26).allSatisfy { $0.criteriaSetCode == Law26Importer.criteriaSetID })
            #expect(entries.first?.label == "I.1.a · Rau, củ, quả, hạt tươi — QD26-2026")
            let lapsed = try #require(entries.first { $0.criteriaSetCode == "QD148-2023" && $0.code == "I.2.b" })
            #expect(lapsed.label == "I.2.b · Mật ong, mật khác và nông sản thực phẩm khác — QD148-2023, bản chép không chính thức (hết hiệu lực)")
        }
    }

    @Test("Bản sửa đổi lưu không có lý do bị từ chối 422, giữ ô đã sửa; có lý do thì lưu cả ô thay đổi")
    func revisionNeedsAReason() async throws {
        try await withTestApp { app in
            let shipped = try #require(try await versions(app, Law26Importer.criteriaSetID).last)
            var draft = try CriteriaStore.load(shipped)
            draft.version = try await CriteriaStore.nextVersion(of: draft.id, on: app.db)
            draft.status = .draft
            let record = try await CriteriaStore.insert(draft, actor: nil, action: "criteria.copy", on: app.db)
            let grid = SheetGrid(set: draft, target: .productSet("I.2.b"))
            let points = try #require(grid.headers.firstIndex(of: "Điểm"))
            var fields = ["rows": String(grid.rows.count), "hanh-dong": "luu"]
            for (r, row) in grid.rows.enumerated() {
                for (c, value) in row.enumerated() { fields["r\(r)c\(c)"] = r == 0 && c == points ? "2" : value }
            }
            let url = SiteURL.criteriaEditor(id: record.id!.uuidString, target: "I.2.b").path
            let browser = Browser(app)
            try await browser.login("trunguong")
            let form = try await browser.get(url).body.string
            #expect(form.contains(#"<label for="f-ly-do">Lý do thay đổi (bắt buộc với bản sửa đổi)</label>"#))
            let refused = try await browser.post(url, fields)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("hãy ghi lý do thay đổi (1 ô thay đổi)"))
            #expect(refused.body.string.contains(#"name="r0c\#(points)" value="2""#))
            #expect(try await CriteriaSetRecord.find(record.id, on: app.db)?.document == record.document)
            #expect(try await CriteriaSetChangeRecord.query(on: app.db).filter(\.$criteriaSet.$id == record.id!).count() == 0)

            fields["ly-do"] = "Thử: đổi điểm phương án đầu của A 1.1"
            let saved = try await browser.post(url, fields)
            #expect(saved.status == .ok)
            let change = try #require(try await CriteriaSetChangeRecord.query(on: app.db).filter(\.$criteriaSet.$id == record.id!).first())
            #expect(change.reason == "Thử: đổi điểm phương án đầu của A 1.1")
            #expect(change.cells == "Dòng 1, Điểm: «\(grid.rows[0][points])» → «2»")
            let detail = try await browser.get(SiteURL.criteriaSet(id: record.id!.uuidString).path).body.string
            #expect(detail.contains(#"<strong class="reason">Thử: đổi điểm phương án đầu của A 1.1</strong>"#))
        }
    }

    @Test("Phiếu 26/2026: điều kiện loại in đầu phiếu, tiêu chí con chấm riêng, phương án tối thiểu ghi hạng sao")
    func law26SheetShowsItsRules() async throws {
        try await withTestApp { app in
            let record = try #require(try await versions(app, Law26Importer.criteriaSetID).last)
            let set = try CriteriaStore.load(record)
            let tea = try #require(set.productSet(code: "I.5.a"))
            let browser = Browser(app)
            let trial = try await browser.get(SiteURL.criteriaTry(id: record.id!.uuidString, productSet: "I.5.a").path)
            #expect(trial.status == .ok)
            let page = trial.body.string
            #expect(page.contains(#"<div class="elimination-rules" id="elimination-rules"><p>\#(tea.sheet.eliminationRules[0])</p>"#))
            let group = try #require(tea.sheet.parts.flatMap(\.sections).flatMap(\.criteria).first { !$0.subCriteria.isEmpty })
            #expect(page.contains(#"<div class="criterion-group" data-code="\#(group.code)">"#))
            for sub in group.subCriteria { #expect(page.contains(#"<fieldset class="criterion" id="tc-\#(sub.code)">"#)) }
            let marked = try #require(tea.sheet.criteria.flatMap(\.options).first { $0.minForStar == .four })
            #expect(page.contains("\(marked.text) — \(marked.points.vietnamese) điểm ★★★★ tối thiểu cho 4 sao</label>"))
        }
    }

    @Test("Đợt đăng ký bắt đầu sau 22/5/2026 không dùng được bộ tiêu chí đã hết hiệu lực; giữ những gì đã nhập")
    func roundRefusesALapsedSet() async throws {
        try await withTestApp { app in
            let legacy = try #require(try await versions(app, Legacy1048Importer.criteriaSetID).last)
            let officer = Browser(app)
            try await officer.login("vietkhe")
            let form = try await officer.get(SiteURL.newRound.path).body.string
            #expect(form.contains(#"<option value="\#(legacy.id!.uuidString)">\#(legacy.name) — phiên bản 2 (hết hiệu lực)</option>"#))
            let before = try await RegistrationRoundRecord.query(on: app.db).count()
            let refused = try await officer.post(SiteURL.newRound.path, [
                "name": "Đợt thử bộ cũ", "year": "2026", "kinds[0]": "new", "opensOn": "2026-08-01", "closesOn": "2026-08-30",
                "criteriaSet": legacy.id!.uuidString])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("không áp dụng cho đợt bắt đầu ngày 01/08/2026"))
            #expect(refused.body.string.contains(#"value="Đợt thử bộ cũ""#))
            #expect(try await RegistrationRoundRecord.query(on: app.db).count() == before)
        }
    }
}
