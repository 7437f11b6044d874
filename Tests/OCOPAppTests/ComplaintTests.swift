import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 13, "products … proposed by the system (… complaints …)" and "ad hoc inspections (after a
/// complaint or a finding)": a complaint recorded by an officer, proposed for inspection, answered
/// by an ad hoc plan linked to it, closed with its outcome; read only in its units.
@Suite("Phản ánh về sản phẩm: ghi nhận, đề xuất kiểm tra, kiểm tra đột xuất theo phản ánh, kết thúc xử lý")
struct ComplaintTests {
    let today = CalendarDay.inVietnam(Date())

    /// vietkhe records a consumer's complaint about chuthe's certified product; returns it.
    func complain(_ app: Application, _ recognition: RecognitionRecord) async throws -> ComplaintRecord {
        let commune = Browser(app)
        try await commune.login("vietkhe")
        let found = try await commune.get(SiteURL.newComplaint.path + "?q=ruou+nep+cam")
        #expect(found.status == .ok)
        #expect(found.body.string.contains(#"id="pick-\#(recognition.id!.uuidString)""#))
        // Nothing chosen: refused, the text kept.
        let unchosen = try await commune.post(SiteURL.newComplaint.path, pairs: [
            ("receivedOn", today.vietnamese), ("source", ComplaintSource.consumer.rawValue), ("content", "Chai rượu mua tại chợ có cặn lạ."),
        ])
        #expect(unchosen.status == .unprocessableEntity)
        #expect(unchosen.body.string.contains("Vui lòng chọn giấy chứng nhận của sản phẩm bị phản ánh."))
        #expect(unchosen.body.string.contains("Chai rượu mua tại chợ có cặn lạ.</textarea>"))
        let made = try await commune.post(SiteURL.newComplaint.path, pairs: [
            ("gcn[]", recognition.id!.uuidString), ("receivedOn", today.vietnamese), ("source", ComplaintSource.consumer.rawValue),
            ("sender", "Chị Lan, 0912 345 678"), ("content", "Chai rượu mua tại chợ có cặn lạ, tem OCOP dán đè lên nhãn cũ."),
        ])
        #expect(made.status == .seeOther)
        return try #require(try await ComplaintRecord.query(on: app.db).filter(\.$recognition.$id == recognition.id!).first())
    }

    @Test("Xã ghi nhận phản ánh; tỉnh được báo, thấy trong đề xuất, lập kiểm tra đột xuất gắn với phản ánh; kết thúc xử lý một lần")
    func complaintToInspection() async throws {
        try await withTestApp { app in
            let (recognition, product) = try await InspectionTests().certificate(app)
            let complaint = try await complain(app, recognition)
            #expect(complaint.communeCode == DemoData.vietKhe && complaint.source == .consumer && complaint.closedAt == nil)
            let path = SiteURL.complaint(id: complaint.id!.uuidString).path
            let haiphong = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "haiphong").first())
            #expect(try await NotificationRecord.query(on: app.db).filter(\.$account.$id == haiphong.id!).filter(\.$link == path).count() == 1)

            let province = Browser(app)
            try await province.login("haiphong")
            let list = try await province.get(SiteURL.complaints.path)
            #expect(list.status == .ok)
            #expect(list.body.string.contains(#"<tr id="complaint-\#(complaint.id!.uuidString)"><td>\#(today.vietnamese)</td><td><a href="\#(path)">\#(product.name)</a></td>"#))
            let proposals = try await province.get(SiteURL.newInspection.path)
            #expect(proposals.body.string.contains(#"id="propose-phan-anh-\#(recognition.id!.uuidString)""#))

            let page = try await province.get(path)
            #expect(page.body.string.contains(#"<dd id="complaint-state">Chưa xử lý</dd>"#))
            #expect(page.body.string.contains(#"href="/kiem-tra/moi?phan-anh=\#(complaint.id!.uuidString)""#))
            let form = try await province.get(SiteURL.newInspection.path + "?phan-anh=\(complaint.id!.uuidString)")
            #expect(form.body.string.contains(#"<option value="dot-xuat" selected>Kiểm tra đột xuất</option>"#))
            #expect(form.body.string.contains(#"<input type="hidden" name="complaint" value="\#(complaint.id!.uuidString)"/>"#))
            #expect(try await province.post(SiteURL.newInspection.path, pairs: InspectionTests.planFields(recognition, today: today, extra: [
                ("complaint", complaint.id!.uuidString),
            ]).map { $0.0 == "kind" ? ("kind", InspectionKind.adHoc.rawValue) : $0 }).status == .seeOther)
            let inspection = try #require(try await InspectionRecord.query(on: app.db).filter(\.$recognition.$id == recognition.id!).first())
            #expect(try await ComplaintRecord.find(complaint.id, on: app.db)?.inspectionID == inspection.id)
            #expect(try await province.get(path).body.string.contains(#"<dd id="complaint-state">Đã lập kế hoạch kiểm tra đột xuất</dd>"#))
            #expect(try await province.get(SiteURL.inspection(id: inspection.id!.uuidString).path).body.string
                .contains(#"<a href="\#(path)" id="complaint-link">phản ánh</a>"#))
            #expect(!(try await province.get(path)).body.string.contains("plan-complaint-inspection"))

            // Closing needs the outcome; typed text kept; a second close changes nothing.
            let empty = try await province.post(path + "/dong", pairs: [("outcome", "  ")])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("Vui lòng ghi kết quả xử lý phản ánh."))
            #expect(try await province.post(path + "/dong", pairs: [("outcome", "Đã kiểm tra đột xuất, yêu cầu chủ thể khắc phục nhãn.")]).status == .seeOther)
            let closed = try #require(try await ComplaintRecord.find(complaint.id, on: app.db))
            #expect(closed.outcome == "Đã kiểm tra đột xuất, yêu cầu chủ thể khắc phục nhãn." && closed.closedBy != nil)
            _ = try await province.get(path)
            #expect(try await province.post(path + "/dong", pairs: [("outcome", "Khác")]).status == .seeOther)
            #expect(try await ComplaintRecord.find(complaint.id, on: app.db)?.outcome == "Đã kiểm tra đột xuất, yêu cầu chủ thể khắc phục nhãn.")
            #expect(!(try await province.get(SiteURL.complaints.path)).body.string.contains(#"id="complaint-\#(complaint.id!.uuidString)""#))
            #expect(try await province.get(SiteURL.complaints.path + "?tat-ca=1").body.string.contains(#"id="complaint-\#(complaint.id!.uuidString)""#))
            #expect(!(try await province.get(SiteURL.newInspection.path)).body.string.contains(#"id="propose-phan-anh-"#))
        }
    }

    @Test("Phản ánh chỉ cán bộ nơi có sản phẩm xem; chủ thể và xã khác không xem, không ghi")
    func scope() async throws {
        try await withTestApp { app in
            let (recognition, _) = try await InspectionTests().certificate(app)
            let complaint = try await complain(app, recognition)
            let path = SiteURL.complaint(id: complaint.id!.uuidString).path
            let producer = Browser(app)
            try await producer.login("chuthe")
            #expect(try await producer.get(path).status == .forbidden)
            #expect(try await producer.get(SiteURL.complaints.path).status == .forbidden)
            let other = Browser(app)
            try await other.login("ankhanh")
            #expect(try await other.get(path).status == .forbidden)
            #expect(!(try await other.get(SiteURL.complaints.path)).body.string.contains(complaint.id!.uuidString))
            _ = try await other.get(SiteURL.newComplaint.path)
            let refused = try await other.post(SiteURL.newComplaint.path, pairs: [
                ("gcn[]", recognition.id!.uuidString), ("receivedOn", today.vietnamese), ("source", ComplaintSource.press.rawValue), ("content", "Bài báo"),
            ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Chỉ cán bộ cấp xã, cấp tỉnh, trung ương nơi có sản phẩm được ghi nhận và xem phản ánh về sản phẩm."))
            #expect(try await ComplaintRecord.query(on: app.db).count() == 1)
            // The commune records but does not plan inspections nor close.
            let commune = Browser(app)
            try await commune.login("vietkhe")
            let page = try await commune.get(path)
            #expect(page.status == .ok && !page.body.string.contains("close-form") && !page.body.string.contains("plan-complaint-inspection"))
            #expect(try await commune.post(path + "/dong", pairs: [("outcome", "Xong")]).status == .forbidden)
        }
    }
}
