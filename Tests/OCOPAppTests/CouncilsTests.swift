import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Councils over HTTP: set-up, members, conflicts of interest (declared, recorded, detected),
/// meetings under the working-day rule, materials opening the dossiers to the members.
@Suite("Hội đồng: thành viên, xung đột lợi ích, phiên họp và hạn gửi tài liệu")
struct CouncilsTests {
    let stage = CommuneStageTests()

    /// A dossier of Việt Khê received by Hải Phòng into an evaluation round.
    func acceptedDossier(_ app: Application) async throws -> (DossierRecord, EvaluationRoundRecord) {
        let (_, dossier, _) = try await stage.submitted(app)
        return try await stage.receivedByProvince(app, dossier, roundName: "Đánh giá, phân hạng OCOP 2026 – đợt 1", year: 2026)
    }

    /// A council member's account of Hải Phòng, or of the nation for the national council.
    func makeAccount(_ app: Application, _ username: String, _ name: String, at location: UnitLocation = .province(DemoData.haiPhong)) async throws {
        try await AccountService.create(.init(username: username, fullName: name, email: nil, password: DemoData.password,
                                              grants: [RoleGrant(role: .councilMember, location: location)],
                                              mustChangePassword: false), actor: nil, on: app, database: app.db)
    }

    /// Sets up a council of Hải Phòng through the page, in place of the demo data's council.
    func council(_ app: Application, _ officer: Browser) async throws -> CouncilRecord {
        try await CouncilMemberRecord.query(on: app.db).delete()
        try await CouncilRecord.query(on: app.db).delete()
        try await officer.get(SiteURL.councils.path)
        let created = try await officer.post(SiteURL.councils.path, [
            "name": "Hội đồng đánh giá, phân hạng sản phẩm OCOP thành phố Hải Phòng", "decisionNumber": "1234/QĐ-UBND",
            "decisionDate": "2026-03-02", "termFrom": "2026-03-02", "termTo": "2027-12-31", "materialsLeadDays": "3"])
        #expect(created.status == .seeOther)
        return try #require(try await CouncilRecord.query(on: app.db).first())
    }

    @discardableResult
    func addMember(_ officer: Browser, _ council: CouncilRecord, _ username: String, _ position: CouncilPosition) async throws -> TestingHTTPResponse {
        try await officer.post(SiteURL.councilAction(id: council.id!.uuidString, action: "thanh-vien").path,
                               ["username": username, "agency": "Sở Nông nghiệp và Môi trường", "position": position.rawValue])
    }

    @Test("Tỉnh lập Hội đồng, thêm thành viên; xung đột được phát hiện, tự khai, ghi nhận; thành viên có xung đột không xem được hồ sơ")
    func councilAndConflicts() async throws {
        try await withTestApp { app in
            let (dossier, _) = try await acceptedDossier(app)
            let officer = Browser(app)
            try await officer.login("haiphong")
            try await officer.get(SiteURL.councils.path)
            let bad = try await officer.post(SiteURL.councils.path, ["name": "Hội đồng thử", "decisionNumber": "1/QĐ", "decisionDate": "2026-03-02",
                                                                     "termFrom": "2027-01-01", "termTo": "2026-01-01", "materialsLeadDays": "3"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Nhiệm kỳ phải kết thúc sau ngày bắt đầu."))
            #expect(bad.body.string.contains(#"value="Hội đồng thử""#))
            let council = try await council(app, officer)
            try await makeAccount(app, "thanhvien2", "Ngô Văn Hai")
            #expect(try await addMember(officer, council, "hoidong", .chair).status == .seeOther)
            #expect(try await addMember(officer, council, "thanhvien2", .member).status == .seeOther)
            #expect(try await addMember(officer, council, "vietkhe", .member).status == .seeOther)
            #expect(try await addMember(officer, council, "khongco", .member).status == .unprocessableEntity)
            let secondChair = try await addMember(officer, council, "chuthe", .chair)
            #expect(secondChair.body.string.contains("Hội đồng đã có Chủ tịch Hội đồng."))
            #expect(try await CouncilMemberRecord.query(on: app.db).count() == 3)
            // The commune officer seated in the council is flagged for the dossier their commune assessed.
            let page = try await officer.get(SiteURL.council(id: council.id!.uuidString).path).body.string
            #expect(page.contains(ConflictKind.communeOfficer.title))

            let member = Browser(app)
            try await member.login("hoidong")
            let seat = try #require(try await CouncilMemberRecord.query(on: app.db).filter(\.$councilPosition == .chair).first())
            try await member.get(SiteURL.council(id: council.id!.uuidString).path)
            let vague = try await member.post(SiteURL.councilAction(id: council.id!.uuidString, action: "xung-dot").path,
                                              ["member": seat.id!.uuidString, "dossier": dossier.id!.uuidString, "kind": "other", "note": ""])
            #expect(vague.status == .unprocessableEntity)
            #expect(vague.body.string.contains("phải ghi rõ nội dung"))
            let declared = try await member.post(SiteURL.councilAction(id: council.id!.uuidString, action: "xung-dot").path,
                                                 ["member": seat.id!.uuidString, "dossier": dossier.id!.uuidString, "kind": "family",
                                                  "note": "Con rể của chủ nhiệm HTX"])
            #expect(declared.status == .seeOther)
            let other = try #require(try await CouncilMemberRecord.query(on: app.db).filter(\.$councilPosition == .member).first())
            #expect(try await member.post(SiteURL.councilAction(id: council.id!.uuidString, action: "xung-dot").path,
                                          ["member": other.id!.uuidString, "dossier": dossier.id!.uuidString, "kind": "family", "note": ""]).status == .forbidden)
            let stored = try #require(try await ConflictRecord.query(on: app.db).first())
            #expect(stored.source == .declared)
            // Declared again (a second click): recorded once, one audit entry.
            try await member.get(SiteURL.council(id: council.id!.uuidString).path)
            let again = try await member.post(SiteURL.councilAction(id: council.id!.uuidString, action: "xung-dot").path,
                                              ["member": seat.id!.uuidString, "dossier": dossier.id!.uuidString, "kind": "family",
                                               "note": "Con rể của chủ nhiệm HTX"])
            #expect(again.status == .seeOther)
            #expect(try await ConflictRecord.query(on: app.db).count() == 1)
            let conflictEntries = try await AuditEntry.query(on: app.db).filter(\.$action == "council.conflict").all()
            #expect(conflictEntries.count == 1)
            #expect(conflictEntries.first?.recordID == council.id!.uuidString)

            let outsider = Browser(app)
            try await outsider.login("ankhanh")
            #expect(try await outsider.get(SiteURL.council(id: council.id!.uuidString).path).status == .forbidden)
        }
    }

    @Test("Phiên họp quá gần: cảnh báo kèm hạn gửi tài liệu; gửi tài liệu mở hồ sơ cho thành viên không có xung đột")
    func meetingAndMaterials() async throws {
        try await withTestApp { app in
            let (dossier, round) = try await acceptedDossier(app)
            let officer = Browser(app)
            try await officer.login("haiphong")
            let council = try await council(app, officer)
            try await makeAccount(app, "thanhvien2", "Ngô Văn Hai")
            try await addMember(officer, council, "hoidong", .chair)
            try await addMember(officer, council, "thanhvien2", .member)
            let chair = try #require(try await CouncilMemberRecord.query(on: app.db).filter(\.$councilPosition == .chair).first())
            let conflict = ConflictRecord()
            conflict.$member.id = chair.id!
            conflict.$dossier.id = dossier.id!
            conflict.kind = ConflictKind.employment
            conflict.source = ConflictSource.recorded
            conflict.note = "Từng làm kế toán cho HTX"
            conflict.recordedBy = "test"
            try await conflict.create(on: app.db)

            let path = SiteURL.newMeeting(council: council.id!.uuidString).path
            #expect(try await officer.get(path).status == .ok)
            let calendar = try await Councils.workingCalendar(on: app.db)
            let tomorrow = CalendarDay.inVietnam(Date()).adding(days: 1)
            var form = ["evaluationRound": round.id!.uuidString, "round": "1", "day": tomorrow.iso, "time": "08:00",
                        "place": "Hội trường Sở Nông nghiệp và Môi trường"]
            let close = try await officer.post(path, pairs: form.map { ($0.key, $0.value) } + [("ho-so[]", dossier.id!.uuidString)])
            #expect(close.status == .unprocessableEntity)
            let needed = calendar.latestSendingDay(forMeetingOn: tomorrow, workingDaysBefore: 3)
            #expect(close.body.string.contains(#"id="schedule-warning""#))
            #expect(close.body.string.contains(needed.vietnamese))
            #expect(try await MeetingRecord.query(on: app.db).count() == 0)

            let later = calendar.adding(workingDays: 10, to: CalendarDay.inVietnam(Date()))
            form["day"] = later.iso
            let scheduled = try await officer.post(path, pairs: form.map { ($0.key, $0.value) } + [("ho-so[]", dossier.id!.uuidString)])
            #expect(scheduled.status == .seeOther)
            let meeting = try #require(try await MeetingRecord.query(on: app.db).first())
            let meetingPage = SiteURL.meeting(id: meeting.id!.uuidString).path
            #expect(try await officer.get(meetingPage).body.string.contains("Chưa gửi tài liệu."))

            let member = Browser(app)
            try await member.login("thanhvien2")
            let dossierPage = SiteURL.dossier(id: dossier.id!.uuidString).path
            #expect(try await member.get(dossierPage).status == .forbidden)
            #expect(try await member.post(SiteURL.meetingAction(id: meeting.id!.uuidString, action: .sendMaterials).path, [:]).status == .forbidden)

            try await officer.get(meetingPage)
            let sent = try await officer.post(SiteURL.meetingAction(id: meeting.id!.uuidString, action: .sendMaterials).path, [:])
            #expect(sent.status == .seeOther)
            #expect(try await officer.get(meetingPage).body.string.contains("đủ 3 ngày làm việc trước phiên họp"))
            #expect(try await member.get(dossierPage).status == .ok)
            #expect(try await member.get(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "zip").path).status == .ok)
            let inbox = try await NotificationRecord.query(on: app.db).filter(\.$link == meetingPage).count()
            #expect(inbox == 2)

            // Supplementary tests between the rounds: asked at the meeting, the result filed, read by the members.
            try await officer.get(meetingPage)
            let missingLab = try await officer.post("\(meetingPage)/kiem-nghiem", ["dossier": dossier.id!.uuidString, "requested": "HMF, đường khử"])
            #expect(missingLab.status == .unprocessableEntity)
            #expect(missingLab.body.string.contains(#"value="HMF, đường khử""#))
            #expect(try await officer.post("\(meetingPage)/kiem-nghiem", ["dossier": dossier.id!.uuidString, "requested": "HMF, đường khử",
                                                                          "laboratory": "Quatest 1"]).status == .seeOther)
            let test = try #require(try await SupplementaryTestRecord.query(on: app.db).first())
            try await officer.get(meetingPage)
            let filed = try await officer.upload("/kiem-nghiem/\(test.id!.uuidString)/ket-qua", filename: "ket-qua-hmf.pdf", data: DossiersTests.pdf,
                                                 contentType: "application/pdf")
            #expect(filed.status == .seeOther)
            // The result, its file's row and its audit entry were written together.
            let withResult = try #require(try await SupplementaryTestRecord.find(test.id!, on: app.db))
            let resultFile = try #require(try await withResult.$resultFile.get(on: app.db))
            #expect(resultFile.fileName == "ket-qua-hmf.pdf")
            #expect(withResult.resultedAt != nil)
            let resultEntry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "test.result").first())
            #expect(resultEntry.recordID == dossier.id!.uuidString)
            #expect(resultEntry.after == #"{"file":"ket-qua-hmf.pdf","sha256":"\#(FileStore.sha256(DossiersTests.pdf))"}"#)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "test.request").count() == 1)
            #expect(try await member.get(meetingPage).body.string.contains("ket-qua-hmf.pdf"))
            #expect(try await member.get("/kiem-nghiem/\(test.id!.uuidString)/tep").status == .ok)
            let outsider = Browser(app)
            try await outsider.login("ankhanh")
            #expect(try await outsider.get("/kiem-nghiem/\(test.id!.uuidString)/tep").status == .forbidden)

            let chairBrowser = Browser(app)
            try await chairBrowser.login("hoidong")
            #expect(try await chairBrowser.get(dossierPage).status == .forbidden)
            #expect(try await chairBrowser.get(meetingPage).body.string.contains("Bạn có xung đột lợi ích với hồ sơ này"))
        }
    }

    @Test("Lịch làm việc: chỉ quản trị thêm ngày nghỉ, ngày làm bù; lịch tính hạn dùng ngay")
    func calendarAdjustments() async throws {
        try await withTestApp { app in
            let officer = Browser(app)
            try await officer.login("haiphong")
            #expect(try await officer.get(SiteURL.workingCalendar.path + "?nam=2027").body.string.contains("Tết Nguyên đán"))
            #expect(try await officer.post(SiteURL.workingCalendar.path, ["day": "2027-02-12", "kind": "dayOff", "note": "x"]).status == .forbidden)
            let admin = Browser(app)
            try await admin.login("quantri")
            let form = try await admin.get(SiteURL.workingCalendar.path).body.string
            // The day is typed dd/mm/yyyy whatever the browser's language (issue 12).
            #expect(form.contains(#"<input type="text" name="day" required id="f-day" autocomplete="off" inputmode="numeric" placeholder="dd/mm/yyyy""#))
            let blank = try await admin.post(SiteURL.workingCalendar.path, ["day": "12/02/2027", "kind": "dayOff", "note": " "])
            #expect(blank.status == .unprocessableEntity)
            #expect(blank.body.string.contains(#"value="12/02/2027""#), "kept as typed")
            let unreadable = try await admin.post(SiteURL.workingCalendar.path, ["day": "02/31/2027", "kind": "dayOff", "note": "x"])
            #expect(unreadable.status == .unprocessableEntity && unreadable.body.string.contains("Ngày không hợp lệ."))
            #expect(try await admin.post(SiteURL.workingCalendar.path, ["day": "12/02/2027", "kind": "dayOff",
                                                                       "note": "Thông báo nghỉ Tết Đinh Mùi"]).status == .seeOther)
            let friday = try #require(CalendarDay(year: 2027, month: 2, day: 12))
            #expect(try await Councils.workingCalendar(on: app.db).isWorkingDay(friday) == false)
            #expect(WorkingDayCalendar().isWorkingDay(friday))
            #expect(try await admin.post(SiteURL.workingCalendar.path, ["day": "2027-02-12", "kind": "makeUpWorkingDay",
                                                                       "note": "trùng"]).status == .unprocessableEntity)
            let added = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "calendar.adjust").first())
            #expect(added.recordID == "2027-02-12")
            #expect(added.after == #"{"kind":"dayOff","note":"Thông báo nghỉ Tết Đinh Mùi"}"#)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "calendar.adjust").count() == 1)

            // Removed: the day is a working day again, and the log keeps what was removed.
            let adjustment = try #require(try await CalendarAdjustmentRecord.query(on: app.db).filter(\.$day == "2027-02-12").first())
            try await admin.get(SiteURL.workingCalendar.path + "?nam=2027")
            let removed = try await admin.post(SiteURL.removeCalendarAdjustment(id: adjustment.id!.uuidString).path, [:])
            #expect(removed.status == .seeOther)
            #expect(try await Councils.workingCalendar(on: app.db).isWorkingDay(friday))
            let removal = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "calendar.remove").first())
            #expect(removal.before == #"{"kind":"dayOff","note":"Thông báo nghỉ Tết Đinh Mùi"}"#)
        }
    }
}
