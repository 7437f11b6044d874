import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Rounds with the statutory dates of Điều 5, the commune's 15-working-day limit (Điều 7.2) on
/// the queue, the dashboard and in notices, and the transition limit (Điều 12) on the dossier page.
/// Dates are built from the app's today (Vietnam), never written out.
@Suite("Thời hạn: đợt theo Điều 5, 15 ngày làm việc của xã, chuyển tiếp")
struct DeadlinesTests {
    let stage = CommuneStageTests()
    var today: CalendarDay { .inVietnam(Date()) }

    func rounds(_ app: Application, year: Int) async throws -> [EvaluationRoundRecord] {
        try await EvaluationRoundRecord.query(on: app.db).filter(\.$provinceCode == DemoData.haiPhong).filter(\.$year == year)
            .sort(\.$name).all()
    }

    /// Moves the dossier's receipt `days` calendar days back, as if the producer had submitted then.
    func received(_ dossier: DossierRecord, daysAgo days: Int, _ app: Application) async throws -> DossierRecord {
        let stored = try await stage.reload(dossier, app)
        stored.submittedAt = Date().addingTimeInterval(-Double(days) * 86_400)
        try await stored.save(on: app.db)
        return stored
    }

    @Test("Một lần bấm tạo 2 đợt theo quy định với thời hạn; bấm lại không tạo thêm; đợt cùng tên mở trước được ghi thời hạn")
    func statutoryRounds() async throws {
        try await withTestApp { app in
            let year = today.year + 1
            let province = Browser(app)
            try await province.login("haiphong")
            #expect(try await province.get(SiteURL.evaluationRounds.path).status == .ok)
            // Opened by hand earlier under the proposed name: it is that round and gets the dates.
            let byHand = try await province.post(SiteURL.evaluationRounds.path, ["name": "Đánh giá, phân hạng sản phẩm OCOP năm \(year) – đợt 1",
                                                                                 "year": String(year)])
            #expect(byHand.status == .seeOther)
            let made = try await province.post(SiteURL.statutoryEvaluationRounds.path, ["statutoryYear": String(year)])
            #expect(made.status == .seeOther)
            let stored = try await rounds(app, year: year)
            #expect(stored.map(\.name) == ["Đánh giá, phân hạng sản phẩm OCOP năm \(year) – đợt 1",
                                           "Đánh giá, phân hạng sản phẩm OCOP năm \(year) – đợt 2"])
            #expect(stored.map(\.roundNumber) == [1, 2])
            #expect(stored.map(\.proposalsBefore) == ["\(year)-04-30", "\(year)-10-30"])
            #expect(stored.map(\.concludesBefore) == ["\(year)-06-30", "\(year)-12-30"])
            let page = try await province.get(SiteURL.evaluationRounds.path)
            #expect(page.body.string.contains("Đợt đánh giá theo Điều 5 Quyết định 26/2026/QĐ-TTg: đã tạo «Đánh giá, phân hạng sản phẩm OCOP năm \(year) – đợt 2»; "
                                              + "đã ghi thời hạn cho «Đánh giá, phân hạng sản phẩm OCOP năm \(year) – đợt 1»."))
            #expect(page.body.string.contains("<td>30/04/\(year)</td><td>30/06/\(year)</td>"))
            #expect(page.body.string.contains("<td>30/10/\(year)</td><td>30/12/\(year)</td>"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "evaluation-round.date").count() == 1)

            let again = try await province.post(SiteURL.statutoryEvaluationRounds.path, ["statutoryYear": String(year)])
            #expect(again.status == .seeOther)
            #expect(try await rounds(app, year: year).count == 2)
            #expect(try await province.get(SiteURL.evaluationRounds.path).body.string
                .contains("Các đợt đánh giá theo quy định của năm \(year) đã có; không tạo thêm đợt nào."))

            let wrong = try await province.post(SiteURL.statutoryEvaluationRounds.path, ["statutoryYear": "năm sau"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("Năm không hợp lệ; vui lòng nhập năm, ví dụ \(today.year)."))
            #expect(wrong.body.string.contains(#"value="năm sau""#))

            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await commune.post(SiteURL.statutoryEvaluationRounds.path, ["statutoryYear": String(year)]).status == .forbidden)
        }
    }

    @Test("Cán bộ trung ương tạo 2 đợt cấp quốc gia: đề nghị trước 30/7 → trước 30/9, trước 30/01 năm sau → trước 30/3 năm sau")
    func nationalStatutoryRounds() async throws {
        try await withTestApp { app in
            let year = today.year + 1
            let national = Browser(app)
            try await national.login("trunguong")
            #expect(try await national.get(SiteURL.evaluationRounds.path).status == .ok)
            #expect(try await national.post(SiteURL.statutoryEvaluationRounds.path, ["statutoryYear": String(year)]).status == .seeOther)
            let stored = try await EvaluationRoundRecord.query(on: app.db).filter(\.$provinceCode == nil).filter(\.$year == year).sort(\.$name).all()
            #expect(stored.map(\.name) == ["Đánh giá, phân hạng sản phẩm OCOP cấp quốc gia năm \(year) – đợt 1",
                                           "Đánh giá, phân hạng sản phẩm OCOP cấp quốc gia năm \(year) – đợt 2"])
            #expect(stored.map(\.proposalsBefore) == ["\(year)-07-30", "\(year + 1)-01-30"])
            #expect(stored.map(\.concludesBefore) == ["\(year)-09-30", "\(year + 1)-03-30"])
            // The province's own rounds are not touched, and a province cannot make national ones.
            #expect(try await rounds(app, year: year).isEmpty)
        }
    }

    @Test("Hồ sơ chuyển sau hạn đề nghị của một đợt: xã được báo đợt của hồ sơ; tỉnh không tiếp nhận được vào đợt đã qua hạn, tiếp nhận vào đợt sau")
    func nextRound() async throws {
        try await withTestApp { app in
            let (f, dossier, _) = try await stage.submitted(app)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            try await stage.assess(commune, dossier)
            let sent = try await stage.forward(commune, [try await stage.reload(dossier, app)])
            #expect(sent.status == .seeOther)
            let target = StatutoryRounds.round(.province, forProposalOn: today)
            let letterPage = try await commune.get(try #require(sent.location))
            #expect(letterPage.body.string.contains(StatutoryRounds.notice(.province, forProposalOn: today)))
            #expect(letterPage.body.string.contains("thuộc \(target.summary)"))

            let province = Browser(app)
            try await province.login("haiphong")
            // Last year's rounds: both cut-offs are behind today.
            try await province.get(SiteURL.evaluationRounds.path)
            let lastYear = try await province.post(SiteURL.statutoryEvaluationRounds.path, ["statutoryYear": String(today.year - 1)])
            #expect(lastYear.status == .seeOther)
            let closed = try #require(try await rounds(app, year: today.year - 1).last)
            try await province.get(SiteURL.dossierQueue(state: .forwarded).path)
            let forwarded = try await stage.reload(dossier, app)
            let refused = try await province.post(SiteURL.dossierIntake.path, pairs: [
                ("ho-so[]", DossierPick(forwarded).value), ("evaluationRound", closed.id!.uuidString)])
            #expect(refused.status == .unprocessableEntity)
            let expected = "\(f.product.name): xã chuyển hồ sơ ngày \(today.vietnamese), sau hạn đề nghị của «\(closed.name)» "
                + "(trước ngày 30/10/\(today.year - 1)); hồ sơ thuộc \(target.summary). "
                + "Vui lòng tiếp nhận vào đợt đó (tạo đợt theo quy định tại trang Đợt đánh giá nếu chưa có)."
            #expect(refused.body.string.contains(expected))
            #expect(try await stage.reload(dossier, app).dossierState == .forwarded)

            try await province.get(SiteURL.evaluationRounds.path)
            let targetYear = try await province.post(SiteURL.statutoryEvaluationRounds.path, ["statutoryYear": String(target.year)])
            #expect(targetYear.status == .seeOther)
            let right = try #require(try await rounds(app, year: target.year).first { $0.roundNumber == target.number })
            try await province.get(SiteURL.dossierQueue(state: .forwarded).path)
            let accepted = try await province.post(SiteURL.dossierIntake.path, pairs: [
                ("ho-so[]", DossierPick(forwarded).value), ("evaluationRound", right.id!.uuidString)])
            #expect(accepted.status == .seeOther)
            let stored = try await stage.reload(dossier, app)
            #expect(stored.dossierState == .acceptedByProvince)
            #expect(stored.evaluationRoundID == right.id)
        }
    }

    @Test("Danh sách hồ sơ của xã: cột hạn 15 ngày làm việc (còn bao nhiêu ngày, quá hạn); bảng điều khiển đếm hồ sơ quá hạn")
    func queueAndDashboard() async throws {
        try await withTestApp { app in
            let (_, dossier, _) = try await stage.submitted(app)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            let calendar = WorkingDayCalendar()
            let fresh = CommuneDeadline(receivedOn: today, calendar: calendar)
            let queue = try await commune.get(SiteURL.dossierQueue(state: .submitted).path)
            #expect(queue.body.string.contains("<th>Hạn xử lý của xã</th>"))
            #expect(queue.body.string.contains(#"<td class="deadline">Còn 15 ngày làm việc (hạn \#(fresh.dueOn.vietnamese))</td>"#))
            let board = try await commune.get(SiteURL.dashboard.path)
            #expect(board.body.string.contains(#"<span class="stat-value">0</span><a href="/ho-so?trang-thai=submitted" class="stat-label">Hồ sơ quá hạn 15 ngày làm việc của xã</a>"#))

            let late = try await received(dossier, daysAgo: 40, app)
            let deadline = try #require(CommuneDeadlines.deadline(of: late, calendar: calendar))
            guard case .overdue = deadline.status(on: today, calendar: calendar) else {
                Issue.record("40 ngày trước phải quá hạn")
                return
            }
            let overdue = try await commune.get(SiteURL.dossierQueue(state: .submitted).path)
            #expect(overdue.body.string.contains(#"<td class="deadline deadline-overdue"><span role="img" aria-label="Cảnh báo">⚠</span> <strong>\#(deadline.label(on: today, calendar: calendar))</strong></td>"#))
            #expect(deadline.label(on: today, calendar: calendar).hasPrefix("Quá hạn"))
            let counted = try await commune.get(SiteURL.dashboard.path)
            #expect(counted.body.string.contains(#"<span class="stat-value">1</span><a href="/ho-so?trang-thai=submitted" class="stat-label">Hồ sơ quá hạn 15 ngày làm việc của xã</a>"#))
            // Another commune's officer counts none of Việt Khê's dossiers.
            let other = Browser(app)
            try await other.login("ankhanh")
            #expect(try await other.get(SiteURL.dashboard.path).body.string
                .contains(#"<span class="stat-value">0</span><a href="/ho-so?trang-thai=submitted" class="stat-label">Hồ sơ quá hạn 15 ngày làm việc của xã</a>"#))
            let page = try await commune.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            #expect(page.body.string.contains(deadline.label(on: today, calendar: calendar)))
        }
    }

    @Test("Thông báo hạn xử lý cho cán bộ xã: một lần khi quá hạn, chạy lại không gửi trùng")
    func notices() async throws {
        try await withTestApp { app in
            let (f, dossier, _) = try await stage.submitted(app)
            #expect(try await CommuneDeadlineNotices.run(today: today, on: app.db) == 0)
            let late = try await received(dossier, daysAgo: 40, app)
            let first = try await CommuneDeadlineNotices.run(today: today, on: app.db)
            #expect(first == 1)
            #expect(try await CommuneDeadlineNotices.run(today: today, on: app.db) == 0)
            let notes = try await stage.notifications(app, "vietkhe").filter { $0.noticeKey != nil }
            #expect(notes.count == 1)
            let deadline = try #require(CommuneDeadlines.deadline(of: late, calendar: WorkingDayCalendar()))
            #expect(notes.first?.text == "\(f.product.name): Đã quá hạn xử lý của xã: hồ sơ tiếp nhận ngày \(deadline.receivedOn.vietnamese), "
                + "hạn 15 ngày làm việc là ngày \(deadline.dueOn.vietnamese) (Điều 7.2 Quyết định 26/2026/QĐ-TTg). "
                + "Vui lòng hoàn thành đánh giá và chuyển hồ sơ lên tỉnh ngay.")
            #expect(notes.first?.link == SiteURL.dossier(id: dossier.id!.uuidString).path)
            #expect(try await stage.notifications(app, "ankhanh").isEmpty)
            #expect(try await stage.notifications(app, "chuthe").allSatisfy { $0.noticeKey == nil })
        }
    }

    @Test("Hồ sơ nộp trước 22/5/2026 hiện thời hạn chuyển tiếp 60 ngày; hồ sơ nộp sau thì không")
    func transition() async throws {
        try await withTestApp { app in
            let (_, dossier, _) = try await stage.submitted(app)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            let now = try await commune.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            #expect(!now.body.string.contains("Thời hạn chuyển tiếp"))
            // An earlier filing, as a dossier of the old rules has in its (append-only) log.
            let entry = AuditEntry()
            entry.at = try #require(Calendar(identifier: .gregorian).date(from: DateComponents(timeZone: .init(identifier: "Asia/Ho_Chi_Minh"),
                                                                                                 year: 2026, month: 5, day: 20, hour: 9)))
            entry.actorName = "Chủ thể"
            entry.action = DossierActionKind.submit.auditAction
            entry.recordType = "dossier"
            entry.recordID = dossier.id!.uuidString
            entry.provinceCode = dossier.provinceCode
            entry.communeCode = dossier.communeCode
            try await entry.create(on: app.db)
            let page = try await commune.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            #expect(page.body.string.contains("Hồ sơ nộp trước ngày 22/05/2026: tiếp tục theo quy định giai đoạn 2021–2025, "
                                              + "hoàn thành đánh giá, phân hạng chậm nhất ngày 21/07/2026 (60 ngày, Điều 12 Quyết định 26/2026/QĐ-TTg)."))
        }
    }
}
