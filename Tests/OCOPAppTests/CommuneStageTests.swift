import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// The commune stage and the province's intake over HTTP: return with reasons and resubmission,
/// the four local criteria, forwarding with one letter, the province receiving or returning, the
/// conflict of two officers, scope, notifications.
@Suite("Hồ sơ: xã trả lại, đánh giá, chuyển tỉnh; tỉnh tiếp nhận")
struct CommuneStageTests {
    let steps = DossiersTests()

    /// A dossier of `chuthe` submitted to Việt Khê, and the producer's browser.
    func submitted(_ app: Application) async throws -> (DossiersTests.Fixture, DossierRecord, Browser) {
        let f = try await steps.fixture(app)
        let producer = Browser(app)
        try await producer.login("chuthe")
        try await steps.create(producer, f)
        let dossier = try await steps.dossier(app)
        for code in 1...5 { try await steps.upload(producer, dossier, code: code) }
        try await steps.selfAssess(producer, dossier, f)
        try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
        let response = try await producer.post(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "nop").path, [:])
        #expect(response.status == .seeOther)
        return (f, try await reload(dossier, app), producer)
    }

    func reload(_ dossier: DossierRecord, _ app: Application) async throws -> DossierRecord {
        try #require(try await DossierRecord.find(dossier.id, on: app.db))
    }

    func path(_ dossier: DossierRecord, _ action: String) -> String { SiteURL.dossierAction(id: dossier.id!.uuidString, action: action).path }

    /// The hidden version of the form on the page.
    func version(_ page: TestingHTTPResponse) throws -> String {
        try #require(page.body.string.range(of: #"name="version" value="(\d+)""#, options: .regularExpression)
            .map { String(page.body.string[$0]).filter(\.isNumber) })
    }

    func allMet(version: String) -> [String: String] {
        var form = ["version": version]
        for criterion in LocalCriterion.allCases { form["v-\(criterion.rawValue)"] = LocalVerdict.met.rawValue }
        return form
    }

    @discardableResult
    func assess(_ officer: Browser, _ dossier: DossierRecord) async throws -> TestingHTTPResponse {
        let form = try await officer.get(path(dossier, "danh-gia-xa"))
        return try await officer.post(path(dossier, "danh-gia-xa"), allMet(version: try version(form)))
    }

    /// Forwards with a letter, as the commune does: the 05 samples recorded first (26/2026 Điều 6.2.d).
    @discardableResult
    func forward(_ officer: Browser, _ dossiers: [DossierRecord], number: String = "125/UBND-KT",
                 recordingSamples: Bool = true) async throws -> TestingHTTPResponse {
        if recordingSamples {
            for dossier in dossiers {
                _ = try await officer.post(path(dossier, "mau-san-pham"), ["receivedOn": CalendarDay.inVietnam(Date()).iso])
            }
        }
        let picks = dossiers.map { ("ho-so[]", DossierPick($0).value) }
        let query = picks.map { "ho-so[]=\($0.1)" }.joined(separator: "&")
        let form = try await officer.get(SiteURL.newForwardingLetter.path + "?" + query)
        #expect(form.status == .ok)
        return try await officer.post(SiteURL.newForwardingLetter.path, pairs: picks + [
            ("number", number), ("signedOn", CalendarDay.inVietnam(Date()).iso), ("signer", "Nguyễn Văn Khê")])
    }

    /// A submitted dossier carried through the commune (assessed, forwarded) and received by Hải
    /// Phòng into a new evaluation round named `roundName`: where council tests start.
    func receivedByProvince(_ app: Application, _ dossier: DossierRecord, roundName: String,
                            year: Int) async throws -> (DossierRecord, EvaluationRoundRecord) {
        let commune = Browser(app)
        try await commune.login("vietkhe")
        _ = try await assess(commune, dossier)
        _ = try await forward(commune, [try await reload(dossier, app)])
        let round = EvaluationRoundRecord()
        round.provinceCode = DemoData.haiPhong
        round.year = year
        round.name = roundName
        round.createdBy = "test"
        try await round.create(on: app.db)
        let province = Browser(app)
        try await province.login("haiphong")
        try await province.get(SiteURL.dossiers.path)
        try await province.post(SiteURL.dossierIntake.path, pairs: [
            ("ho-so[]", DossierPick(try await reload(dossier, app)).value), ("evaluationRound", round.id!.uuidString)])
        let accepted = try await reload(dossier, app)
        #expect(accepted.dossierState == .acceptedByProvince)
        return (accepted, round)
    }

    func notifications(_ app: Application, _ username: String) async throws -> [NotificationRecord] {
        let account = try #require(try await UserAccount.query(on: app.db).filter(\.$username == username).first())
        return try await NotificationRecord.query(on: app.db).filter(\.$account.$id == account.id!).all()
    }

    @Test("Xã trả lại với lý do từng tài liệu; chủ thể thấy, bổ sung, nộp lại; xã đánh giá, chuyển tỉnh bằng công văn; tỉnh tiếp nhận")
    func wholePath() async throws {
        try await withTestApp { app in
            let (f, dossier, producer) = try await submitted(app)
            #expect(try await notifications(app, "vietkhe").count == 1)

            let commune = Browser(app)
            try await commune.login("vietkhe")
            let queue = try await commune.get(SiteURL.dossierQueue(state: .submitted).path)
            #expect(queue.body.string.contains(f.product.name))
            let form = try await commune.get(path(dossier, "tra-lai"))
            #expect(form.status == .ok)
            let empty = try await commune.post(path(dossier, "tra-lai"), ["version": try version(form)])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("Phải nêu ít nhất một nội dung cần bổ sung."))
            let returned = try await commune.post(path(dossier, "tra-lai"), [
                "version": try version(form), "ly-do-1": "Thiếu chữ ký và dấu của chủ thể", "ly-do-0": "Bổ sung ảnh nhãn mới"])
            #expect(returned.status == .seeOther)
            #expect(try await reload(dossier, app).dossierState == .returned)

            let seen = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            #expect(seen.body.string.contains(#"id="supplement-requests""#))
            #expect(seen.body.string.contains("Yêu cầu bổ sung: Thiếu chữ ký và dấu của chủ thể"))
            #expect(try await notifications(app, "chuthe").contains { $0.text.contains("Thiếu chữ ký") })
            try await steps.upload(producer, dossier, code: 1, name: "phieu-dang-ky-co-dau.pdf")
            try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            let resubmitted = try await producer.post(path(dossier, "nop"), ["note": "Đã bổ sung chữ ký và dấu"])
            #expect(resubmitted.status == .seeOther)
            #expect(try await reload(dossier, app).dossierState == .submitted)
            #expect(try await DossierDocumentRecord.query(on: app.db).filter(\.$typeCode == 1).count() == 2)

            let assessed = try await assess(commune, dossier)
            #expect(assessed.status == .seeOther)
            let stored = try await reload(dossier, app)
            #expect(stored.dossierState == .communeAssessed)
            #expect(try stored.assessment?.isComplete == true)
            let report = try await commune.get(path(dossier, "bao-cao-xa"))
            #expect(report.status == .ok)
            #expect(report.body.string.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
            #expect(report.body.string.contains(LocalCriterion.localLabour.title))
            // No number typed: the dotted gap the văn thư fills in; the officer by name, not login.
            #expect(report.body.string.contains(#"<p id="doc-number">Số: ……/BC-UBND</p>"#))
            let officerName = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "vietkhe").first()).fullName
            #expect(report.body.string.contains(#"<p id="report-assessor">Cán bộ đánh giá: \#(officerName).</p>"#))
            #expect(!report.body.string.contains("(vietkhe)"))
            // The number typed with the assessment is printed; one too long is refused, all kept.
            let reopened = try await commune.get(path(dossier, "danh-gia-xa"))
            let tooLong = try await commune.post(path(dossier, "danh-gia-xa"),
                                                 allMet(version: try version(reopened)).merging(["so-bao-cao": String(repeating: "4", count: 41)]) { $1 })
            #expect(tooLong.status == .unprocessableEntity)
            #expect(tooLong.body.string.contains("Số báo cáo dài quá 40 ký tự"))
            #expect(tooLong.body.string.contains(#"value="\#(String(repeating: "4", count: 41))""#))
            let numbered = try await commune.post(path(dossier, "danh-gia-xa"),
                                                  allMet(version: try version(reopened)).merging(["so-bao-cao": " 45/BC-UBND "]) { $1 })
            #expect(numbered.status == .seeOther)
            #expect(try await commune.get(path(dossier, "bao-cao-xa")).body.string.contains(#"<p id="doc-number">Số: 45/BC-UBND</p>"#))
            #expect(try await commune.get(path(dossier, "danh-gia-xa")).body.string.contains(#"name="so-bao-cao" value="45/BC-UBND""#))

            let sent = try await forward(commune, [try await reload(dossier, app)])
            #expect(sent.status == .seeOther)
            let letter = try #require(try await ForwardingLetterRecord.query(on: app.db).first())
            #expect(sent.headers.first(name: .location) == SiteURL.forwardingLetter(id: letter.id!.uuidString).path)
            #expect(try await reload(dossier, app).dossierState == .forwarded)
            let letterEntry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "letter.create").first())
            #expect(letterEntry.recordID == letter.id!.uuidString)
            #expect(letterEntry.after == #"{"dossiers":"1","number":"125/UBND-KT","signedOn":"\#(letter.signedOn)"}"#)
            // The same letter sent again (a double click): no second letter, back to the first.
            let again = try await commune.post(SiteURL.newForwardingLetter.path, pairs: [
                ("ho-so[]", DossierPick(stored).value), ("number", "125/UBND-KT"),
                ("signedOn", CalendarDay.inVietnam(Date()).iso), ("signer", "Nguyễn Văn Khê")])
            #expect(again.headers.first(name: .location) == SiteURL.forwardingLetter(id: letter.id!.uuidString).path)
            #expect(try await ForwardingLetterRecord.query(on: app.db).count() == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "letter.create").count() == 1)
            let printed = try await commune.get(SiteURL.forwardingLetter(id: letter.id!.uuidString).path)
            #expect(printed.body.string.contains("Số: 125/UBND-KT"))
            #expect(printed.body.string.contains(f.product.name))

            let province = Browser(app)
            try await province.login("haiphong")
            #expect(try await notifications(app, "haiphong").contains { $0.text.contains("chuyển hồ sơ lên UBND tỉnh") })
            try await province.get(SiteURL.evaluationRounds.path)
            let opened = try await province.post(SiteURL.evaluationRounds.path, ["name": "Đánh giá, phân hạng OCOP 2026 – đợt 1", "year": "2026"])
            #expect(opened.status == .seeOther)
            let round = try #require(try await EvaluationRoundRecord.query(on: app.db).first())
            let intake = try await province.get(SiteURL.dossierQueue(state: .forwarded).path)
            #expect(intake.body.string.contains(#"id="accept-form""#))
            let forwarded = try await reload(dossier, app)
            let accepted = try await province.post(SiteURL.dossierIntake.path, pairs: [
                ("ho-so[]", DossierPick(forwarded).value), ("evaluationRound", round.id!.uuidString)])
            #expect(accepted.status == .seeOther)
            let final = try await reload(dossier, app)
            #expect(final.dossierState == .acceptedByProvince)
            #expect(final.evaluationRoundID == round.id)

            let history = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            for step in ["Trả lại để bổ sung", "Nộp lại hồ sơ", "Đánh giá tiêu chí địa phương", "Chuyển tỉnh", "Tiếp nhận hồ sơ",
                         "Ghi chú: Đã bổ sung chữ ký và dấu"] {
                #expect(history.contains(step), "Quá trình xử lý thiếu «\(step)»")
            }
            #expect(try await notifications(app, "chuthe").contains { $0.text.contains("tiếp nhận") })
            let productPage = try await producer.get(SiteURL.product(id: f.product.id!.uuidString).path).body.string
            #expect(productPage.contains(#"id="product-dossiers""#) && productPage.contains(DossierState.acceptedByProvince.title))
        }
    }

    @Test("Hai cán bộ cùng sửa đánh giá: người lưu sau nhận thông báo xung đột, giữ nguyên nội dung đã nhập, không ghi đè")
    func conflict() async throws {
        try await withTestApp { app in
            let (_, dossier, _) = try await submitted(app)
            try await AccountService.create(
                .init(username: "vietkhe2", fullName: "Lê Văn Hai", email: nil, password: DemoData.password,
                      grants: [RoleGrant(role: .communeOfficer, location: dossier.location)], mustChangePassword: false),
                actor: nil, on: app, database: app.db)
            let first = Browser(app), second = Browser(app)
            try await first.login("vietkhe")
            try await second.login("vietkhe2")
            let formA = try await first.get(path(dossier, "danh-gia-xa"))
            let formB = try await second.get(path(dossier, "danh-gia-xa"))
            #expect(try await first.post(path(dossier, "danh-gia-xa"), allMet(version: try version(formA))).status == .seeOther)
            var late = allMet(version: try version(formB))
            late["v-localLabour"] = LocalVerdict.notMet.rawValue
            late["r-localLabour"] = "Chỉ 2 lao động là người trong xã"
            let refused = try await second.post(path(dossier, "danh-gia-xa"), late)
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("Phạm Thị Khê"))
            #expect(refused.body.string.contains("Chỉ 2 lao động là người trong xã"))
            #expect(refused.body.string.contains(#"id="reload-link""#))
            #expect(try await reload(dossier, app).assessment?.verdict(for: .localLabour) == .met)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "dossier.assess").count() == 1)
        }
    }

    @Test("Đánh giá thiếu nhận xét bị từ chối và giữ nguyên những gì đã chọn; còn «chưa rõ» thì không chuyển tỉnh được")
    func incompleteAssessment() async throws {
        try await withTestApp { app in
            let (_, dossier, _) = try await submitted(app)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            let form = try await commune.get(path(dossier, "danh-gia-xa"))
            var fields = allMet(version: try version(form))
            fields["v-ideaOrigin"] = LocalVerdict.unclear.rawValue
            let refused = try await commune.post(path(dossier, "danh-gia-xa"), fields)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("phải ghi nhận xét"))
            #expect(refused.body.string.contains(#"id="v-ideaOrigin-unclear" value="unclear" checked"#))
            fields["r-ideaOrigin"] = "Cần xác minh người khởi xướng công thức"
            #expect(try await commune.post(path(dossier, "danh-gia-xa"), fields).status == .seeOther)
            let stored = try await reload(dossier, app)
            #expect(stored.dossierState == .communeAssessed)
            let blocked = try await forward(commune, [stored])
            #expect(blocked.status == .unprocessableEntity)
            #expect(blocked.body.string.contains("Còn tiêu chí chưa rõ"))
            #expect(try await ForwardingLetterRecord.query(on: app.db).count() == 0)
            #expect(try await reload(dossier, app).dossierState == .communeAssessed)
        }
    }

    @Test("Tỉnh trả lại xã với lý do; xã thấy lý do, đánh giá lại và chuyển lại")
    func provinceReturns() async throws {
        try await withTestApp { app in
            let (_, dossier, _) = try await submitted(app)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await assess(commune, dossier).status == .seeOther)
            #expect(try await forward(commune, [try await reload(dossier, app)]).status == .seeOther)
            let province = Browser(app)
            try await province.login("haiphong")
            let form = try await province.get(path(dossier, "tra-xa"))
            #expect(form.status == .ok)
            let blank = try await province.post(path(dossier, "tra-xa"), ["version": try version(form), "ly-do": "  "])
            #expect(blank.status == .unprocessableEntity)
            let sent = try await province.post(path(dossier, "tra-xa"), ["version": try version(form), "ly-do": "Thiếu kết quả kiểm nghiệm\nNhãn chưa ghi hạn dùng"])
            #expect(sent.status == .seeOther)
            #expect(try await reload(dossier, app).dossierState == .returnedByProvince)
            let page = try await commune.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(page.contains(#"id="province-reasons""#) && page.contains("Nhãn chưa ghi hạn dùng"))
            #expect(try await assess(commune, dossier).status == .seeOther)
            #expect(try await forward(commune, [try await reload(dossier, app)], number: "131/UBND-KT").status == .seeOther)
            #expect(try await reload(dossier, app).dossierState == .forwarded)
        }
    }

    @Test("Ngoài phạm vi: xã khác, chủ thể, tỉnh khác không thực hiện được bước của xã; công văn chỉ cán bộ trong phạm vi xem")
    func scope() async throws {
        try await withTestApp { app in
            let (_, dossier, producer) = try await submitted(app)
            let otherCommune = Browser(app)
            try await otherCommune.login("ankhanh")
            #expect(try await otherCommune.get(path(dossier, "tra-lai")).status == .forbidden)
            #expect(try await otherCommune.post(path(dossier, "danh-gia-xa"), allMet(version: String(dossier.version))).status == .forbidden)
            #expect(try await producer.get(path(dossier, "danh-gia-xa")).status == .forbidden)
            #expect(try await producer.post(path(dossier, "tra-lai"), ["version": String(dossier.version), "ly-do-0": "x"]).status == .unprocessableEntity)
            #expect(try await reload(dossier, app).dossierState == .submitted)
            let province = Browser(app)
            try await province.login("haiphong")
            #expect(try await province.get(path(dossier, "danh-gia-xa")).status == .forbidden)

            let commune = Browser(app)
            try await commune.login("vietkhe")
            try await assess(commune, dossier)
            try await forward(commune, [try await reload(dossier, app)])
            let letter = try #require(try await ForwardingLetterRecord.query(on: app.db).first())
            #expect(try await otherCommune.get(SiteURL.forwardingLetter(id: letter.id!.uuidString).path).status == .forbidden)
            #expect(try await province.get(SiteURL.forwardingLetter(id: letter.id!.uuidString).path).status == .ok)
            // A commune officer cannot receive into an evaluation round.
            try await commune.get(SiteURL.dossiers.path)
            let round = EvaluationRoundRecord()
            round.provinceCode = DemoData.haiPhong
            round.year = 2026
            round.name = "Đợt 1"
            round.createdBy = "test"
            try await round.create(on: app.db)
            let refused = try await commune.post(SiteURL.dossierIntake.path, pairs: [
                ("ho-so[]", DossierPick(try await reload(dossier, app)).value), ("evaluationRound", round.id!.uuidString)])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await reload(dossier, app).dossierState == .forwarded)
        }
    }

    @Test("Hộp thông báo: chỉ thấy của mình, mở thì đánh dấu đã đọc")
    func inbox() async throws {
        try await withTestApp { app in
            let (_, dossier, _) = try await submitted(app)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            let page = try await commune.get(SiteURL.notifications.path)
            #expect(page.body.string.contains(#"class="badge""#))
            let note = try #require(try await notifications(app, "vietkhe").first)
            let stranger = Browser(app)
            try await stranger.login("ankhanh")
            try await stranger.get(SiteURL.notifications.path)
            #expect(try await stranger.post(SiteURL.notificationRead(id: note.id!.uuidString).path, [:]).status == .notFound)
            let opened = try await commune.post(SiteURL.notificationRead(id: note.id!.uuidString).path, [:])
            #expect(opened.headers.first(name: .location) == SiteURL.dossier(id: dossier.id!.uuidString).path)
            #expect(try await notifications(app, "vietkhe").allSatisfy { $0.readAt != nil })
        }
    }
}
