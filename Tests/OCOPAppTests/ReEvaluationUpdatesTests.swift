import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Cập nhật khi đánh giá lại (Điều 6.1.c QĐ 26/2026): the nine topics answered on the dossier page,
/// submission refused until each is, the answers read by the commune and province, nobody else.
@Suite("Đánh giá lại: cập nhật nội dung mới sau khi được công nhận (Điều 6.1.c)")
struct ReEvaluationUpdatesTests {
    let reEvaluation = ReEvaluationTests()
    let stage = CommuneStageTests()

    static func path(_ dossier: DossierRecord) -> String { SiteURL.dossierAction(id: dossier.id!.uuidString, action: "cap-nhat").path }

    /// Every topic "Không thay đổi", as the producer ticks them.
    @discardableResult
    static func answerAll(_ browser: Browser, _ dossier: DossierRecord, except skipped: Set<ReEvaluationTopic> = [],
                          changes: [ReEvaluationTopic: String] = [:]) async throws -> TestingHTTPResponse {
        try await browser.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
        var form: [String: String] = [:]
        for topic in ReEvaluationTopic.allCases where !skipped.contains(topic) {
            if let change = changes[topic] {
                form["\(topic.rawValue)-status"] = "changed"
                form["\(topic.rawValue)-text"] = change
            } else {
                form["\(topic.rawValue)-status"] = "unchanged"
            }
        }
        return try await browser.post(path(dossier), form)
    }

    @Test("Chưa trả lời đủ: nộp bị từ chối, liệt kê từng nội dung; trả lời đủ thì nộp được; xã và tỉnh đọc được câu trả lời")
    func refusedUntilAnswered() async throws {
        try await withTestApp { app in
            let (dossier, _, producer) = try await reEvaluation.draft(app, expiringIn: 150)
            // Undo the helper's answers: start from a blank panel.
            let blank = try await stage.reload(dossier, app)
            blank.reEvaluationUpdates = nil
            try await blank.save(on: app.db)
            let page = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(page.contains(#"id="updates-form""#) && page.contains("Còn 9 nội dung chưa cập nhật"))

            // Two answered, one "changed" without a description: still unanswered.
            #expect(try await producer.post(Self.path(dossier), ["rawMaterials-status": "unchanged", "packaging-status": "changed",
                                                                  "packaging-text": "Chuyển sang chai thủy tinh 500 ml",
                                                                  "labelling-status": "changed", "labelling-text": " "]).status == .seeOther)
            let refused = try await reEvaluation.submit(producer, dossier)
            #expect(refused.status == .unprocessableEntity)
            let body = refused.body.string
            for topic in ReEvaluationTopic.allCases {
                let line = "Chưa cập nhật «\(topic.title)» (Điều 6.1.c QĐ 26/2026)"
                #expect(body.contains(line) == ![.rawMaterials, .packaging].contains(topic), "\(topic)")
            }
            // What was typed is kept on the form.
            #expect(body.contains("Chuyển sang chai thủy tinh 500 ml"))
            #expect(try await stage.reload(dossier, app).dossierState == .draft)

            #expect(try await Self.answerAll(producer, dossier, changes: [.market: "Thêm 2 siêu thị ở Hải Phòng"]).status == .seeOther)
            #expect(try await Self.answerAll(producer, dossier, changes: [.market: "Thêm 2 siêu thị ở Hải Phòng"]).status == .seeOther)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "dossier.re-evaluation-updates").count() == 4)   // the helper's, the partial one, these two
            #expect(try await reEvaluation.submit(producer, dossier).status == .seeOther)
            let stored = try await stage.reload(dossier, app)
            #expect(stored.dossierState == .submitted)
            #expect(try stored.updates.isComplete && stored.updates[.market]?.description == "Thêm 2 siêu thị ở Hải Phòng")
            // Submitted: the producer can no longer change them.
            #expect(try await Self.answerAll(producer, dossier, except: [.market]).status == .seeOther)
            #expect(try await stage.reload(dossier, app).updates[.market]?.description == "Thêm 2 siêu thị ở Hải Phòng")

            for username in ["vietkhe", "haiphong"] {
                let officer = Browser(app)
                try await officer.login(username)
                let read = try await officer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
                #expect(read.contains(#"<dd id="upd-market">Thêm 2 siêu thị ở Hải Phòng</dd>"#))
                #expect(read.contains(#"<dd id="upd-rawMaterials">Không thay đổi</dd>"#))
                #expect(!read.contains(#"id="updates-form""#))
            }
        }
    }

    @Test("Người ngoài đơn vị, cán bộ xã khác và cán bộ xã của hồ sơ không sửa được nội dung cập nhật")
    func outsidersRefused() async throws {
        try await withTestApp { app in
            let (dossier, _, _) = try await reEvaluation.draft(app, expiringIn: 150)
            let before = try await stage.reload(dossier, app).reEvaluationUpdates
            for (username, status) in [("ankhanh", HTTPStatus.forbidden), ("vietkhe", .forbidden), ("uyvien1", .forbidden)] {
                let other = Browser(app)
                try await other.login(username)
                #expect(try await Self.answerAll(other, dossier, except: [.revenue]).status == status, "\(username)")
            }
            let visitor = Browser(app)
            #expect(try await visitor.post(Self.path(dossier), ["revenue-status": "unchanged"]).status == .seeOther)
            #expect(try await stage.reload(dossier, app).reEvaluationUpdates == before)
        }
    }

    @Test("Hồ sơ đánh giá lại thiếu hoặc có giấy tờ có thời hạn đã hết hạn: không nộp được cho đến khi có bản còn hiệu lực")
    func expiredTermPaperBlocks() async throws {
        try await withTestApp { app in
            let (dossier, _, producer) = try await reEvaluation.draft(app, expiringIn: 150)
            let expired = CalendarDay.inVietnam(Date()).adding(days: -3)
            #expect(try await DocumentValidityTests.upload(producer, dossier, code: 6, validUntil: expired.iso).status == .seeOther)
            let refused = try await reEvaluation.submit(producer, dossier)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("đã hết hạn ngày \(expired.vietnamese); cần nộp bản còn hiệu lực"))
            let renewed = CalendarDay.inVietnam(Date()).adding(days: 700)
            #expect(try await DocumentValidityTests.upload(producer, dossier, code: 6, validUntil: renewed.iso).status == .seeOther)
            #expect(try await reEvaluation.submit(producer, dossier).status == .seeOther)
        }
    }
}
