import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 13, "Inspections (kiểm tra, giám sát sau công nhận)": planned for chosen certificates,
/// recorded once with the checklist of Điều 9, photos, findings, deadline and conclusion; minutes;
/// the producer's answer.
@Suite("Kiểm tra sau công nhận: kế hoạch, biên bản tại hiện trường có ảnh, kết luận, trả lời của chủ thể")
struct InspectionTests {
    let today = CalendarDay.inVietnam(Date())
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: UInt8(7), count: 600))

    /// chuthe's product (the first by name, or the next) with a 4★ certificate valid for a year more.
    func certificate(_ app: Application, second: Bool = false) async throws -> (RecognitionRecord, ProductRecord) {
        let represented = try #require(try await ProducerRecord.query(on: app.db).filter(\.$taxCode == DemoData.chutheTaxCode).first())
        let products = try await ProductRecord.query(on: app.db).filter(\.$producer.$id == represented.id!).sort(\.$name).all()
        let product = try #require(second ? products.dropFirst().first : products.first)
        try await RecognitionRecord.query(on: app.db).filter(\.$product.$id == product.id!).delete()
        let recognition = RecognitionRecord(productID: product.id!, ProductRecognition(star: .four, decisionNumber: second ? "813/QĐ-UBND" : "812/QĐ-UBND",
                                                                                       decisionDay: today.adding(days: -700), issuer: .province))
        try await recognition.create(on: app.db)
        return (recognition, product)
    }

    func record(_ conclusion: InspectionConclusion, failing: InspectionItem? = .markUse) -> [(String, String)] {
        var fields = InspectionItem.allCases.map { item in
            ("verdict-\(item.rawValue)", (item == failing ? InspectionVerdict.fails : .meets).rawValue)
        }
        fields += [("remark-nhan-hieu", "Tem OCOP dán trên sản phẩm chưa được công nhận (rượu nếp cẩm)."), ("inspectedOn", today.vietnamese),
                   ("findings", "Dùng biểu trưng OCOP cho sản phẩm khác."), ("conclusion", conclusion.rawValue)]
        if conclusion == .mustFix { fields.append(("fixDeadline", today.adding(days: 30).vietnamese)) }
        if conclusion == .proposesRevocation { fields.append(("revocationGround", RevocationGround.markMisuse.rawValue)) }
        return fields
    }

    /// The plan form as an officer fills it for one certificate.
    static func planFields(_ recognition: RecognitionRecord, today: CalendarDay, extra: [(String, String)] = []) -> [(String, String)] {
        [("gcn[]", recognition.id!.uuidString), ("number", "45/KH-SNN"), ("kind", InspectionKind.periodic.rawValue),
         ("reason", "Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND thành phố về phát triển sản phẩm OCOP năm 2026"),
         ("plannedOn", today.vietnamese), ("periodTo", today.adding(days: 14).vietnamese),
         ("team", "Phòng Phát triển nông thôn, Chi cục Quản lý chất lượng"), ("agency", "Sở Nông nghiệp và Môi trường"),
         ("signer", "Nguyễn Văn Hải"), ("signerTitle", "KT. Giám đốc / Phó Giám đốc")] + extra
    }

    /// haiphong plans an inspection of the certificate; returns it.
    func plan(_ app: Application, _ province: Browser, _ recognition: RecognitionRecord) async throws -> InspectionRecord {
        #expect(try await province.get(SiteURL.newInspection.path + "?gcn[]=\(recognition.id!.uuidString)").status == .ok)
        let planned = try await province.post(SiteURL.newInspection.path, pairs: Self.planFields(recognition, today: today))
        #expect(planned.status == .seeOther)
        return try #require(try await InspectionRecord.query(on: app.db).filter(\.$recognition.$id == recognition.id!).first())
    }

    @Test("Lập kế hoạch, ghi kết quả có ảnh và hạn khắc phục; ghi lần hai không đổi gì; biên bản in; chủ thể được báo và trả lời")
    func planRecordAnswer() async throws {
        try await withTestApp { app in
            let (recognition, product) = try await certificate(app)
            let province = Browser(app)
            try await province.login("haiphong")
            let inspection = try await plan(app, province, recognition)
            #expect(inspection.status == .planned && inspection.communeCode == DemoData.vietKhe)
            let chuthe = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "chuthe").first())
            #expect(try await NotificationRecord.query(on: app.db).filter(\.$account.$id == chuthe.id!)
                .filter(\.$link == SiteURL.inspection(id: inspection.id!.uuidString).path).count() == 1)

            let path = SiteURL.inspection(id: inspection.id!.uuidString).path
            let form = try await province.get(path)
            #expect(form.status == .ok)
            #expect(form.body.string.contains(#"<input type="file" id="f-photo-nhan-hieu" name="photo-nhan-hieu" accept="image/jpeg,image/png" capture="environment"/>"#))
            // Incomplete: refused, what was typed kept.
            let incomplete = try await province.postMultipart(path + "/ghi", fields: [("remark-nguyen-lieu", "Mật ong thu từ 120 đàn"), ("inspectedOn", today.vietnamese)])
            #expect(incomplete.status == .unprocessableEntity)
            #expect(incomplete.body.string.contains("Vui lòng chọn kết quả cho nội dung «An toàn thực phẩm»."))
            #expect(incomplete.body.string.contains("Mật ong thu từ 120 đàn</textarea>"))
            #expect(try await InspectionRecord.find(inspection.id, on: app.db)?.status == .planned)
            // A failed item cannot conclude that the criteria are kept.
            let contradictory = try await province.postMultipart(path + "/ghi", fields: record(.keepsCriteria))
            #expect(contradictory.status == .unprocessableEntity)
            #expect(contradictory.body.string.contains("Có nội dung «Không đạt»: kết luận phải là khắc phục hoặc đề nghị thu hồi."))

            let done = try await province.postMultipart(path + "/ghi", fields: record(.mustFix),
                                                        file: ("photo-nhan-hieu", "tem.png", Self.png, "image/png"))
            #expect(done.status == .seeOther)
            let recorded = try #require(try await InspectionRecord.find(inspection.id, on: app.db))
            #expect(recorded.status == .recorded && recorded.conclusion == .mustFix && recorded.fixDeadline == today.adding(days: 30).iso)
            #expect(recorded.lines.first { $0.item == .markUse }?.verdict == .fails)
            let photo = try #require(try await InspectionPhotoRecord.query(on: app.db).filter(\.$inspection.$id == inspection.id!).first())
            #expect(photo.item == .markUse)
            let image = try await province.get(SiteURL.inspectionFile(id: inspection.id!.uuidString, file: photo.fileID.uuidString).path)
            #expect(image.status == .ok && Data(buffer: image.body) == Self.png)
            let page = try await province.get(path)
            #expect(page.body.string.contains(#"<tr id="line-nhan-hieu"><td>Sử dụng nhãn hiệu, biểu trưng OCOP</td><td class="bad">Không đạt</td>"#))
            #expect(page.body.string.contains(#"<p id="inspection-deadline">Thời hạn khắc phục: \#(today.adding(days: 30).vietnamese)</p>"#))

            // The follow-up visit: on the deadline, linked both ways, once.
            #expect(try await province.post(path + "/kiem-tra-lai", [:]).status == .seeOther)
            let visit = try #require(try await InspectionRecord.query(on: app.db).filter(\.$followUpOf == inspection.id!).first())
            #expect(visit.plannedOn == today.adding(days: 30).iso && visit.status == .planned && visit.kind == .adHoc)
            #expect(try await province.get(SiteURL.inspection(id: visit.id!.uuidString).path).body.string
                .contains(#"<a href="\#(path)" id="first-inspection-link">cuộc kiểm tra trước</a>"#))
            #expect(try await province.post(path + "/kiem-tra-lai", [:]).status == .unprocessableEntity)

            // A second click records nothing again.
            _ = try await province.postMultipart(path + "/ghi", fields: record(.proposesRevocation))
            #expect(try await InspectionRecord.find(inspection.id, on: app.db)?.conclusion == .mustFix)

            let minutes = try await province.get(path + "/bien-ban")
            #expect(minutes.status == .ok)
            #expect(minutes.body.string.contains(#"<p id="minutes-conclusion">Kết luận: Chủ thể phải khắc phục các tồn tại trong thời hạn.</p>"#))
            #expect(minutes.body.string.contains("Chủ thể khắc phục các tồn tại trên trước ngày \(today.adding(days: 30).vietnamese)"))

            let producer = Browser(app)
            try await producer.login("chuthe")
            let told = try await NotificationRecord.query(on: app.db).filter(\.$account.$id == chuthe.id!).all().map(\.text)
            #expect(told.contains("\(product.name): kết quả kiểm tra ngày \(today.vietnamese) — Chủ thể phải khắc phục các tồn tại trong thời hạn, hạn khắc phục \(today.adding(days: 30).vietnamese)."))
            #expect(try await producer.get(path).body.string.contains(#"id="answer-form""#))
            let answered = try await producer.postMultipart(path + "/tra-loi", fields: [("answer", "Đã gỡ tem OCOP khỏi rượu nếp cẩm, in lại nhãn.")],
                                                            file: ("evidence", "nhan-moi.png", Self.png, "image/png"))
            #expect(answered.status == .seeOther)
            #expect(try await InspectionAnswerRecord.query(on: app.db).filter(\.$inspection.$id == inspection.id!).count() == 1)
            #expect(try await province.get(path).body.string.contains("Đã gỡ tem OCOP khỏi rượu nếp cẩm, in lại nhãn."))

            // The commune reads it but does not record; another commune does not read it.
            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await commune.get(path).status == .ok)
            let other = Browser(app)
            try await other.login("ankhanh")
            #expect(try await other.get(path).status == .forbidden)
        }
    }

    @Test("Đề nghị thu hồi: biên bản ghi căn cứ, trang kiểm tra mở quyết định thu hồi cho giấy chứng nhận này")
    func proposesRevocation() async throws {
        try await withTestApp { app in
            let (recognition, _) = try await certificate(app)
            let province = Browser(app)
            try await province.login("haiphong")
            let inspection = try await plan(app, province, recognition)
            let path = SiteURL.inspection(id: inspection.id!.uuidString).path
            _ = try await province.get(path)
            #expect(try await province.postMultipart(path + "/ghi", fields: record(.proposesRevocation)).status == .seeOther)
            let page = try await province.get(path)
            #expect(page.body.string.contains(#"href="/thu-hoi/moi?gcn[]=\#(recognition.id!.uuidString)&amp;kiem-tra=\#(inspection.id!.uuidString)""#))
            #expect(page.body.string.contains("Căn cứ đề nghị thu hồi: điểm d khoản 1 Điều 8"))

            // The decision keeps the record it rests on; each page opens the other.
            let form = try await province.get(SiteURL.newRevocation.path + "?gcn[]=\(recognition.id!.uuidString)&kiem-tra=\(inspection.id!.uuidString)")
            #expect(form.body.string.contains(#"<input type="hidden" name="inspection" value="\#(inspection.id!.uuidString)"/>"#))
            var fields = [("number", "77/QĐ-UBND"), ("signedOn", today.vietnamese), ("ground", RevocationGround.markMisuse.rawValue),
                          ("conclusion", "Biên bản kiểm tra ngày \(today.vietnamese)"), ("conclusionOn", today.vietnamese),
                          ("signer", "Lê Văn Phòng"), ("signerPosition", DecisionSignerPosition.head.rawValue),
                          ("gcn[]", recognition.id!.uuidString)]
            // An inspection that does not propose this revocation is refused as its basis.
            let (otherRecognition, _) = try await certificate(app, second: true)
            let unrelated = try await plan(app, province, otherRecognition)
            let wrong = try await province.postMultipart(SiteURL.newRevocation.path, fields: fields + [("inspection", unrelated.id!.uuidString)])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("Biên bản kiểm tra làm căn cứ phải đề nghị thu hồi một giấy chứng nhận trong quyết định này."))
            fields.append(("inspection", inspection.id!.uuidString))
            #expect(try await province.postMultipart(SiteURL.newRevocation.path, fields: fields).status == .seeOther)
            let decision = try #require(try await RevocationRecord.query(on: app.db).filter(\.$number == "77/QĐ-UBND").first())
            #expect(decision.inspectionID == inspection.id)
            #expect(try await province.get(path).body.string
                .contains(#"<a href="\#(SiteURL.revocation(id: decision.id!.uuidString).path)" id="revocation-link">Quyết định thu hồi số 77/QĐ-UBND</a>"#))
            #expect(try await province.get(SiteURL.revocation(id: decision.id!.uuidString).path).body.string
                .contains(#"<a href="\#(path)/bien-ban">Xem biên bản kiểm tra làm căn cứ</a>"#))
        }
    }

    @Test("Đề xuất: giấy chưa từng kiểm tra và giấy sắp đánh giá lại của tỉnh; đã lập kế hoạch thì rời danh sách chưa kiểm tra; 5 sao chỉ cho trung ương")
    func proposals() async throws {
        try await withTestApp { app in
            let (recognition, product) = try await certificate(app)
            let province = Browser(app)
            try await province.login("haiphong")
            let form = try await province.get(SiteURL.newInspection.path)
            #expect(form.status == .ok)
            let never = #"id="propose-chua-kiem-tra-\#(recognition.id!.uuidString)""#
            #expect(form.body.string.contains(never))
            #expect(form.body.string.contains(product.name))
            #expect(!form.body.string.contains("Sản phẩm 5 sao (Bộ Nông nghiệp"))
            _ = try await plan(app, province, recognition)
            #expect(!(try await province.get(SiteURL.newInspection.path)).body.string.contains(never))
            let national = Browser(app)
            try await national.login("trunguong")
            #expect(try await national.get(SiteURL.newInspection.path).body.string.contains("Sản phẩm 5 sao (Bộ Nông nghiệp và Môi trường kiểm tra, giám sát) ("))
        }
    }

    @Test("Kế hoạch kiểm tra là một văn bản: số, thời gian, đoàn, danh sách sản phẩm, tiến độ; thiếu số thì từ chối, giữ nội dung đã nhập")
    func planDocument() async throws {
        try await withTestApp { app in
            let (recognition, product) = try await certificate(app)
            let province = Browser(app)
            try await province.login("haiphong")
            _ = try await province.get(SiteURL.newInspection.path + "?gcn[]=\(recognition.id!.uuidString)")
            let missing = try await province.post(SiteURL.newInspection.path, pairs: Self.planFields(recognition, today: today)
                .map { $0.0 == "number" ? ("number", "") : $0.0 == "periodTo" ? ("periodTo", today.adding(days: -1).vietnamese) : $0 })
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains("Vui lòng ghi số kế hoạch (ví dụ 45/KH-SNN)."))
            #expect(missing.body.string.contains("Ngày kết thúc phải từ ngày bắt đầu trở đi."))
            #expect(missing.body.string.contains("Phòng Phát triển nông thôn, Chi cục Quản lý chất lượng</textarea>"))
            #expect(try await InspectionPlanRecord.query(on: app.db).count() == 0)

            let inspection = try await plan(app, province, recognition)
            let document = try #require(try await InspectionPlanRecord.query(on: app.db).first())
            #expect(inspection.planID == document.id && document.provinceCode == "31" && document.periodTo == today.adding(days: 14).iso)
            let path = SiteURL.inspectionPlan(id: document.id!.uuidString).path
            let page = try await province.get(path)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains(#"<p id="doc-number">Số: 45/KH-SNN</p>"#))
            #expect(html.contains(#"<p id="plan-period">Từ ngày \#(today.vietnamese) đến ngày \#(today.adding(days: 14).vietnamese).</p>"#))
            #expect(html.contains(#"<p class="screen-only" id="plan-progress">Đã kiểm tra 0/1 sản phẩm.</p>"#))
            #expect(html.contains(#"<tr id="plan-row-\#(inspection.id!.uuidString)"><td>1</td><td><a href="\#(SiteURL.inspection(id: inspection.id!.uuidString).path)">\#(product.name)</a></td>"#))
            #expect(html.contains("<p class=\"agency\">KT. GIÁM ĐỐC</p><p class=\"agency\">PHÓ GIÁM ĐỐC</p>"))
            let list = try await province.get(SiteURL.inspections.path)
            #expect(list.body.string.contains(#"<tr id="plan-\#(document.id!.uuidString)"><td><a href="\#(path)">45/KH-SNN</a></td><td>Kiểm tra định kỳ</td>"#))
            let inspectionPage = try await province.get(SiteURL.inspection(id: inspection.id!.uuidString).path)
            #expect(inspectionPage.body.string.contains(#"<a href="\#(path)" id="plan-link">Kế hoạch số 45/KH-SNN</a>"#))
            // The producer's commune reads it; another province does not.
            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await commune.get(path).status == .ok)
            let other = Browser(app)
            try await other.login("ankhanh")
            #expect(try await other.get(path).status == .forbidden)
        }
    }
}
