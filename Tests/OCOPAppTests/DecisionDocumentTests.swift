import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 12: the decision previewed as a draft before it is issued, and printed in the national
/// format (who decides, legal bases, signing block, the appendix without working notes).
@Suite("Quyết định: dự thảo xem trước rồi mới ban hành; thể thức Nghị định 30 (căn cứ, ký thay, phụ lục)")
struct DecisionDocumentTests {
    let scoring = ScoringTests()

    func decidedMeeting(_ app: Application) async throws -> (String, Browser, ProductRecord) {
        let (dossier, round, product, productSet, officer) = try await scoring.received(app)
        let council = try await scoring.threeMemberCouncil(app, officer)
        let meetingPath = try await scoring.meeting(app, officer, council: council, round: round, dossiers: [dossier])
        try await scoring.scoreAll(app, meetingPath, dossier, ["hoidong", "thanhvien2", "thanhvien3"],
                                   DossiersTests().answers(productSet).merging(["tm": "1"]) { $1 })
        try await officer.get("\(meetingPath)/ket-qua")
        return (meetingPath, officer, product)
    }

    @Test("Xem trước: dự thảo đầy đủ, chưa ghi gì; sửa lại giữ nội dung; thiếu chức vụ bị từ chối; ban hành từ dự thảo")
    func previewThenIssue() async throws {
        try await withTestApp { app in
            let (meetingPath, officer, product) = try await decidedMeeting(app)
            let today = CalendarDay.inVietnam(Date())
            let draft = ["number": "2156/QĐ-UBND", "signedOn": today.iso, "signer": "Lê Văn Hải", "signerPosition": "pho-chu-tich",
                         "proposer": "Giám đốc Sở Nông nghiệp và Môi trường"]

            let results = try await officer.get("\(meetingPath)/ket-qua")
            #expect(results.body.string.contains(#"<button type="submit" name="step" value="preview" class="primary">Xem trước dự thảo quyết định</button>"#))

            let preview = try await officer.post("\(meetingPath)/quyet-dinh", draft.merging(["step": "preview"]) { $1 })
            #expect(preview.status == .ok)
            let page = preview.body.string
            #expect(page.contains(#"<p class="draft-mark" id="draft-mark">DỰ THẢO — chưa ban hành</p>"#))
            #expect(page.contains(#"<p class="doc-title" id="decision-decides">CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG</p>"#))
            #expect(page.contains("Căn cứ Quyết định số 26/2026/QĐ-TTg ngày 22 tháng 5 năm 2026"))
            #expect(page.contains("Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường."))
            #expect(page.contains(#"<p class="agency">KT. CHỦ TỊCH</p><p class="agency">PHÓ CHỦ TỊCH</p><p class="name">Lê Văn Hải</p>"#))
            #expect(page.contains("(Kèm theo Quyết định số 2156/QĐ-UBND \(OfficialDocument.longDate(today)) của Chủ tịch Ủy ban nhân dân thành phố Hải Phòng)"))
            #expect(page.contains("<td>\(product.name)</td>"))
            #expect(page.contains("<td>Cấp khi ban hành</td>"))
            #expect(page.contains(#"<input type="hidden" name="signerPosition" value="pho-chu-tich"/>"#))
            #expect(try await DecisionRecord.query(on: app.db).count() == 0)
            #expect(try await CertificateRecord.query(on: app.db).count() == 0)

            let edit = try await officer.post("\(meetingPath)/quyet-dinh", draft.merging(["step": "edit"]) { $1 })
            #expect(edit.status == .ok)
            #expect(edit.body.string.contains(#"name="number" value="2156/QĐ-UBND""#))
            #expect(edit.body.string.contains(#"<option value="pho-chu-tich" selected>"#))

            let noPosition = try await officer.post("\(meetingPath)/quyet-dinh", draft.merging(["step": "preview", "signerPosition": "giam-doc"]) { $1 })
            #expect(noPosition.status == .unprocessableEntity)
            #expect(noPosition.body.string.contains("Vui lòng chọn chức vụ người ký."))
            #expect(noPosition.body.string.contains(#"name="signer" value="Lê Văn Hải""#))
            let future = try await officer.post("\(meetingPath)/quyet-dinh", draft.merging(["step": "preview", "signedOn": today.adding(days: 3).iso]) { $1 })
            #expect(future.status == .unprocessableEntity)
            #expect(future.body.string.contains("Ngày ký quyết định không được sau hôm nay"))

            let issued = try await officer.post("\(meetingPath)/quyet-dinh", draft.merging(["step": "issue"]) { $1 })
            #expect(issued.status == .seeOther)
            let decision = try #require(try await DecisionRecord.query(on: app.db).first())
            #expect(decision.signerPosition == .deputy)
            #expect(decision.proposer == "Giám đốc Sở Nông nghiệp và Môi trường")
            let certificate = try #require(try await CertificateRecord.query(on: app.db).first())
            let printed = try await officer.get(try #require(issued.headers.first(name: .location))).body.string
            #expect(!printed.contains("draft-mark"))
            #expect(printed.contains(#"<p id="doc-number">Số: 2156/QĐ-UBND</p>"#))
            #expect(printed.contains(#"<a href="/giay-chung-nhan/\#(certificate.id!.uuidString)">\#(certificate.number)</a>"#))
            // The appendix has no working notes ("Điểm trung bình … của 3 thành viên").
            let appendix = String(printed[try #require(printed.range(of: #"id="decision-appendix""#)).lowerBound...])
            #expect(!appendix.contains("Ghi chú") && !appendix.contains("thành viên"))
        }
    }

    @Test("Chủ tịch tự ký: khối chữ ký chỉ «CHỦ TỊCH»; quyết định cũ (không có chức vụ) in như ký thay")
    func chairSigns() async throws {
        try await withTestApp { app in
            let (meetingPath, officer, _) = try await decidedMeeting(app)
            let issued = try await officer.post("\(meetingPath)/quyet-dinh", ["number": "12/QĐ-UBND", "signedOn": CalendarDay.inVietnam(Date()).iso,
                                                                             "signer": "Nguyễn Văn Tùng", "signerPosition": "chu-tich"])
            #expect(issued.status == .seeOther)
            let location = try #require(issued.headers.first(name: .location))
            let printed = try await officer.get(location).body.string
            #expect(printed.contains(#"<div class="sign" id="main-sign"><p class="agency">CHỦ TỊCH</p><p class="name">Nguyễn Văn Tùng</p></div>"#))
            #expect(printed.contains("Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường."))

            let decision = try #require(try await DecisionRecord.query(on: app.db).first())
            decision.signerPositionValue = nil
            decision.proposer = nil
            try await decision.save(on: app.db)
            #expect(try await officer.get(location).body.string.contains(#"<p class="agency">KT. CHỦ TỊCH</p><p class="agency">PHÓ CHỦ TỊCH</p>"#))
        }
    }

    @Test("Biên bản: số của Hội đồng, nơi và ngày ở dòng riêng, phòng họp trong nội dung, thư ký ký bên trái; giấy chứng nhận có nơi, ngày, người ký")
    func minutesAndCertificateFormat() async throws {
        try await withTestApp { app in
            let (dossier, round, _, productSet, officer) = try await scoring.received(app)
            let council = try await scoring.threeMemberCouncil(app, officer)
            #expect(try await CouncilsTests().addMember(officer, council, "thuky", .secretary).status == .seeOther)
            let meetingPath = try await scoring.meeting(app, officer, council: council, round: round, dossiers: [dossier])
            try await scoring.scoreAll(app, meetingPath, dossier, ["hoidong", "thanhvien2", "thanhvien3"],
                                       DossiersTests().answers(productSet).merging(["tm": "1"]) { $1 })
            let chair = try #require(try await CouncilMemberRecord.query(on: app.db).filter(\.$council.$id == council.id!)
                .all().first { $0.councilPosition == .chair }).fullName
            let secretary = try #require(try await CouncilMemberRecord.query(on: app.db).filter(\.$council.$id == council.id!)
                .all().first { $0.councilPosition == .secretary }).fullName
            let meeting = try #require(try await MeetingRecord.query(on: app.db).first())
            let day = try #require(meeting.meetingDay)

            let minutes = try await officer.get("\(meetingPath)/bien-ban")
            #expect(minutes.status == .ok)
            let page = minutes.body.string
            #expect(page.contains(#"<p id="doc-number">Số: 01/BB-HĐ</p>"#))
            #expect(page.contains(#"<p class="place-date">Hải Phòng, \#(OfficialDocument.longDate(day))</p>"#))
            #expect(page.contains(#"<p id="minutes-place">Địa điểm: Phòng họp số 1.</p>"#))
            #expect(page.contains(#"<div class="sign" id="left-sign"><p class="agency">THƯ KÝ HỘI ĐỒNG</p><p class="name">\#(secretary)</p></div>"#))
            #expect(page.contains(#"<div class="sign" id="main-sign"><p class="agency">CHỦ TỊCH HỘI ĐỒNG</p><p class="name">\#(chair)</p></div>"#))
            let recipients = String(page[try #require(page.range(of: #"class="recipients""#)).lowerBound...])
            #expect(recipients.contains("Lưu: VT, HĐ.") && !recipients.contains(secretary))
            // A second meeting of the council the same year is the register's next number.
            let later = MeetingRecord()
            later.$council.id = council.id!
            later.$evaluationRound.id = round.id!
            later.meetingRound = meeting.meetingRound
            later.day = day.adding(days: 1).iso
            later.time = "08:00"
            later.place = "Phòng họp số 2"
            later.createdBy = "haiphong"
            later.procedure = .meeting
            try await later.save(on: app.db)
            #expect(try await officer.get(SiteURL.meetingAction(id: later.id!.uuidString, action: .minutes).path).body.string.contains(#"<p id="doc-number">Số: 02/BB-HĐ</p>"#))
            #expect(try await officer.get("\(meetingPath)/bien-ban").body.string.contains(#"<p id="doc-number">Số: 01/BB-HĐ</p>"#))

            let today = CalendarDay.inVietnam(Date())
            try await officer.get("\(meetingPath)/ket-qua")
            #expect(try await officer.post("\(meetingPath)/quyet-dinh", ["number": "77/QĐ-UBND", "signedOn": today.iso, "signer": "Lê Văn Hải",
                                                                         "signerPosition": "pho-chu-tich"]).status == .seeOther)
            let certificate = try #require(try await CertificateRecord.query(on: app.db).first())
            let printed = try await officer.get(SiteURL.certificate(id: certificate.id!.uuidString).path)
            #expect(printed.status == .ok)
            let html = printed.body.string
            #expect(html.contains(#"<p class="place-date" id="certificate-place-date">Hải Phòng, \#(OfficialDocument.longDate(today))</p>"#))
            #expect(html.contains(#"<div class="sign" id="certificate-sign"><p class="agency">KT. CHỦ TỊCH</p><p class="agency">PHÓ CHỦ TỊCH</p><p class="name">Lê Văn Hải</p></div>"#))
            #expect(html.contains(#"<p class="agency">ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG</p>"#))
        }
    }

    @Test("Căn cứ: trước 22/5/2026 dẫn Quyết định 148/QĐ-TTg; cấp trung ương do Bộ trưởng quyết định")
    func legalBases() {
        let council = "Hội đồng đánh giá, phân hạng sản phẩm OCOP thành phố Hải Phòng"
        let before = DecisionWording.legalBases(signedOn: CalendarDay(year: 2026, month: 5, day: 21)!, national: false, councilName: council,
                                                minutesDay: CalendarDay(year: 2026, month: 5, day: 20)!, proposer: "")
        #expect(before[1].hasPrefix("Căn cứ Quyết định số 148/QĐ-TTg ngày 24 tháng 02 năm 2023"))
        #expect(before[2] == "Căn cứ kết quả đánh giá, phân hạng của \(council) ngày 20/05/2026;")
        #expect(before.last == "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.")
        let national = DecisionWording.legalBases(signedOn: CalendarDay(year: 2026, month: 9, day: 1)!, national: true, councilName: "Hội đồng cấp trung ương",
                                                  minutesDay: CalendarDay(year: 2026, month: 8, day: 30)!, proposer: "Cục trưởng")
        #expect(national[0].contains("Bộ Nông nghiệp và Môi trường"))
        #expect(national[1].hasPrefix("Căn cứ Quyết định số 26/2026/QĐ-TTg"))
        #expect(national.last == "Theo đề nghị của Cục trưởng.")
        #expect(DecisionSignerPosition.deputy.signingLines(national: true) == ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"])
        #expect(DecisionSignerPosition.head.signingLines(national: false) == ["CHỦ TỊCH"])
    }
}
