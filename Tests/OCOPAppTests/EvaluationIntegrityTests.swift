import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Defects of the evaluation phase found trying it as a new user (issue 10): a decided result that
/// still moved, links that led to 403, an unknown state that became editable, uploads that did not
/// count as a change of the dossier.
@Suite("Toàn vẹn của đánh giá: quyết định khóa phiếu, liên kết theo quyền, trạng thái lạ, tải tệp")
struct EvaluationIntegrityTests {
    let scoring = ScoringTests()

    @Test("Trước ngày họp: thành viên lưu nháp được, không nộp được (không có nút nộp); không ban hành quyết định; từ ngày họp thì được, ngày ký không trước ngày họp")
    func datesOfTheMeetingAreEnforced() async throws {
        try await withTestApp { app in
            let (dossier, round, _, productSet, province) = try await scoring.received(app)
            let best = DossiersTests().answers(productSet).merging(["tm": "1"]) { $1 }
            let council = try await scoring.threeMemberCouncil(app, province)
            let meetingPath = try await scoring.meeting(app, province, council: council, round: round, dossiers: [dossier], dayArrives: false)
            let meeting = try #require(try await MeetingRecord.query(on: app.db).first())
            let day = try #require(meeting.meetingDay)
            let scorePath = "\(meetingPath)/cham/\(dossier.id!.uuidString)"
            let chair = Browser(app)
            try await chair.login("hoidong")
            let page = try await chair.get(scorePath).body.string
            #expect(page.contains("<p class=\"lead\" id=\"submit-status\">\(MeetingWorkflow.notYetMessage(day))</p>"))
            #expect(!page.contains("value=\"submit\""), "no submit button before the meeting's day")
            #expect(try await chair.post(scorePath, best.merging([ScoringView.buttonName: "draft"]) { $1 }).status == .seeOther)
            try await chair.get(scorePath)
            let early = try await chair.post(scorePath, best.merging([ScoringView.buttonName: "submit"]) { $1 })
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains(MeetingWorkflow.notYetMessage(day)))
            #expect(try await MemberScoreRecord.query(on: app.db).filter(\.$status == "submitted").count() == 0)
            #expect(try await MemberScoreRecord.query(on: app.db).count() == 1, "the draft was kept")

            try await province.get("\(meetingPath)/ket-qua")
            let premature = try await province.post("\(meetingPath)/quyet-dinh", ["number": "1/QĐ-UBND", "signedOn": day.iso, "signer": "Lê Văn Hải"])
            #expect(premature.status == .unprocessableEntity)
            #expect(premature.body.string.contains("Phiên họp ngày \(day.vietnamese) chưa diễn ra: chưa ban hành quyết định được."))

            try await meetingDayArrives(app, meetingPath: meetingPath)
            try await scoring.scoreAll(app, meetingPath, dossier, ["hoidong", "thanhvien2", "thanhvien3"], best)
            let today = CalendarDay.inVietnam(Date())
            try await province.get("\(meetingPath)/ket-qua")
            let backdated = try await province.post("\(meetingPath)/quyet-dinh", ["number": "2/QĐ-UBND", "signedOn": today.previous.iso, "signer": "Lê Văn Hải"])
            #expect(backdated.status == .unprocessableEntity)
            #expect(backdated.body.string.contains("Ngày ký quyết định không được trước ngày họp (\(today.vietnamese))."))
            #expect(try await DecisionRecord.query(on: app.db).count() == 0)
            try await province.get("\(meetingPath)/ket-qua")
            let issued = try await province.post("\(meetingPath)/quyet-dinh", ["number": "3/QĐ-UBND", "signedOn": today.iso, "signer": "Lê Văn Hải"])
            #expect(issued.status == .seeOther)
            #expect(try await DecisionRecord.query(on: app.db).first()?.number == "3/QĐ-UBND")
        }
    }

    @Test("Phiếu mở ở tab cũ (trước khi chấm lại ở tab khác) không ghi đè phiên bản mới: báo xung đột, giữ nguyên")
    func staleSheetTabIsRefused() async throws {
        try await withTestApp { app in
            let (dossier, round, _, productSet, province) = try await scoring.received(app)
            let best = DossiersTests().answers(productSet).merging(["tm": "1"]) { $1 }
            let council = try await scoring.threeMemberCouncil(app, province)
            let meetingPath = try await scoring.meeting(app, province, council: council, round: round, dossiers: [dossier])
            let scorePath = "\(meetingPath)/cham/\(dossier.id!.uuidString)"
            let chair = Browser(app)
            try await chair.login("hoidong")
            try await chair.get(scorePath)
            #expect(try await chair.post(scorePath, best.merging([ScoringView.buttonName: "submit", ScoringView.versionField: "1"]) { $1 }).status == .seeOther)
            try await chair.get(scorePath)
            #expect(try await chair.post(scorePath + "/cham-lai", [:]).status == .seeOther)
            try await chair.get(scorePath)
            // A tab opened on version 1 saves after the rescore opened version 2.
            let stale = try await chair.post(scorePath, scoring.lowest(productSet).merging([ScoringView.buttonName: "draft", ScoringView.versionField: "1"]) { $1 })
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains(Scoring.concurrentSave))
            let sheets = try await Scoring.sheets(meeting: try #require(try await MeetingRecord.query(on: app.db).first()?.id), dossier: dossier.id!,
                                                  member: try #require(try await CouncilMemberRecord.query(on: app.db).first()?.id), on: app.db)
            #expect(sheets.map(\.version) == [2, 1])
            #expect(sheets.first?.answers == sheets.last?.answers, "the new version still holds the submitted answers")
        }
    }

    @Test("Sau quyết định: thành viên chưa chấm không nộp được phiếu, người đã nộp không chấm lại được; kết quả không đổi")
    func decisionLocksTheSheets() async throws {
        try await withTestApp { app in
            let (dossier, round, _, productSet, province) = try await scoring.received(app)
            let best = DossiersTests().answers(productSet).merging(["tm": "1"]) { $1 }
            let council = try await scoring.threeMemberCouncil(app, province)
            try await scoring.councils.makeAccount(app, "thanhvien4", "Đào Văn Bốn")
            #expect(try await scoring.councils.addMember(province, council, "thanhvien4", .member).status == .seeOther)
            let meetingPath = try await scoring.meeting(app, province, council: council, round: round, dossiers: [dossier])
            try await scoring.scoreAll(app, meetingPath, dossier, ["hoidong", "thanhvien2", "thanhvien3"], best)
            try await province.get("\(meetingPath)/ket-qua")
            let issued = try await province.post("\(meetingPath)/quyet-dinh", ["number": "2156/QĐ-UBND", "signedOn": CalendarDay.inVietnam(Date()).iso,
                                                                               "signer": "Lê Văn Hải"])
            #expect(issued.status == .seeOther)
            let sheetsBefore = try await MemberScoreRecord.query(on: app.db).count()

            let late = Browser(app)
            try await late.login("thanhvien4")
            let scorePath = "\(meetingPath)/cham/\(dossier.id!.uuidString)"
            try await late.get(scorePath)
            let refused = try await late.post(scorePath, scoring.lowest(productSet).merging([ScoringView.buttonName: "submit"]) { $1 })
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(MeetingWorkflow.decidedMessage))

            let chair = Browser(app)
            try await chair.login("hoidong")
            try await chair.get(scorePath)
            let rescore = try await chair.post(scorePath + "/cham-lai", [:])
            #expect(rescore.status == .seeOther)
            #expect(try await chair.get(scorePath).body.string.contains(MeetingWorkflow.decidedMessage))
            #expect(try await MemberScoreRecord.query(on: app.db).count() == sheetsBefore)

            // Nor is a supplementary test asked for once the results are final.
            try await province.get(meetingPath)
            let test = try await province.post("\(meetingPath)/kiem-nghiem", ["dossier": dossier.id!.uuidString, "requested": "Chỉ tiêu vi sinh",
                                                                              "laboratory": "Trung tâm Kỹ thuật 1"])
            #expect(test.status == .unprocessableEntity)
            #expect(test.body.string.contains(MeetingWorkflow.decidedMessage))
            #expect(try await SupplementaryTestRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("Trang chỉ đưa liên kết người đọc mở được: Thư ký thấy số quyết định và giấy chứng nhận nhưng không có liên kết bị từ chối")
    func linksOnlyWhatThePolicyAllows() async throws {
        try await withTestApp { app in
            let (dossier, round, _, productSet, province) = try await scoring.received(app)
            let best = DossiersTests().answers(productSet).merging(["tm": "1"]) { $1 }
            let council = try await scoring.threeMemberCouncil(app, province)
            #expect(try await scoring.councils.addMember(province, council, "thuky", .secretary).status == .seeOther)
            let meetingPath = try await scoring.meeting(app, province, council: council, round: round, dossiers: [dossier])
            try await scoring.scoreAll(app, meetingPath, dossier, ["hoidong", "thanhvien2", "thanhvien3"], best)
            try await province.get("\(meetingPath)/ket-qua")
            #expect(try await province.post("\(meetingPath)/quyet-dinh", ["number": "2156/QĐ-UBND", "signedOn": CalendarDay.inVietnam(Date()).iso,
                                                                          "signer": "Lê Văn Hải"]).status == .seeOther)
            let decision = try #require(try await DecisionRecord.query(on: app.db).first())
            let certificate = try #require(try await CertificateRecord.query(on: app.db).first())

            let officerPage = try await province.get("\(meetingPath)/ket-qua").body.string
            #expect(officerPage.contains(#"href="\#(SiteURL.decision(id: decision.id!.uuidString).path)""#))
            #expect(officerPage.contains(#"href="\#(SiteURL.certificate(id: certificate.id!.uuidString).path)""#))

            let secretary = Browser(app)
            try await secretary.login("thuky")
            let results = try await secretary.get("\(meetingPath)/ket-qua")
            #expect(results.status == .ok)
            let html = results.body.string
            #expect(html.contains("Quyết định số 2156/QĐ-UBND."))
            #expect(!html.contains(SiteURL.decision(id: decision.id!.uuidString).path))
            #expect(!html.contains(SiteURL.certificate(id: certificate.id!.uuidString).path))
            #expect(try await secretary.get(SiteURL.decision(id: decision.id!.uuidString).path).status == .forbidden)

            let member = Browser(app)
            try await member.login("thanhvien2")
            let page = try await member.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Giấy chứng nhận \(certificate.number)."))
            #expect(!page.body.string.contains(SiteURL.certificate(id: certificate.id!.uuidString).path))
            if let letter = dossier.forwardingLetterID {
                #expect(!page.body.string.contains(SiteURL.forwardingLetter(id: letter.uuidString).path))
            }
        }
    }

    @Test("Trạng thái lạ trong cơ sở dữ liệu không thành «nháp»: trang báo lỗi, không cho sửa hay tải tệp")
    func unknownStateFailsClosed() async throws {
        try await withTestApp { app in
            let tests = DossiersTests()
            let (producer, dossier) = try await tests.producerWithDossier(app)
            try await (app.db as! any SQLDatabase).update(DossierRecord.schema).set("state", to: "khong-ro").where("id", .equal, dossier.id!).run()
            let page = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            #expect(page.status == .internalServerError)
            #expect(!page.body.string.contains("Nộp hồ sơ"))
            let upload = try await producer.upload(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "tai-lieu/1").path,
                                                   filename: "a.pdf", data: DossiersTests.pdf, contentType: "application/pdf")
            #expect(upload.status == .internalServerError)
            #expect(try await DossierDocumentRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("Phiếu tự đánh giá hỏng trong cơ sở dữ liệu không thành phiếu trống: trang báo lỗi, không hiện phiếu trống để lưu đè")
    func corruptAnswersFailClosed() async throws {
        try await withTestApp { app in
            let tests = DossiersTests()
            let (producer, dossier) = try await tests.producerWithDossier(app)
            try await (app.db as! any SQLDatabase).update(DossierRecord.schema).set("self_assessment", to: "{hỏng")
                .where("id", .equal, dossier.id!).run()
            let path = SiteURL.dossierAction(id: dossier.id!.uuidString, action: "tu-danh-gia").path
            let page = try await producer.get(path)
            #expect(page.status == .internalServerError)
            #expect(!page.body.string.contains("id=\"self-assessment-form\""))
            #expect(try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).status == .internalServerError)
            #expect(try await DossierRecord.find(dossier.id, on: app.db)?.selfAssessment == "{hỏng")
        }
    }

    @Test("Tải tài liệu lên là một thay đổi của hồ sơ: phiên bản tăng")
    func uploadBumpsTheVersion() async throws {
        try await withTestApp { app in
            let tests = DossiersTests()
            let (producer, dossier) = try await tests.producerWithDossier(app)
            let before = dossier.version
            #expect(try await tests.upload(producer, dossier, code: 1).status == .seeOther)
            #expect(try await tests.dossier(app).version == before + 1)
        }
    }
}
