import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Đánh giá lại under 26/2026 over HTTP: the filing window at submission (Điều 7.6.a), the late
/// filing's flag and extension (Điều 12.3), the 45-day limit (7.6.g) and the written-opinion
/// decision (7.6.d) through the same council steps as a meeting.
@Suite("Đánh giá lại: thời hạn nộp, nộp muộn và gia hạn, 45 ngày, lấy ý kiến bằng văn bản")
struct ReEvaluationTests {
    let steps = DossiersTests()
    let stage = CommuneStageTests()
    let scoring = ScoringTests()
    let product = "Rượu nếp men lá Kỳ Sơn"
    var today: CalendarDay { .inVietnam(Date()) }

    /// `chuthe`'s recognised product with its certificate expiring `days` from today, a complete
    /// re-evaluation dossier for it in a Việt Khê round (not yet submitted), and the producer's browser.
    func draft(_ app: Application, expiringIn days: Int) async throws -> (DossierRecord, ReEvaluationWindow, Browser) {
        let base = try await steps.fixture(app)
        let record = try #require(try await ProductRecord.query(on: app.db).filter(\.$name == product).first())
        let recognition = try #require(try await RecognitionRecord.query(on: app.db).filter(\.$product.$id == record.id!).first())
        let dated = DemoData.recognition("3756/QĐ-UBND", expiringIn: days)
        recognition.decisionDate = dated.decisionDay.iso
        recognition.expiryDate = dated.expiryDay.iso
        try await recognition.save(on: app.db)
        let criteria = try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$code == record.criteriaSetCode)
            .sort(\.$version, .descending).first())
        let productSet = try #require(try CriteriaStore.load(criteria).productSet(code: record.productSetCode))
        let f = DossiersTests.Fixture(product: record, producer: base.producer, round: base.round, productSet: productSet)
        let producer = Browser(app)
        try await producer.login("chuthe")
        #expect(try await steps.create(producer, f, kind: .reRecognition).status == .seeOther)
        let dossier = try #require(try await DossierRecord.query(on: app.db).filter(\.$product.$id == record.id!).first())
        // A re-evaluation also needs its three years' report (document 20).
        for code in [1, 2, 3, 4, 5, 20] { try await steps.upload(producer, dossier, code: code) }
        try await steps.selfAssess(producer, dossier, f)
        // Điều 6.1.c: what changed since recognition is answered before a re-evaluation is submitted.
        #expect(try await ReEvaluationUpdatesTests.answerAll(producer, dossier).status == .seeOther)
        return (dossier, ReEvaluationWindow(dated), producer)
    }

    func submit(_ producer: Browser, _ dossier: DossierRecord) async throws -> TestingHTTPResponse {
        try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
        return try await producer.post(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "nop").path, [:])
    }

    /// The dossier submitted, assessed and forwarded by Việt Khê, received by Hải Phòng.
    func received(_ app: Application, expiringIn days: Int) async throws -> (DossierRecord, EvaluationRoundRecord) {
        let (dossier, _, producer) = try await draft(app, expiringIn: days)
        #expect(try await submit(producer, dossier).status == .seeOther)
        return try await stage.receivedByProvince(app, try await stage.reload(dossier, app), roundName: "Đánh giá lại OCOP – đợt 1", year: today.year)
    }

    /// A written-opinion round of a three-member council with the dossier, its papers sent; the
    /// opinions are due in ten days, and nobody moves any day: there is no meeting to wait for.
    func writtenRound(_ app: Application, _ dossier: DossierRecord, _ round: EvaluationRoundRecord) async throws -> (String, Browser) {
        let officer = Browser(app)
        try await officer.login("haiphong")
        let council = try await scoring.threeMemberCouncil(app, officer)
        try await officer.get(SiteURL.newMeeting(council: council.id!.uuidString).path)
        let scheduled = try await officer.post(SiteURL.newMeeting(council: council.id!.uuidString).path, pairs: [
            ("evaluationRound", round.id!.uuidString), ("round", "1"), ("procedure", "writtenOpinions"),
            ("day", today.adding(days: 10).iso), ("time", ""), ("place", ""), ("ho-so[]", dossier.id!.uuidString)])
        #expect(scheduled.status == .seeOther)
        let meetingPath = try #require(scheduled.headers.first(name: .location))
        try await officer.get(meetingPath)
        #expect(try await officer.post("\(meetingPath)/gui-tai-lieu", [:]).status == .seeOther)
        return (meetingPath, officer)
    }

    func sheet(_ dossier: DossierRecord, _ app: Application) async throws -> [String: String] {
        let product = try #require(try await ProductRecord.find(dossier.$product.id, on: app.db))
        let productSet = try (try await DossierSelfAssessment.sheet(dossier, product: product, on: app.db)).get().productSet
        return steps.answers(productSet).merging(["tm": "1"]) { $1 }
    }

    @Test("Nộp quá sớm (181 ngày trước ngày hết hạn): bị từ chối, nêu ngày bắt đầu được nộp, không lưu gì")
    func tooEarlyRefused() async throws {
        try await withTestApp { app in
            let (dossier, window, producer) = try await draft(app, expiringIn: 181)
            #expect(window.opensOn == today.next)
            let refused = try await submit(producer, dossier)
            #expect(refused.status == .unprocessableEntity)
            let page = refused.body.string
            #expect(page.contains(#"id="submit-errors""#))
            #expect(page.contains("Vui lòng nộp lại từ ngày \(today.next.vietnamese)"))
            let stored = try await stage.reload(dossier, app)
            #expect(stored.dossierState == .draft && stored.submittedAt == nil && stored.filingPhase == nil && stored.certificateExpiresOn == nil)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "dossier.submit").count() == 0)
            // The page says when the window opens before anyone tries.
            let shown = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(shown.contains("Hồ sơ đánh giá lại được nộp từ ngày \(today.next.vietnamese) đến ngày \(window.closesOn.vietnamese)"))
        }
    }

    @Test("180 ngày trước ngày hết hạn: nộp đúng hạn, không gắn cờ")
    func onTimeAccepted() async throws {
        try await withTestApp { app in
            let (dossier, window, producer) = try await draft(app, expiringIn: 180)
            #expect(try await submit(producer, dossier).status == .seeOther)
            let stored = try await stage.reload(dossier, app)
            #expect(stored.dossierState == .submitted && stored.filingPhase == .onTime && stored.certificateExpiresOn == window.expiryDay.iso)
            let page = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(!page.contains(#"id="late-filing""#))
            #expect(page.contains("Nộp đúng thời hạn"))
        }
    }

    @Test("Nộp muộn (đã hết hạn 30 ngày): được nhận, gắn cờ nộp muộn, giấy chứng nhận cũ hiện được kéo dài tối đa 180 ngày")
    func lateAcceptedFlaggedAndExtended() async throws {
        try await withTestApp { app in
            let (dossier, window, producer) = try await draft(app, expiringIn: -30)
            #expect(try await submit(producer, dossier).status == .seeOther)
            let stored = try await stage.reload(dossier, app)
            #expect(stored.dossierState == .submitted && stored.filingPhase == .late)
            let page = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(page.contains(#"<p class="bad" id="late-filing"><strong>Nộp muộn</strong></p>"#))
            let extended = "được kéo dài hiệu lực đến khi có kết quả đánh giá lại, không quá ngày \(window.lastExtendedDay.vietnamese)"
            #expect(page.contains(extended))
            #expect(window.lastExtendedDay == window.expiryDay.adding(days: 179))
            let officer = Browser(app)
            try await officer.login("vietkhe")
            let productPage = try await officer.get(SiteURL.product(id: stored.$product.id.uuidString).path).body.string
            #expect(productPage.contains(#"id="product-re-evaluation""#) && productPage.contains(extended))
            // The history says the filing was late.
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "dossier.submit").first()?.after?.contains("Nộp muộn") == true)
        }
    }

    @Test("Lấy ý kiến bằng văn bản: thành viên chấm từ xa, không họp, ban hành quyết định; hạn 45 ngày hiện trên hồ sơ")
    func writtenOpinionsDecided() async throws {
        try await withTestApp { app in
            let (dossier, round) = try await received(app, expiringIn: 150)
            let due = today.adding(days: 45)
            let officer = Browser(app)
            try await officer.login("haiphong")
            let before = try await officer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(before.contains("Hạn có kết quả đánh giá lại: \(due.vietnamese) (45 ngày kể từ ngày nhận đủ hồ sơ \(today.vietnamese)); còn 45 ngày."))
            let (meetingPath, _) = try await writtenRound(app, dossier, round)
            let meeting = try #require(try await MeetingRecord.query(on: app.db).first())
            #expect(meeting.procedure == .writtenOpinions && meeting.meetingDay! > today)
            let page = try await officer.get(meetingPath).body.string
            #expect(page.contains("Lấy ý kiến bằng văn bản") && page.contains("Đã gửi phiếu lấy ý kiến ngày \(today.vietnamese)"))
            // Submitted today, ten days before the opinions are due: no meeting's day to wait for.
            try await scoring.scoreAll(app, meetingPath, dossier, ["hoidong", "thanhvien2", "thanhvien3"], try await sheet(dossier, app))
            #expect(try await MemberScoreRecord.query(on: app.db).filter(\.$status == "submitted").count() == 3)
            try await officer.get("\(meetingPath)/ket-qua")
            let issued = try await officer.post("\(meetingPath)/quyet-dinh", ["number": "88/QĐ-UBND", "signedOn": today.iso, "signer": "Lê Văn Hải"])
            #expect(issued.status == .seeOther)
            #expect(try await DecisionRecord.query(on: app.db).count() == 1)
            #expect(try await CertificateRecord.query(on: app.db).filter(\.$dossier.$id == dossier.id!).count() == 1)
            let after = try await officer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(after.contains("đã quyết định ngày \(today.vietnamese), trong hạn."))
            // The minutes say no meeting took place and when the opinions were due.
            let minutes = try await officer.get(SiteURL.meetingAction(id: meeting.id!.uuidString, action: .minutes).path)
            #expect(minutes.status == .ok)
            #expect(minutes.body.string.contains(#"<p id="minutes-procedure">Hình thức: lấy ý kiến thành viên bằng văn bản, không tổ chức họp (điểm d khoản 6 Điều 7 Quyết định 26/2026/QĐ-TTg). Hạn gửi ý kiến: ngày \#(meeting.meetingDay!.vietnamese).</p>"#))
            #expect(minutes.body.string.contains("Thành viên gửi ý kiến (3)"))
            #expect(!minutes.body.string.contains("Địa điểm:"))
        }
    }

    @Test("Ý kiến chênh quá 10 điểm hoặc thành viên đề nghị họp: không ra quyết định bằng văn bản, phải họp")
    func meetingRequired() async throws {
        try await withTestApp { app in
            let (dossier, round) = try await received(app, expiringIn: 150)
            let (meetingPath, officer) = try await writtenRound(app, dossier, round)
            let best = try await sheet(dossier, app)
            try await scoring.scoreAll(app, meetingPath, dossier, ["hoidong", "thanhvien2"], best)
            let product = try #require(try await ProductRecord.find(dossier.$product.id, on: app.db))
            let productSet = try (try await DossierSelfAssessment.sheet(dossier, product: product, on: app.db)).get().productSet
            try await scoring.scoreAll(app, meetingPath, dossier, ["thanhvien3"], scoring.lowest(productSet))
            let member = Browser(app)
            try await member.login("thanhvien2")
            let sheetPath = "\(meetingPath)/cham/\(dossier.id!.uuidString)"
            try await member.get(sheetPath)
            let empty = try await member.post("\(sheetPath)/de-nghi-hop", ["reason": "  "])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("Vui lòng ghi lý do cần họp trực tiếp"))
            #expect(try await MeetingRequestRecord.query(on: app.db).count() == 0)
            #expect(try await member.post("\(sheetPath)/de-nghi-hop", ["reason": "Quy mô sản xuất thay đổi lớn"]).status == .seeOther)
            #expect(try await member.post("\(sheetPath)/de-nghi-hop", ["reason": "Quy mô sản xuất thay đổi lớn"]).status == .seeOther)
            #expect(try await MeetingRequestRecord.query(on: app.db).count() == 1)
            #expect(try await member.get(sheetPath).body.string.contains(#"id="meeting-request-sent""#))

            try await officer.get("\(meetingPath)/ket-qua")
            let refused = try await officer.post("\(meetingPath)/quyet-dinh", ["number": "89/QĐ-UBND", "signedOn": today.iso, "signer": "Lê Văn Hải"])
            #expect(refused.status == .unprocessableEntity)
            let body = refused.body.string
            #expect(body.contains("\(product.name): ý kiến các thành viên chênh nhau quá 10 điểm – cần tổ chức họp Hội đồng để thảo luận."))
            #expect(body.contains("\(product.name): Ngô Văn Hai đề nghị họp trực tiếp (Quy mô sản xuất thay đổi lớn) – cần tổ chức họp Hội đồng."))
            #expect(try await DecisionRecord.query(on: app.db).count() == 0)
            let page = try await officer.get(meetingPath).body.string
            #expect(page.contains(#"id="meeting-needed""#) && page.contains("Lên lịch phiên họp cho các hồ sơ này"))
        }
    }

    @Test("Lấy ý kiến bằng văn bản chỉ nhận hồ sơ đánh giá lại")
    func writtenOpinionsOnlyForReEvaluations() async throws {
        try await withTestApp { app in
            let (dossier, round) = try await CouncilsTests().acceptedDossier(app)
            let officer = Browser(app)
            try await officer.login("haiphong")
            let council = try await scoring.threeMemberCouncil(app, officer)
            try await officer.get(SiteURL.newMeeting(council: council.id!.uuidString).path)
            let refused = try await officer.post(SiteURL.newMeeting(council: council.id!.uuidString).path, pairs: [
                ("evaluationRound", round.id!.uuidString), ("round", "1"), ("procedure", "writtenOpinions"),
                ("day", today.adding(days: 10).iso), ("ho-so[]", dossier.id!.uuidString)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Chỉ hồ sơ đánh giá lại được đánh giá bằng hình thức lấy ý kiến bằng văn bản"))
            #expect(try await MeetingRecord.query(on: app.db).count() == 0)
        }
    }
}
