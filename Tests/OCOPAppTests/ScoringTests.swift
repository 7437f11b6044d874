import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Members' scoring over HTTP: who may score, drafts, locked submissions (also in the database),
/// rescoring as a new version, and the secretary's board with the spread flag and the quorum.
@Suite("Chấm điểm: phiếu của thành viên, khóa khi nộp, chấm lại, bảng điểm")
struct ScoringTests {
    let councils = CouncilsTests()

    /// Every criterion answered with its lowest option that is not a knock-out.
    func lowest(_ productSet: ProductSet) -> [String: String] {
        var form: [String: String] = [:]
        for criterion in productSet.sheet.criteria {
            if let option = criterion.options.filter({ !$0.isKnockOut }).min(by: { $0.points < $1.points }) {
                form["c-" + criterion.code] = option.id
            } else if let first = criterion.alternatives.first,
                      let option = first.options.filter({ !$0.isKnockOut }).min(by: { $0.points < $1.points }) {
                form["c-" + criterion.code] = "\(first.id)/\(option.id)"
            }
        }
        return form
    }


    /// A dossier received by Hải Phòng, its product and sheet, and the provincial officer's browser.
    func received(_ app: Application) async throws -> (DossierRecord, EvaluationRoundRecord, ProductRecord, ProductSet, Browser) {
        let (dossier, round) = try await councils.acceptedDossier(app)
        let product = try #require(try await ProductRecord.find(dossier.$product.id, on: app.db))
        let productSet = try (try await DossierSelfAssessment.sheet(dossier, product: product, on: app.db)).get().productSet
        let officer = Browser(app)
        try await officer.login("haiphong")
        return (dossier, round, product, productSet, officer)
    }

    /// Schedules a meeting of `council` with these dossiers ten working days ahead, sends its
    /// materials and lets the meeting's day arrive (`dayArrives`), when members may submit.
    func meeting(_ app: Application, _ officer: Browser, council: CouncilRecord, round: EvaluationRoundRecord,
                 dossiers: [DossierRecord], dayArrives: Bool = true) async throws -> String {
        let day = try await Councils.workingCalendar(on: app.db).adding(workingDays: 10, to: CalendarDay.inVietnam(Date()))
        try await officer.get(SiteURL.newMeeting(council: council.id!.uuidString).path)
        let scheduled = try await officer.post(SiteURL.newMeeting(council: council.id!.uuidString).path, pairs: [
            ("evaluationRound", round.id!.uuidString), ("round", "1"), ("day", day.iso), ("time", "14:00"), ("place", "Phòng họp số 1"),
        ] + dossiers.map { ("ho-so[]", $0.id!.uuidString) })
        let meetingPath = try #require(scheduled.headers.first(name: .location))
        try await officer.get(meetingPath)
        try await officer.post("\(meetingPath)/gui-tai-lieu", [:])
        if dayArrives { try await meetingDayArrives(app, meetingPath: meetingPath) }
        return meetingPath
    }

    /// Each of these members submits the same sheet for the dossier.
    func scoreAll(_ app: Application, _ meetingPath: String, _ dossier: DossierRecord, _ usernames: [String], _ answers: [String: String]) async throws {
        for username in usernames {
            let member = Browser(app)
            try await member.login(username)
            try await member.get("\(meetingPath)/cham/\(dossier.id!.uuidString)")
            #expect(try await member.post("\(meetingPath)/cham/\(dossier.id!.uuidString)", answers.merging(["hanh-dong": "submit"]) { $1 }).status == .seeOther)
        }
    }

    /// A council of Hải Phòng with `hoidong` as chair and two new members.
    func threeMemberCouncil(_ app: Application, _ officer: Browser) async throws -> CouncilRecord {
        let council = try await councils.council(app, officer)
        try await councils.makeAccount(app, "thanhvien2", "Ngô Văn Hai")
        try await councils.makeAccount(app, "thanhvien3", "Lý Thị Ba")
        try await councils.addMember(officer, council, "hoidong", .chair)
        try await councils.addMember(officer, council, "thanhvien2", .member)
        try await councils.addMember(officer, council, "thanhvien3", .member)
        return council
    }

    @Test("Thành viên chấm, nộp thì khóa; chênh lệch > 10 điểm bị gắn cờ và hết sau khi chấm lại; người ngoài, người có xung đột bị từ chối")
    func scoringPath() async throws {
        try await withTestApp { app in
            let (dossier, round) = try await councils.acceptedDossier(app)
            let product = try #require(try await ProductRecord.find(dossier.$product.id, on: app.db))
            let sheet = try await DossierSelfAssessment.sheet(dossier, product: product, on: app.db)
            let productSet = try sheet.get().productSet
            let officer = Browser(app)
            try await officer.login("haiphong")
            let council = try await councils.council(app, officer)
            for (username, name) in [("thanhvien2", "Ngô Văn Hai"), ("thanhvien3", "Lý Thị Ba"), ("thanhvien4", "Đào Văn Bốn"), ("ngoai", "Phan Văn Ngoài")] {
                try await councils.makeAccount(app, username, name)
            }
            try await councils.addMember(officer, council, "hoidong", .chair)
            try await councils.addMember(officer, council, "thanhvien2", .member)
            try await councils.addMember(officer, council, "thanhvien3", .member)
            try await councils.addMember(officer, council, "thanhvien4", .member)
            let conflicted = try #require(try await CouncilMemberRecord.query(on: app.db).filter(\.$fullName == "Đào Văn Bốn").first())
            let conflict = ConflictRecord()
            conflict.$member.id = conflicted.id!
            conflict.$dossier.id = dossier.id!
            conflict.kind = ConflictKind.sameCooperative
            conflict.source = ConflictSource.recorded
            conflict.note = "Xã viên HTX Kỳ Sơn"
            conflict.recordedBy = "test"
            try await conflict.create(on: app.db)
            let calendar = try await Councils.workingCalendar(on: app.db)
            let day = calendar.adding(workingDays: 10, to: CalendarDay.inVietnam(Date()))
            try await officer.get(SiteURL.newMeeting(council: council.id!.uuidString).path)
            try await officer.post(SiteURL.newMeeting(council: council.id!.uuidString).path, pairs: [
                ("evaluationRound", round.id!.uuidString), ("round", "1"), ("day", day.iso), ("time", "08:30"), ("place", "Phòng họp số 2"),
                ("ho-so[]", dossier.id!.uuidString)])
            let meeting = try #require(try await MeetingRecord.query(on: app.db).first())
            let meetingPath = SiteURL.meeting(id: meeting.id!.uuidString).path
            let scorePath = "\(meetingPath)/cham/\(dossier.id!.uuidString)"

            let chair = Browser(app)
            try await chair.login("hoidong")
            let early = try await chair.get(scorePath)
            #expect(early.status == .forbidden)
            #expect(early.body.string.contains("chưa gửi tài liệu"))
            try await officer.get(meetingPath)
            try await officer.post(SiteURL.meetingAction(id: meeting.id!.uuidString, action: .sendMaterials).path, [:])
            try await meetingDayArrives(app, meetingPath: meetingPath)

            let outsider = Browser(app)
            try await outsider.login("ngoai")
            #expect(try await outsider.get(scorePath).status == .forbidden)
            let fourth = Browser(app)
            try await fourth.login("thanhvien4")
            #expect(try await fourth.get(scorePath).status == .forbidden)

            let best = DossiersTests().answers(productSet)
            #expect(try await chair.get(scorePath).status == .ok)
            #expect(try await chair.post(scorePath, ["hanh-dong": "draft", "c-" + productSet.sheet.criteria[0].code: best["c-" + productSet.sheet.criteria[0].code]!]).status == .seeOther)
            let incomplete = try await chair.post(scorePath, ["hanh-dong": "submit"])
            #expect(incomplete.status == .unprocessableEntity)
            #expect(try await chair.post(scorePath, best.merging(["hanh-dong": "submit", "tm": "1"]) { $1 }).status == .seeOther)
            let locked = try await chair.post(scorePath, best.merging(["hanh-dong": "draft"]) { $1 })
            #expect(locked.status == .unprocessableEntity)
            #expect(locked.body.string.contains("không sửa được"))

            let second = Browser(app)
            try await second.login("thanhvien2")
            try await second.get(scorePath)
            #expect(try await second.post(scorePath, lowest(productSet).merging(["hanh-dong": "submit"]) { $1 }).status == .seeOther)
            let third = Browser(app)
            try await third.login("thanhvien3")
            try await third.get(scorePath)
            #expect(try await third.post(scorePath, best.merging(["hanh-dong": "submit", "tm": "1"]) { $1 }).status == .seeOther)

            let board = try await officer.get("\(meetingPath)/bang-diem")
            #expect(board.status == .ok)
            #expect(board.body.string.contains("spread-flag"))
            #expect(board.body.string.contains("Xung đột lợi ích – không chấm"))
            #expect(board.body.string.contains(#"<p class="item-state" data-state="scored">Trạng thái: Đã có phiếu chấm</p>"#))
            #expect(try await chair.get("\(meetingPath)/bang-diem").status == .forbidden)

            // Nobody changes a submitted sheet, not even through the database.
            let submitted = try #require(try await MemberScoreRecord.query(on: app.db).filter(\.$status == "submitted").first())
            submitted.totalHundredths = 10_000
            await #expect(throws: (any Error).self) { try await submitted.save(on: app.db) }

            // Not while the members' totals are more than 10 points apart.
            try await officer.get("\(meetingPath)/ket-qua")
            let decisionForm = ["number": "2156/QĐ-UBND", "signedOn": CalendarDay.inVietnam(Date()).iso, "signer": "Lê Văn Hải"]
            let premature = try await officer.post("\(meetingPath)/quyet-dinh", decisionForm)
            #expect(premature.status == .unprocessableEntity)
            #expect(premature.body.string.contains("chênh nhau quá 10 điểm"))
            #expect(try await DecisionRecord.query(on: app.db).count() == 0)

            try await second.post("\(scorePath)/cham-lai", [:])
            #expect(try await MemberScoreRecord.query(on: app.db).filter(\.$version == 2).count() == 1)
            #expect(try await second.post(scorePath, best.merging(["hanh-dong": "submit", "tm": "1"]) { $1 }).status == .seeOther)
            let settled = try await officer.get("\(meetingPath)/bang-diem?phan=bang").body.string
            #expect(!settled.contains("spread-flag"))
            #expect(settled.contains("Điểm trung bình"))
            #expect(settled.contains("chấm lại lần 1"))
            #expect(try await MemberScoreRecord.query(on: app.db).filter(\.$status == "submitted").count() == 4)

            // The decision: one per meeting, a certificate per recognised product, its recognition in the history.
            try await officer.get("\(meetingPath)/ket-qua")
            let issued = try await officer.post("\(meetingPath)/quyet-dinh", decisionForm)
            #expect(issued.status == .seeOther)
            let again = try await officer.post("\(meetingPath)/quyet-dinh", decisionForm)
            #expect(again.headers.first(name: .location) == issued.headers.first(name: .location))
            #expect(try await DecisionRecord.query(on: app.db).count() == 1)
            let certificate = try #require(try await CertificateRecord.query(on: app.db).first())
            #expect(certificate.number == "OCOP-31-\(CalendarDay.inVietnam(Date()).year)-0001")
            #expect(try await RecognitionRecord.query(on: app.db).filter(\.$product.$id == product.id!)
                .filter(\.$decisionNumber == "2156/QĐ-UBND").count() == 1)
            let decisionPage = try await officer.get(try #require(issued.headers.first(name: .location)))
            #expect(decisionPage.body.string.contains("QUYẾT ĐỊNH") && decisionPage.body.string.contains(product.name))
            #expect(try await officer.get("\(meetingPath)/bien-ban").body.string.contains("BIÊN BẢN"))
            let decidedBoard = try await officer.get("\(meetingPath)/bang-diem?phan=bang").body.string
            #expect(decidedBoard.contains(#"<p class="item-state" data-state="decided">Trạng thái: Đã có quyết định</p>"#))

            let producer = Browser(app)
            try await producer.login("chuthe")
            let dossierPage = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(dossierPage.contains(#"id="council-result""#) && dossierPage.contains(certificate.number))
            let printed = try await producer.get(SiteURL.certificate(id: certificate.id!.uuidString).path)
            #expect(printed.status == .ok)
            #expect(printed.body.string.contains("<svg"))
            let link = try #require(printed.body.string.range(of: #"/xac-minh/[^"<\s]+"#, options: .regularExpression)
                .map { String(printed.body.string[$0]).replacingOccurrences(of: "&amp;", with: "&") })
            let publicPage = try await Browser(app).get(link)
            #expect(publicPage.status == .ok)
            #expect(publicPage.body.string.contains("còn hiệu lực"))
            #expect(publicPage.body.string.contains(product.name))
            let forged = try await Browser(app).get(SiteURL.verification(number: certificate.number, code: "000000000000").path)
            #expect(forged.status == .notFound)
            #expect(try await Browser(app).get(SiteURL.certificate(id: certificate.id!.uuidString).path).status != .ok)

            // Published for everyone while valid; an expired certificate leaves the list and says so when scanned.
            let published = try await Browser(app).get(SiteURL.publicResults.path + "?q=ruou+nep")
            #expect(published.status == .ok && published.body.string.contains(product.name) && published.body.string.contains(certificate.number))
            #expect(!(try await Browser(app).get(SiteURL.publicResults.path + "?q=khong+co+san+pham").body.string.contains(certificate.number)))
            certificate.decisionDay = "2022-01-03"
            try await certificate.save(on: app.db)
            #expect(!(try await Browser(app).get(SiteURL.publicResults.path).body.string.contains(certificate.number)))
            #expect(try await Browser(app).get(link).body.string.contains("đã hết hiệu lực"))
        }
    }

    @Test("Quyết định khi chưa đủ số thành viên chấm (thiếu chủ tịch) bị từ chối, nêu lý do")
    func decisionWithoutQuorum() async throws {
        try await withTestApp { app in
            let (dossier, round, _, productSet, officer) = try await received(app)
            let council = try await threeMemberCouncil(app, officer)
            let meetingPath = try await meeting(app, officer, council: council, round: round, dossiers: [dossier])
            try await scoreAll(app, meetingPath, dossier, ["thanhvien2", "thanhvien3"], DossiersTests().answers(productSet).merging(["tm": "1"]) { $1 })
            try await officer.get("\(meetingPath)/ket-qua")
            let refused = try await officer.post("\(meetingPath)/quyet-dinh", ["number": "99/QĐ-UBND", "signedOn": CalendarDay.inVietnam(Date()).iso, "signer": "Lê Văn Hải"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("chủ tịch hội đồng chưa chấm điểm"))
            #expect(try await DecisionRecord.query(on: app.db).count() == 0)
            #expect(try await CertificateRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("Dưới 3★: quyết định không cấp giấy chứng nhận; chủ thể nhận thư báo kết quả với điểm và hướng lên hạng")
    func resultLetter() async throws {
        try await withTestApp { app in
            let (dossier, round, _, productSet, officer) = try await received(app)
            let council = try await threeMemberCouncil(app, officer)
            let meetingPath = try await meeting(app, officer, council: council, round: round, dossiers: [dossier])
            try await scoreAll(app, meetingPath, dossier, ["hoidong", "thanhvien2", "thanhvien3"],
                               lowest(productSet).merging(["remark": "Bao bì chưa ghi hạn sử dụng"]) { $1 })
            try await officer.get("\(meetingPath)/ket-qua")
            let issued = try await officer.post("\(meetingPath)/quyet-dinh", ["number": "77/QĐ-UBND", "signedOn": CalendarDay.inVietnam(Date()).iso, "signer": "Lê Văn Hải"])
            #expect(issued.status == .seeOther)
            #expect(try await CertificateRecord.query(on: app.db).count() == 0)
            let producer = Browser(app)
            try await producer.login("chuthe")
            let letter = try await producer.get(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "thu-ket-qua").path)
            #expect(letter.status == .ok)
            #expect(letter.body.string.contains("chưa đủ điều kiện công nhận"))
            #expect(letter.body.string.contains(#"id="letter-advice""#))
            #expect(letter.body.string.contains("Lý Thị Ba: Bao bì chưa ghi hạn sử dụng"))
            #expect(try await officer.get("\(meetingPath)/bien-ban").body.string.contains("Bao bì chưa ghi hạn sử dụng"))
        }
    }

    @Test("Từ 90 điểm: tỉnh công nhận 4★ và đề nghị; Hội đồng cấp trung ương chấm và công nhận 5★ (giấy chứng nhận thứ hai)")
    func nationalFiveStars() async throws {
        try await withTestApp { app in
            let (dossier, round, product, productSet, province) = try await received(app)
            let best = DossiersTests().answers(productSet).merging(["tm": "1"]) { $1 }
            let provincial = try await threeMemberCouncil(app, province)
            let provincialMeeting = try await meeting(app, province, council: provincial, round: round, dossiers: [dossier])
            try await scoreAll(app, provincialMeeting, dossier, ["hoidong", "thanhvien2", "thanhvien3"], best)
            let results = try await province.get("\(provincialMeeting)/ket-qua").body.string
            #expect(results.contains("đề nghị cấp trung ương đánh giá 5★"))
            try await province.post("\(provincialMeeting)/quyet-dinh", ["number": "2156/QĐ-UBND", "signedOn": CalendarDay.inVietnam(Date()).iso, "signer": "Lê Văn Hải"])
            let four = try #require(try await CertificateRecord.query(on: app.db).first())
            #expect(four.star == 4)

            let nation = Browser(app)
            try await nation.login("trunguong")
            try await nation.get(SiteURL.councils.path)
            #expect(try await nation.post(SiteURL.councils.path, [
                "name": "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp trung ương", "decisionNumber": "88/QĐ-BNNMT", "decisionDate": "2026-01-15",
                "termFrom": "2026-01-15", "termTo": "2027-12-31", "materialsLeadDays": "3"]).status == .seeOther)
            let national = try #require(try await CouncilRecord.query(on: app.db).filter(\.$provinceCode == nil).first())
            #expect(national.councilLevel == .national)
            for (username, name) in [("tw1", "Mai Văn Một"), ("tw2", "Hà Thị Hai"), ("tw3", "Tạ Văn Ba")] {
                try await councils.makeAccount(app, username, name, at: .nation)
            }
            try await councils.addMember(nation, national, "tw1", .chair)
            try await councils.addMember(nation, national, "tw2", .member)
            try await councils.addMember(nation, national, "tw3", .member)
            try await nation.get(SiteURL.evaluationRounds.path)
            #expect(try await nation.post(SiteURL.evaluationRounds.path, ["name": "Đánh giá sản phẩm OCOP 5 sao năm 2026", "year": "2026"]).status == .seeOther)
            let nationalRound = try #require(try await EvaluationRoundRecord.query(on: app.db).filter(\.$provinceCode == nil).first())
            let form = try await nation.get(SiteURL.newMeeting(council: national.id!.uuidString).path).body.string
            #expect(form.contains(product.name))
            let nationalMeeting = try await meeting(app, nation, council: national, round: nationalRound, dossiers: [dossier])
            try await scoreAll(app, nationalMeeting, dossier, ["tw1", "tw2", "tw3"], best)
            try await nation.get("\(nationalMeeting)/ket-qua")
            #expect(try await nation.post("\(nationalMeeting)/quyet-dinh", ["number": "15/QĐ-BNNMT", "signedOn": CalendarDay.inVietnam(Date()).iso,
                                                                            "signer": "Trần Thị Trung"]).status == .seeOther)
            let five = try #require(try await CertificateRecord.query(on: app.db).filter(\.$star == 5).first())
            #expect(five.number == "OCOP-TW-2026-0001")
            #expect(try await CertificateRecord.query(on: app.db).filter(\.$dossier.$id == dossier.id!).count() == 2)
            #expect(try await RecognitionRecord.query(on: app.db).filter(\.$product.$id == product.id!).filter(\.$issuerLevel == "national").count() == 1)
            // A provincial officer does not run the national council.
            #expect(try await province.get(SiteURL.council(id: national.id!.uuidString).path).status == .forbidden)
        }
    }
}
