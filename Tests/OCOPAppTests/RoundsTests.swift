import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

@Suite("Đợt đăng ký và gia hạn")
struct RoundsTests {
    /// The demo data opens a round for Việt Khê; these tests count and read the rounds they open.
    func removeDemoRounds(_ app: Application) async throws {
        try await RegistrationRoundRecord.query(on: app.db).delete()
    }

    /// The round of seed 000: new and re-evaluation dossiers until 30/06/2026.
    func roundForm(_ app: Application, closes: String = "2026-06-30", communes: [String] = []) async throws -> [String: String] {
        let criteria = try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$code == "QD148-2023")
            .filter(\.$status == CriteriaSetStatus.published.rawValue).first())
        var form = ["name": "Đăng ký đánh giá, phân hạng sản phẩm OCOP năm 2026", "year": "2026",
                    "kinds[0]": "new", "kinds[1]": "reRecognition",
                    "opensOn": "2026-06-01", "closesOn": closes, "criteriaSet": criteria.id!.uuidString]
        for (index, code) in communes.enumerated() { form["communes[\(index)]"] = code }
        return form
    }

    @Test("Xã mở đợt cho xã mình; xã khác không thấy; tỉnh và chủ thể trong xã thấy")
    func communeOpensItsRound() async throws {
        try await withTestApp { app in
            try await removeDemoRounds(app)
            let officer = Browser(app)
            try await officer.login("vietkhe")
            try await officer.get(SiteURL.newRound.path)
            let created = try await officer.post(SiteURL.newRound.path, try await roundForm(app))
            #expect(created.status == .seeOther)
            let record = try #require(try await RegistrationRoundRecord.query(on: app.db).first())
            let round = try record.round()
            #expect(round.coverage == [.commune(DemoData.vietKhe, inProvince: DemoData.haiPhong)])
            #expect(round.kinds == [.new, .reRecognition])
            #expect(record.criteriaSetCode == "QD148-2023")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "round.open").filter(\.$recordID == record.id!.uuidString).count() == 1)

            let other = Browser(app)
            try await other.login("ankhanh")
            #expect(!(try await other.get(SiteURL.rounds.path).body.string.contains("năm 2026")))
            #expect(try await other.get(SiteURL.round(id: record.id!.uuidString).path).status == .forbidden)
            for username in ["haiphong", "chuthe"] {
                let reader = Browser(app)
                try await reader.login(username)
                let page = try await reader.get(SiteURL.round(id: record.id!.uuidString).path)
                #expect(page.status == .ok)
                #expect(page.body.string.contains("30/06/2026"))
            }
        }
    }

    @Test("Hạn chót trước ngày mở bị từ chối, giữ nguyên những gì đã nhập; xã ngoài tỉnh bị từ chối")
    func badRoundsAreRefused() async throws {
        try await withTestApp { app in
            try await removeDemoRounds(app)
            let officer = Browser(app)
            try await officer.login("haiphong")
            try await officer.get(SiteURL.newRound.path)
            let backwards = try await officer.post(SiteURL.newRound.path, try await roundForm(app, closes: "2026-05-01"))
            #expect(backwards.status == .unprocessableEntity)
            #expect(backwards.body.string.contains("Hạn chót 01/05/2026 trước ngày bắt đầu nhận hồ sơ 01/06/2026."))
            #expect(backwards.body.string.contains(#"value="01/05/2026""#), "kept, shown as dd/mm/yyyy")
            let outside = try await officer.post(SiteURL.newRound.path, try await roundForm(app, communes: [DemoData.anKhanh, "09877"]))
            #expect(outside.status == .unprocessableEntity)
            #expect(outside.body.string.contains("không thuộc tỉnh của bạn"))
            let two = try await officer.post(SiteURL.newRound.path, try await roundForm(app, communes: [DemoData.anKhanh, DemoData.vietKhe]))
            #expect(two.status == .seeOther)
            #expect(try await RegistrationRoundRecord.query(on: app.db).count() == 1)

            let producer = Browser(app)
            try await producer.login("chuthe")
            #expect(try await producer.get(SiteURL.newRound.path).status == .forbidden)
        }
    }

    @Test("Gia hạn cho một chủ thể: phải có lý do và sau hạn chót; cán bộ xã khác không gia hạn được")
    func extensions() async throws {
        try await withTestApp { app in
            try await removeDemoRounds(app)
            let officer = Browser(app)
            try await officer.login("haiphong")
            try await officer.get(SiteURL.newRound.path)
            try await officer.post(SiteURL.newRound.path, try await roundForm(app))
            let record = try #require(try await RegistrationRoundRecord.query(on: app.db).first())
            let vietKheProducer = try #require(try await ProducerRecord.query(on: app.db).filter(\.$communeCode == DemoData.vietKhe).first())
            let url = SiteURL.roundAction(id: record.id!.uuidString, action: "gia-han").path

            let commune = Browser(app)
            try await commune.login("vietkhe")
            try await commune.get(SiteURL.round(id: record.id!.uuidString).path)
            let noReason = try await commune.post(url, ["producer": vietKheProducer.id!.uuidString, "day": "2026-07-10", "reason": " "])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.string.contains("Phải ghi lý do gia hạn."))
            let early = try await commune.post(url, ["producer": vietKheProducer.id!.uuidString, "day": "2026-06-15", "reason": "Chờ kết quả kiểm nghiệm"])
            #expect(early.body.string.contains("Hạn mới phải sau hạn chót"))
            let granted = try await commune.post(url, ["producer": vietKheProducer.id!.uuidString, "day": "2026-07-10",
                                                       "reason": "Chờ phiếu kết quả kiểm nghiệm của Trung tâm Kỹ thuật"])
            #expect(granted.status == .seeOther)
            let stored = try #require(try await RegistrationExtensionRecord.query(on: app.db).first())
            let rule = try #require(stored.rule(roundID: record.id!.uuidString))
            let round = try record.round()
            let producerPlace = UnitLocation.commune(DemoData.vietKhe, inProvince: DemoData.haiPhong)
            #expect(round.admits(.new, on: CalendarDay(year: 2026, month: 7, day: 10)!, commune: producerPlace, extension: rule).isAllowed)
            #expect(!round.admits(.new, on: CalendarDay(year: 2026, month: 7, day: 10)!, commune: producerPlace).isAllowed)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "round.extend").count() == 1)

            let anKhanhProducer = try #require(try await ProducerRecord.query(on: app.db).filter(\.$communeCode == DemoData.anKhanh).first())
            let refused = try await commune.post(url, ["producer": anKhanhProducer.id!.uuidString, "day": "2026-07-10", "reason": "Thử"])
            #expect(refused.status == .forbidden)
        }
    }
}
