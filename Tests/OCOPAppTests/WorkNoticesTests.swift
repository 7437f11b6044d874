import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 12, "everyone is told where their work is": the secretary when the province receives a
/// dossier and when sheets come in, the members when their meeting opens for scoring (and on their
/// dashboard), the province when the results wait for its decision (a notice and a counter), and
/// every notice's button names what it opens.
@Suite("Thông báo công việc: thư ký, thành viên hội đồng, tỉnh chờ quyết định")
struct WorkNoticesTests {
    let councils = CouncilsTests()
    let scoring = ScoringTests()

    func notices(_ app: Application, _ username: String) async throws -> [NotificationRecord] {
        let account = try #require(try await UserAccount.query(on: app.db).filter(\.$username == username).first())
        return try await NotificationRecord.query(on: app.db).filter(\.$account.$id == account.id!).sort(\.$createdAt).all()
    }

    @Test("Tỉnh tiếp nhận hồ sơ: Thư ký Hội đồng của tỉnh được báo, nút mở đúng hồ sơ")
    func secretaryHearsOfReceivedDossiers() async throws {
        try await withTestApp { app in
            let (dossier, _) = try await councils.acceptedDossier(app)
            let received = try await notices(app, "thuky").filter { $0.dossierID == dossier.id }
            #expect(received.count == 1)
            #expect(received.first?.link == SiteURL.dossier(id: dossier.id!.uuidString).path)
            let secretary = Browser(app)
            try await secretary.login("thuky")
            let inbox = try await secretary.get(SiteURL.notifications.path)
            #expect(inbox.status == .ok)
            #expect(inbox.body.string.contains(#"<button type="submit" class="open-notice">Mở hồ sơ</button>"#))
        }
    }

    @Test("Phiên họp mở chấm: thành viên được báo một lần, bảng điều khiển liệt kê phiếu; đủ phiếu thì tỉnh được báo và có bộ đếm")
    func membersAndProvinceAreTold() async throws {
        try await withTestApp { app in
            let (dossier, round, product, productSet, officer) = try await scoring.received(app)
            let council = try await scoring.threeMemberCouncil(app, officer)
            _ = try await councils.addMember(officer, council, "thuky", .secretary)
            let meetingPath = try await scoring.meeting(app, officer, council: council, round: round, dossiers: [dossier], dayArrives: false)
            let meetingID = String(meetingPath.split(separator: "/").last!)

            // Materials sent, the day not yet come: the member's dashboard shows the sheet to prepare.
            let chair = Browser(app)
            try await chair.login("hoidong")
            let before = try await chair.get(SiteURL.dashboard.path).body.string
            #expect(before.contains(#"id="council-work""#))
            #expect(before.contains(#"<a href="\#(meetingPath)/cham/\#(dossier.id!.uuidString)">Phiếu chấm: \#(product.name)</a>"#))
            #expect(before.contains("phiếu nộp được từ ngày họp"))
            #expect(!before.contains("Phiếu chấm điểm sẽ xuất hiện"))
            #expect(try await MeetingOpenNotices.run(today: .inVietnam(Date()), on: app.db) == 0, "not before the meeting's day")

            // The day arrives: one notice per member, once, whatever the number of runs.
            try await meetingDayArrives(app, meetingPath: meetingPath)
            #expect(try await MeetingOpenNotices.run(today: .inVietnam(Date()), on: app.db) == 4)
            #expect(try await MeetingOpenNotices.run(today: .inVietnam(Date()), on: app.db) == 0)
            let opened = try await notices(app, "thanhvien2").filter { $0.noticeKey == "mo-cham:\(meetingID)" }
            #expect(opened.count == 1 && opened.first?.link == meetingPath)
            #expect(try await chair.get(SiteURL.dashboard.path).body.string.contains("Đang mở chấm điểm"))

            // Each submitted sheet reaches the secretary; the last one tells the province and the secretary once.
            let answers = DossiersTests().answers(productSet).merging(["tm": "1"]) { $1 }
            // The secretary scores too (a member of the council); their own sheet is not announced to them.
            try await scoring.scoreAll(app, meetingPath, dossier, ["hoidong", "thanhvien2", "thuky"], answers)
            let board = "\(meetingPath)/bang-diem"
            #expect(try await notices(app, "thuky").filter { $0.link == board }.count == 2)
            #expect(try await notices(app, "haiphong").filter { $0.noticeKey == "cho-quyet-dinh:\(meetingID)" }.isEmpty)
            let province = try await officer.get(SiteURL.dashboard.path).body.string
            #expect(province.contains(#"<span class="stat-value">0</span><a href="/hoi-dong" class="stat-label">Phiên họp đủ phiếu, chờ quyết định</a>"#))

            try await scoring.scoreAll(app, meetingPath, dossier, ["thanhvien3"], answers)
            let waiting = try await notices(app, "haiphong").filter { $0.noticeKey == "cho-quyet-dinh:\(meetingID)" }
            #expect(waiting.count == 1 && waiting.first?.link == "\(meetingPath)/ket-qua")
            #expect(try await notices(app, "thuky").filter { $0.noticeKey == "cho-quyet-dinh:\(meetingID)" }.count == 1)
            let counted = try await officer.get(SiteURL.dashboard.path).body.string
            #expect(counted.contains(#"<span class="stat-value">1</span><a href="\#(meetingPath)/ket-qua" class="stat-label">Phiên họp đủ phiếu, chờ quyết định</a>"#))
            let inbox = try await officer.get(SiteURL.notifications.path).body.string
            #expect(inbox.contains(#"class="open-notice">Mở kết quả</button>"#))
        }
    }

    @Test("Nút của thông báo gọi đúng tên trang nó mở")
    func buttonNamesItsPage() {
        #expect(InboxModel.buttonLabel(for: "/phien-hop/abc/cham/def") == "Mở phiếu chấm")
        #expect(InboxModel.buttonLabel(for: "/phien-hop/abc/bang-diem") == "Xem bảng điểm")
        #expect(InboxModel.buttonLabel(for: "/phien-hop/abc/ket-qua") == "Mở kết quả")
        #expect(InboxModel.buttonLabel(for: "/phien-hop/abc") == "Mở phiên họp")
        #expect(InboxModel.buttonLabel(for: "/ho-so/abc") == "Mở hồ sơ")
        #expect(InboxModel.buttonLabel(for: "/chu-the/abc?x=1") == "Mở chủ thể")
        #expect(InboxModel.buttonLabel(for: "/lich-lam-viec") == "Mở")
    }
}

/// Issue 12, "audit entries read as sentences": no action code, no record key on the log's pages.
@Suite("Nhật ký đọc thành câu")
struct AuditSentenceTests {
    @Test("Nhật ký và bảng điều khiển: câu tiếng Việt với tên đối tượng, không mã thao tác, không khóa bản ghi")
    func auditReadsAsSentences() async throws {
        try await withTestApp { app in
            let (dossier, _) = try await CouncilsTests().acceptedDossier(app)
            let product = try #require(try await ProductRecord.find(dossier.$product.id, on: app.db))
            let officer = Browser(app)
            try await officer.login("haiphong")
            let log = try await officer.get(SiteURL.audit.path)
            #expect(log.status == .ok)
            let page = log.body.string
            #expect(page.contains(#"<td class="audit-sentence">Lê Văn Hải (haiphong) đã tiếp nhận vào đợt đánh giá hồ sơ «\#(product.name)».</td>"#))
            #expect(!page.contains("dossier.accept"))
            #expect(!page.contains("dossier: "))
            #expect(!page.contains(dossier.id!.uuidString + "<"), "no record key as text")
            // The change reads as fields in words, not the stored JSON.
            #expect(page.contains(#"<span class="muted">Trạng thái: </span><del>\#(DossierState.forwarded.title)</del> → <ins>\#(DossierState.acceptedByProvince.title)</ins>"#))
            #expect(!page.contains("{&quot;") && !page.contains(#"{""#), "no JSON on the page")
            let dashboard = try await officer.get(SiteURL.dashboard.path).body.string
            #expect(dashboard.contains(#"<th>Nội dung</th>"#))
            #expect(!dashboard.contains("dossier.accept"))
        }
    }

    @Test("Thay đổi đọc thành từng trường: tên tiếng Việt, giá trị cũ → mới, bỏ trường không đổi và mã máy")
    func changesReadAsFields() {
        let before = #"{"name":"Chè Shan","taxCode":"0202155849","representativeIsWoman":false,"status":"pending","communeCode":"11311","sha256":"ab12"}"#
        let after = #"{"name":"Chè Shan tuyết","taxCode":"0202155849","representativeIsWoman":true,"status":"active","communeCode":"11311","sha256":"cd34"}"#
        #expect(AuditDetails.lines(before: before, after: after) == [
            .init(label: "Tên", before: "Chè Shan", after: "Chè Shan tuyết"),
            .init(label: "Người đại diện là phụ nữ", before: "không", after: "có"),
            .init(label: "Trạng thái", before: ProducerStatus.pending.title, after: ProducerStatus.active.title),
        ])
        // A creation lists what was recorded; dates read dd/mm/yyyy, roles by their titles.
        #expect(AuditDetails.lines(before: nil, after: #"{"number":"125/UBND-KT","signedOn":"2026-07-05","dossiers":"2"}"#) == [
            .init(label: "Số", before: nil, after: "125/UBND-KT"), .init(label: "Ngày ký", before: nil, after: "05/07/2026"),
            .init(label: "Số hồ sơ", before: nil, after: "2"),
        ])
        #expect(AuditDetails.lines(before: nil, after: #"{"username":"a","roles":["commune@31@11311"]}"#).last
                == .init(label: "Vai trò", before: nil, after: Role.communeOfficer.title))
        #expect(AuditDetails.lines(before: "không phải JSON", after: nil) == [])
    }

    @Test("Thao tác chưa có lời: vẫn là câu, không lộ mã")
    func unknownActionHasNoCode() {
        #expect(AuditWording.sentence(actor: "Hệ thống", action: "x.unknown", recordType: "meeting", subject: nil) == "Hệ thống đã cập nhật phiên họp.")
        #expect(AuditWording.sentence(actor: "A", action: "dossier.submit", recordType: "dossier", subject: "Mật ong") == "A đã nộp hồ sơ «Mật ong».")
    }
}
