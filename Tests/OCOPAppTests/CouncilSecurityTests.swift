import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// The council's fixes of issue 9 over HTTP: only accounts of the council's scope take a seat (and
/// the grant it brings is logged), the minutes show a member only the results they may see, and
/// the same form or action sent several times at once ends in one record.
@Suite("Bảo mật Hội đồng: thành viên trong phạm vi, biên bản theo quyền xem, thao tác trùng lặp chỉ ghi một lần")
struct CouncilSecurityTests {
    let councils = CouncilsTests()
    let scoring = ScoringTests()

    // MARK: - Helpers

    /// What a browser sends with a form: its session cookie and the CSRF token of the page it read.
    struct Session: Sendable {
        let cookie: String?
        let csrfToken: String?
        init(_ browser: Browser) {
            cookie = browser.cookie
            csrfToken = browser.csrfToken
        }
    }

    /// Posts these forms all at once, each from a copy of its session (the same session several
    /// times is a double click, or several tabs), and answers each response's status and address
    /// in the order given.
    func concurrently(_ app: Application, _ sends: [(session: Session, path: String, form: [(String, String)])]) async throws
        -> [(status: HTTPStatus, location: String?)] {
        try await withThrowingTaskGroup(of: (Int, HTTPStatus, String?).self) { group in
            for (index, send) in sends.enumerated() {
                group.addTask {
                    let browser = Browser(app)
                    browser.cookie = send.session.cookie
                    browser.csrfToken = send.session.csrfToken
                    let response = try await browser.post(send.path, pairs: send.form)
                    return (index, response.status, response.location)
                }
            }
            var answers = [(status: HTTPStatus, location: String?)](repeating: (.internalServerError, nil), count: sends.count)
            for try await (index, status, location) in group { answers[index] = (status, location) }
            return answers
        }
    }

    /// The refusal the access policy gives when an account may not take a seat on a council of Hải Phòng.
    func seatRefusal() throws -> String {
        let officer = [RoleGrant(role: .provincialOfficer, location: .province(DemoData.haiPhong))]
        guard case .denied(let reason) = AccessPolicy().decide(officer, .seatOnCouncil(council: .province(DemoData.haiPhong), candidate: [],
                                                                                        actorIsSecretary: false)) else {
            Issue.record("An account without grants was allowed a seat")
            return ""
        }
        return reason
    }

    func account(_ app: Application, _ username: String) async throws -> UserAccount {
        try #require(try await UserAccount.query(on: app.db).filter(\.$username == username).first())
    }

    /// Seats of this account on the council.
    func seats(_ app: Application, _ council: CouncilRecord, _ username: String) async throws -> Int {
        let id = try await account(app, username).id!
        return try await CouncilMemberRecord.query(on: app.db).filter(\.$council.$id == council.id!).filter(\.$account.$id == id).count()
    }

    /// The account's council-member grants in Hải Phòng.
    func councilGrants(_ app: Application, _ username: String) async throws -> Int {
        let id = try await account(app, username).id!
        return try await RoleAssignment.query(on: app.db).filter(\.$account.$id == id).filter(\.$role == Role.councilMember.rawValue)
            .filter(\.$provinceCode == DemoData.haiPhong).count()
    }

    /// The audit entries with this action whose `after` is exactly these fields.
    func audits(_ app: Application, _ action: String, recordID: String, after: [String: String]) async throws -> Int {
        try await AuditEntry.query(on: app.db).filter(\.$action == action).filter(\.$recordID == recordID).all().filter { entry in
            guard let data = entry.after?.data(using: .utf8), let fields = try? JSONDecoder().decode([String: String].self, from: data) else { return false }
            return fields == after
        }.count
    }

    /// The body rows of the minutes' results table (`table#results`), each as its HTML.
    func resultRows(_ html: String) throws -> [String] {
        let start = try #require(html.range(of: #"id="results""#), "the minutes have no results table")
        let end = try #require(html.range(of: "</table>", range: start.upperBound..<html.endIndex))
        let rows: [String] = Array(String(html[start.upperBound..<end.lowerBound]).components(separatedBy: "<tr").dropFirst())
        try #require(rows.first?.contains("Sản phẩm") == true, "the first row of the results table is its header")
        return Array(rows.dropFirst())
    }

    /// Schedules a meeting of `council` for the dossier ten working days ahead, without sending its materials.
    func unsentMeeting(_ app: Application, _ officer: Browser, _ council: CouncilRecord, _ round: EvaluationRoundRecord,
                       _ dossier: DossierRecord) async throws -> MeetingRecord {
        let day = try await Councils.workingCalendar(on: app.db).adding(workingDays: 10, to: CalendarDay.inVietnam(Date()))
        try await officer.get(SiteURL.newMeeting(council: council.id!.uuidString).path)
        let scheduled = try await officer.post(SiteURL.newMeeting(council: council.id!.uuidString).path, pairs: [
            ("evaluationRound", round.id!.uuidString), ("round", "1"), ("day", day.iso), ("time", "09:00"), ("place", "Phòng họp số 3"),
            ("ho-so[]", dossier.id!.uuidString)])
        #expect(scheduled.status == .seeOther)
        let meeting = try #require(try await MeetingRecord.query(on: app.db).first())
        #expect(meeting.materialsSentOn == nil)
        return meeting
    }

    func recordConflict(_ app: Application, _ council: CouncilRecord, _ username: String, _ dossier: DossierRecord, _ note: String) async throws {
        let id = try await account(app, username).id!
        let seat = try #require(try await CouncilMemberRecord.query(on: app.db).filter(\.$council.$id == council.id!).filter(\.$account.$id == id).first())
        let conflict = ConflictRecord()
        conflict.$member.id = seat.id!
        conflict.$dossier.id = dossier.id!
        conflict.kind = ConflictKind.employment
        conflict.source = ConflictSource.recorded
        conflict.note = note
        conflict.recordedBy = "test"
        try await conflict.create(on: app.db)
    }

    // MARK: - 1. Seats only in scope

    @Test("Chỉ thêm vào Hội đồng tài khoản thuộc phạm vi: chủ thể và người tỉnh khác bị từ chối, ghi nhật ký; cấp vai trò thành viên được ghi nhật ký")
    func seatsOnlyInScope() async throws {
        try await withTestApp { app in
            let refusal = try seatRefusal()
            let officer = Browser(app)
            try await officer.login("haiphong")
            let council = try await councils.council(app, officer)
            let councilID = council.id!.uuidString
            // Accounts of Hà Nội (01): a council member and a commune officer.
            try await AccountService.create(.init(username: "hanoi.hd", fullName: "Quách Văn Nội", email: nil, password: DemoData.password,
                                                  grants: [RoleGrant(role: .councilMember, location: .province("01"))], mustChangePassword: false),
                                            actor: nil, on: app, database: app.db)
            try await AccountService.create(.init(username: "hanoi.xa", fullName: "Lưu Thị Xã", email: nil, password: DemoData.password,
                                                  grants: [RoleGrant(role: .communeOfficer, location: .commune("00004", inProvince: "01"))],
                                                  mustChangePassword: false),
                                            actor: nil, on: app, database: app.db)
            let assignmentsBefore = try await RoleAssignment.query(on: app.db).count()

            // The producer's representative, accounts of another province, a national officer: refused, with the policy's reason.
            for username in ["chuthe", "hanoi.hd", "hanoi.xa", "trunguong"] {
                let refused = try await councils.addMember(officer, council, username, .member)
                #expect(refused.status == .unprocessableEntity, "\(username)")
                #expect(refused.body.string.contains(#"id="f-username-error">\#(refusal)</p>"#), "\(username)")
                #expect(try await seats(app, council, username) == 0, "\(username)")
                #expect(try await audits(app, "council.member-refused", recordID: councilID, after: ["member": username]) == 1, "\(username)")
            }
            #expect(try await councilGrants(app, "chuthe") == 0)
            #expect(try await councilGrants(app, "hanoi.xa") == 0)
            #expect(try await RoleAssignment.query(on: app.db).count() == assignmentsBefore)
            #expect(try await CouncilMemberRecord.query(on: app.db).filter(\.$council.$id == council.id!).count() == 0)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "account.grant").count() == 0)

            // A commune officer of Hải Phòng: seated, given the council member's role, and the grant is logged.
            let seated = try await councils.addMember(officer, council, "vietkhe", .member)
            #expect(seated.status == .seeOther)
            #expect(seated.location == SiteURL.council(id: councilID).path)
            #expect(try await seats(app, council, "vietkhe") == 1)
            #expect(try await councilGrants(app, "vietkhe") == 1)
            #expect(try await audits(app, "account.grant", recordID: "vietkhe", after: ["role": Role.councilMember.rawValue, "council": councilID]) == 1)
            #expect(try await audits(app, "council.member-refused", recordID: councilID, after: ["member": "vietkhe"]) == 0)
            // A council member of Hải Phòng already holds the role: seated, no new grant, nothing to log as a grant.
            #expect(try await councils.addMember(officer, council, "thuky", .secretary).status == .seeOther)
            #expect(try await councilGrants(app, "thuky") == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "account.grant").filter(\.$recordID == "thuky").count() == 0)
            #expect(try await RoleAssignment.query(on: app.db).count() == assignmentsBefore + 1)

            // The secretary seats in scope, never out of it.
            let secretary = Browser(app)
            try await secretary.login("thuky")
            #expect(try await secretary.get(SiteURL.council(id: councilID).path).status == .ok)
            for username in ["chuthe", "hanoi.hd"] {
                let refused = try await councils.addMember(secretary, council, username, .member)
                #expect(refused.status == .unprocessableEntity, "\(username)")
                #expect(refused.body.string.contains(#"id="f-username-error">\#(refusal)</p>"#), "\(username)")
                #expect(try await seats(app, council, username) == 0, "\(username)")
                #expect(try await audits(app, "council.member-refused", recordID: councilID, after: ["member": username]) == 2, "\(username)")
            }
            #expect(try await councilGrants(app, "chuthe") == 0)
            let bySecretary = try await councils.addMember(secretary, council, "ankhanh", .member)
            #expect(bySecretary.status == .seeOther)
            #expect(try await seats(app, council, "ankhanh") == 1)
            #expect(try await councilGrants(app, "ankhanh") == 1)
            let thuky = try await account(app, "thuky")
            let grantEntries = try await AuditEntry.query(on: app.db).filter(\.$action == "account.grant").filter(\.$recordID == "ankhanh").all()
            #expect(grantEntries.count == 1)
            #expect(grantEntries.first?.actorID == thuky.id)
            #expect(try await CouncilMemberRecord.query(on: app.db).filter(\.$council.$id == council.id!).count() == 3)
        }
    }

    // MARK: - 2. Minutes as the reader may see them

    @Test("Biên bản: thành viên chưa nộp phiếu hoặc có xung đột không thấy kết quả, nhận xét của hồ sơ; nộp rồi thì thấy; thư ký, cán bộ tỉnh thấy tất cả")
    func minutesFollowTheReader() async throws {
        try await withTestApp { app in
            let (dossier, round, product, productSet, officer) = try await scoring.received(app)
            let council = try await scoring.threeMemberCouncil(app, officer)
            try await councils.makeAccount(app, "thanhvien4", "Đào Văn Bốn")
            #expect(try await councils.addMember(officer, council, "thuky", .secretary).status == .seeOther)
            #expect(try await councils.addMember(officer, council, "thanhvien4", .member).status == .seeOther)
            try await recordConflict(app, council, "thanhvien4", dossier, "Em ruột của chủ nhiệm HTX")
            let meetingPath = try await scoring.meeting(app, officer, council: council, round: round, dossiers: [dossier])
            let minutesPath = "\(meetingPath)/bien-ban"
            let scorePath = "\(meetingPath)/cham/\(dossier.id!.uuidString)"
            let secondRemark = "Nhãn phụ thiếu mã vạch truy xuất – ý kiến riêng của thành viên thứ hai"
            let thirdRemark = "Cần bổ sung phiếu kiểm nghiệm độ cồn – ý kiến của thành viên thứ ba"

            // The chair keeps a draft (not submitted); the second member submits with a remark.
            let chair = Browser(app)
            try await chair.login("hoidong")
            #expect(try await chair.get(scorePath).status == .ok)
            let firstCode = "c-" + productSet.sheet.criteria[0].code
            #expect(try await chair.post(scorePath, ["hanh-dong": "draft", firstCode: scoring.lowest(productSet)[firstCode]!]).status == .seeOther)
            try await scoring.scoreAll(app, meetingPath, dossier, ["thanhvien2"], scoring.lowest(productSet).merging(["remark": secondRemark]) { $1 })

            /// The minutes as this reader sees them: the page, and the body rows of its results table.
            func minutes(_ browser: Browser) async throws -> (page: String, rows: [String]) {
                let response = try await browser.get(minutesPath)
                #expect(response.status == .ok)
                let page = response.body.string
                #expect(page.contains(#"id="minutes""#))
                return (page, try resultRows(page))
            }
            func expectHidden(_ browser: Browser, _ who: String) async throws {
                let (page, rows) = try await minutes(browser)
                #expect(rows.isEmpty, "\(who) sees a result line")
                #expect(!page.contains(secondRemark), "\(who) reads another member's remark")
                #expect(!page.contains(#"class="subgroup""#), "\(who) sees a dossier's remarks")
                #expect(!page.contains(SiteURL.dossierAction(id: dossier.id!.uuidString, action: "thu-ket-qua").path), "\(who) sees the dossier's result")
            }
            func expectShown(_ browser: Browser, _ who: String, remarks: [String]) async throws {
                let (page, rows) = try await minutes(browser)
                #expect(rows.count == 1, "\(who) sees \(rows.count) result lines")
                #expect(rows.first?.contains(product.name) == true, "\(who): the line is the dossier's")
                for remark in remarks { #expect(page.contains(remark), "\(who) misses a remark") }
            }

            // Not yet submitted (a draft only), or in conflict with the dossier: nothing of its result.
            try await expectHidden(chair, "the chair with a draft")
            let conflicted = Browser(app)
            try await conflicted.login("thanhvien4")
            try await expectHidden(conflicted, "the conflicted member")
            // The member who submitted sees the line; the secretariat sees every line and every remark.
            let second = Browser(app)
            try await second.login("thanhvien2")
            try await expectShown(second, "the second member", remarks: ["Ngô Văn Hai: \(secondRemark)"])
            try await expectShown(officer, "the provincial officer", remarks: ["Ngô Văn Hai: \(secondRemark)"])
            let secretary = Browser(app)
            try await secretary.login("thuky")
            try await expectShown(secretary, "the secretary", remarks: ["Ngô Văn Hai: \(secondRemark)"])
            // The chair sees nothing more on the results page, which is the secretariat's.
            #expect(try await chair.get("\(meetingPath)/ket-qua").status == .forbidden)

            // The third member sees the line once they have submitted, and loses it when a conflict is recorded.
            let third = Browser(app)
            try await third.login("thanhvien3")
            try await expectHidden(third, "the third member before scoring")
            try await scoring.scoreAll(app, meetingPath, dossier, ["thanhvien3"], scoring.lowest(productSet).merging(["remark": thirdRemark]) { $1 })
            try await expectShown(third, "the third member after scoring", remarks: ["Ngô Văn Hai: \(secondRemark)", "Lý Thị Ba: \(thirdRemark)"])
            try await recordConflict(app, council, "thanhvien3", dossier, "Cổ đông của HTX")
            try await expectHidden(third, "the third member once in conflict")
            try await expectShown(officer, "the provincial officer", remarks: ["Ngô Văn Hai: \(secondRemark)"])

            // The chair submits: the line and the remarks appear.
            #expect(try await chair.get(scorePath).status == .ok)
            #expect(try await chair.post(scorePath, scoring.lowest(productSet).merging(["hanh-dong": "submit"]) { $1 }).status == .seeOther)
            try await expectShown(chair, "the chair after submitting", remarks: ["Ngô Văn Hai: \(secondRemark)"])
            try await expectHidden(conflicted, "the conflicted member")
        }
    }

    // MARK: - 3. Races end in one record

    @Test("Bấm gửi bốn lần cùng lúc một biểu mẫu lập Hội đồng: một Hội đồng, cả bốn được chuyển tới nó")
    func councilFormSentFourTimes() async throws {
        try await withTestApp { app in
            let officer = Browser(app)
            try await officer.login("haiphong")
            #expect(try await officer.get(SiteURL.councils.path).status == .ok)
            let before = try await CouncilRecord.query(on: app.db).count()
            let form: [(String, String)] = [
                ("name", "Hội đồng đánh giá, phân hạng sản phẩm OCOP thành phố Hải Phòng nhiệm kỳ 2026"), ("decisionNumber", "4321/QĐ-UBND"),
                ("decisionDate", "2026-03-02"), ("termFrom", "2026-03-02"), ("termTo", "2027-12-31"), ("materialsLeadDays", "3"),
                ("_once", "5d0c6f0e-3b6a-4d0e-9a55-1f2b3c4d5e6f")]
            let answers = try await concurrently(app, Array(repeating: (Session(officer), SiteURL.councils.path, form), count: 4))
            #expect(try await CouncilRecord.query(on: app.db).count() == before + 1)
            let created = try await CouncilRecord.query(on: app.db).filter(\.$decisionNumber == "4321/QĐ-UBND").all()
            try #require(created.count == 1)
            let path = SiteURL.council(id: created[0].id!.uuidString).path
            #expect(answers.map(\.status) == Array(repeating: HTTPStatus.seeOther, count: 4))
            #expect(answers.map(\.location) == Array(repeating: path, count: 4))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "council.create").filter(\.$recordID == created[0].id!.uuidString).count() == 1)

            // The same form sent again later goes to the same council; a new form (a fresh `_once`) is a new council.
            let again = try await officer.post(SiteURL.councils.path, pairs: form)
            #expect(again.status == .seeOther)
            #expect(again.location == path)
            #expect(try await CouncilRecord.query(on: app.db).count() == before + 1)
            let fresh = try await officer.post(SiteURL.councils.path, pairs: Array(form.dropLast()) + [("_once", UUID().uuidString)])
            #expect(fresh.status == .seeOther)
            #expect(fresh.location != path)
            #expect(try await CouncilRecord.query(on: app.db).count() == before + 2)
        }
    }

    @Test("Gửi tài liệu phiên họp hai lần cùng lúc: một lần gửi, một mục nhật ký, mỗi thành viên một thông báo")
    func materialsSentTwiceAtOnce() async throws {
        try await withTestApp { app in
            let (dossier, round, _, _, officer) = try await scoring.received(app)
            let council = try await scoring.threeMemberCouncil(app, officer)
            let meeting = try await unsentMeeting(app, officer, council, round, dossier)
            let meetingPath = SiteURL.meeting(id: meeting.id!.uuidString).path
            let notificationsBefore = try await NotificationRecord.query(on: app.db).filter(\.$link == meetingPath).count()
            let other = Browser(app)
            try await other.login("haiphong")
            #expect(try await officer.get(meetingPath).status == .ok)
            #expect(try await other.get(meetingPath).status == .ok)
            let send = SiteURL.meetingAction(id: meeting.id!.uuidString, action: .sendMaterials).path
            let answers = try await concurrently(app, [
                (Session(officer), send, [("_once", UUID().uuidString)]),
                (Session(other), send, [("_once", UUID().uuidString)]),
            ])
            #expect(answers.map(\.status) == [.seeOther, .seeOther])
            #expect(answers.map(\.location) == [meetingPath, meetingPath])
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "meeting.materials").filter(\.$recordID == meeting.id!.uuidString).count() == 1)
            let reloaded = try #require(try await MeetingRecord.find(meeting.id, on: app.db))
            #expect(reloaded.materialsSentOn == CalendarDay.inVietnam(Date()).iso)
            let members = try await CouncilMemberRecord.query(on: app.db).filter(\.$council.$id == council.id!).all()
            #expect(members.count == 3)
            let notifications = try await NotificationRecord.query(on: app.db).filter(\.$link == meetingPath).all()
            #expect(notifications.count == notificationsBefore + members.count)
            for member in members {
                #expect(notifications.filter { $0.$account.id == member.$account.id }.count == 1, "\(member.fullName)")
            }
        }
    }

    @Test("Bấm «Chấm lại» hai lần cùng lúc: không lỗi, chỉ một phiên bản nháp mới")
    func rescoreTwiceAtOnce() async throws {
        try await withTestApp { app in
            let (dossier, round, _, productSet, officer) = try await scoring.received(app)
            let council = try await scoring.threeMemberCouncil(app, officer)
            let meetingPath = try await scoring.meeting(app, officer, council: council, round: round, dossiers: [dossier])
            let scorePath = "\(meetingPath)/cham/\(dossier.id!.uuidString)"
            try await scoring.scoreAll(app, meetingPath, dossier, ["thanhvien2"], scoring.lowest(productSet))
            let member = Browser(app)
            try await member.login("thanhvien2")
            #expect(try await member.get(scorePath).status == .ok)
            let seatAccount = try await account(app, "thanhvien2").id!
            let seat = try #require(try await CouncilMemberRecord.query(on: app.db).filter(\.$council.$id == council.id!)
                .filter(\.$account.$id == seatAccount).first())
            let sheets = { try await MemberScoreRecord.query(on: app.db).filter(\.$member.$id == seat.id!).filter(\.$dossier.$id == dossier.id!).all() }
            #expect(try await sheets().map(\.version) == [1])

            let answers = try await concurrently(app, Array(repeating: (Session(member), "\(scorePath)/cham-lai", []), count: 2))
            #expect(answers.map(\.status) == [.seeOther, .seeOther])
            #expect(answers.map(\.location) == [scorePath, scorePath])
            let after = try await sheets().sorted { $0.version < $1.version }
            #expect(after.map(\.version) == [1, 2])
            #expect(after.map(\.status) == [MemberScoreRecord.Status.submitted.rawValue, MemberScoreRecord.Status.draft.rawValue])
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "score.rescore").filter(\.$recordID == dossier.id!.uuidString).count() == 1)
            // The new draft is the member's to submit.
            #expect(try await member.post(scorePath, scoring.lowest(productSet).merging(["hanh-dong": "submit"]) { $1 }).status == .seeOther)
            #expect(try await sheets().filter(\.isSubmitted).count == 2)
        }
    }
}
