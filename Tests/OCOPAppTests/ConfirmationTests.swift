import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 12, "Steps that cannot be undone ask first": the dossier page's button opens a page that
/// says what submitting does; nothing is submitted until that page's own button is pressed. The
/// forwarding letter is previewed as a draft before it is signed and the dossiers go; a member's
/// sheet shows its total and what submitting locks before it is submitted.
@Suite("Xác nhận trước bước không hoàn tác: nộp hồ sơ, chuyển tỉnh bằng công văn, nộp phiếu chấm")
struct ConfirmationTests {
    let dossiers = DossiersTests()

    @Test("Nộp hồ sơ: trang xác nhận nói rõ hậu quả, liệt kê còn thiếu; mở trang không nộp gì; người khác không mở được")
    func submitAsksFirst() async throws {
        try await withTestApp { app in
            let f = try await dossiers.fixture(app)
            let producer = Browser(app)
            try await producer.login("chuthe")
            try await dossiers.create(producer, f)
            let dossier = try await dossiers.dossier(app)
            let confirmPath = SiteURL.dossierAction(id: dossier.id!.uuidString, action: "nop").path

            let page = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(page.contains(#"<form action="\#(confirmPath)" method="get" id="submit-form">"#))

            let early = try await producer.get(confirmPath)
            #expect(early.status == .ok)
            #expect(early.body.string.contains(#"id="submit-missing""#))
            #expect(!early.body.string.contains(#"id="confirm-submit""#))

            for code in 1...5 { try await dossiers.upload(producer, dossier, code: code) }
            try await dossiers.selfAssess(producer, dossier, f)
            let ready = try await producer.get(confirmPath)
            #expect(ready.status == .ok)
            let text = ready.body.string
            #expect(text.contains("sẽ được nộp cho Ủy ban nhân dân xã Việt Khê."))
            #expect(text.contains("<li>Gửi 5 tài liệu và phiếu tự đánh giá ("))
            #expect(text.contains(#"<button type="submit" class="primary" id="confirm-submit">Xác nhận nộp hồ sơ</button>"#))
            #expect(text.contains(#"<form action="\#(confirmPath)" method="post" id="confirm-submit-form">"#))
            #expect(try await self.dossiers.dossier(app).dossierState == .draft)

            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await commune.get(confirmPath).status == .forbidden)

            #expect(try await producer.post(confirmPath, [:]).status == .seeOther)
            #expect(try await self.dossiers.dossier(app).dossierState == .submitted)
            // Once submitted, the confirmation sends back to the dossier.
            let after = try await producer.get(confirmPath)
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location) == SiteURL.dossier(id: dossier.id!.uuidString).path)
        }
    }

    @Test("Công văn chuyển tỉnh: xem trước dự thảo, không chuyển gì; sửa lại giữ nội dung; ký và chuyển từ dự thảo")
    func forwardingLetterPreview() async throws {
        try await withTestApp { app in
            let stage = CommuneStageTests()
            let (_, dossier, _) = try await stage.submitted(app)
            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await stage.assess(commune, dossier).status == .seeOther)
            _ = try await commune.post(stage.path(dossier, "mau-san-pham"), ["receivedOn": CalendarDay.inVietnam(Date()).iso])
            let assessed = try await stage.reload(dossier, app)
            let pick = DossierPick(assessed).value
            let form = try await commune.get(SiteURL.newForwardingLetter.path + "?ho-so[]=" + pick)
            #expect(form.body.string.contains(#"<button type="submit" name="step" value="preview" class="primary">Xem trước công văn</button>"#))
            let fields = [("ho-so[]", pick), ("number", "125/UBND-KT"), ("signedOn", CalendarDay.inVietnam(Date()).iso),
                          ("signer", "Nguyễn Văn Khê"), ("signerIsDeputy", "on")]

            let preview = try await commune.post(SiteURL.newForwardingLetter.path, pairs: fields + [("step", "preview")])
            #expect(preview.status == .ok)
            let page = preview.body.string
            #expect(page.contains(#"<p class="draft-mark" id="draft-mark">DỰ THẢO — chưa ký, chưa chuyển</p>"#))
            #expect(page.contains(#"<p id="doc-number">Số: 125/UBND-KT</p>"#))
            #expect(page.contains(#"<p class="agency">KT. CHỦ TỊCH</p><p class="agency">PHÓ CHỦ TỊCH</p><p class="name">Nguyễn Văn Khê</p>"#))
            #expect(page.contains(#"<input type="hidden" name="ho-so[]" value="\#(pick)"/>"#))
            #expect(page.contains("1 hồ sơ được chuyển lên Ủy ban nhân dân thành phố Hải Phòng"))
            #expect(try await stage.reload(dossier, app).dossierState == .communeAssessed)
            #expect(try await ForwardingLetterRecord.query(on: app.db).count() == 0)

            let edit = try await commune.post(SiteURL.newForwardingLetter.path, pairs: fields + [("step", "edit")])
            #expect(edit.status == .ok)
            #expect(edit.body.string.contains(#"name="number" value="125/UBND-KT""#))
            let missing = try await commune.post(SiteURL.newForwardingLetter.path, pairs: [("ho-so[]", pick), ("number", ""), ("step", "preview"),
                                                                                           ("signedOn", CalendarDay.inVietnam(Date()).iso), ("signer", "Nguyễn Văn Khê")])
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains("Vui lòng nhập số công văn."))

            let forwarded = try await commune.post(SiteURL.newForwardingLetter.path, pairs: fields + [("step", "forward")])
            #expect(forwarded.status == .seeOther)
            #expect(try await stage.reload(dossier, app).dossierState == .forwarded)
            let letter = try await commune.get(try #require(forwarded.headers.first(name: .location))).body.string
            #expect(!letter.contains("draft-mark"))
            #expect(letter.contains("Nguyễn Văn Khê"))
        }
    }

    @Test("Nộp phiếu chấm: trang xác nhận có tổng điểm và hậu quả, chưa lưu gì; «Sửa phiếu» giữ nội dung; phiếu thiếu bị từ chối; xác nhận thì nộp")
    func sheetSubmissionAsksFirst() async throws {
        try await withTestApp { app in
            let scoring = ScoringTests()
            let (dossier, round, _, productSet, officer) = try await scoring.received(app)
            let council = try await scoring.threeMemberCouncil(app, officer)
            let meetingPath = try await scoring.meeting(app, officer, council: council, round: round, dossiers: [dossier])
            let scorePath = "\(meetingPath)/cham/\(dossier.id!.uuidString)"
            let chair = Browser(app)
            try await chair.login("hoidong")
            let form = try await chair.get(scorePath)
            #expect(form.body.string.contains(#"<button type="submit" name="hanh-dong" value="review" class="primary">Nộp phiếu…</button>"#))

            let incomplete = try await chair.post(scorePath, ["hanh-dong": "review", "remark": "Bao bì đẹp"])
            #expect(incomplete.status == .unprocessableEntity)
            #expect(incomplete.body.string.contains("Phiếu chưa đủ để nộp; đã giữ nguyên những gì bạn chọn."))
            #expect(incomplete.body.string.contains("Bao bì đẹp"))

            let answers = DossiersTests().answers(productSet).merging(["tm": "1", "remark": "Bao bì đẹp", "phien-ban": "1"]) { $1 }
            let review = try await chair.post(scorePath, answers.merging(["hanh-dong": "review"]) { $1 })
            #expect(review.status == .ok)
            let page = review.body.string
            #expect(page.contains(#"id="sheet-summary">Phiếu chấm «"#))
            #expect(page.contains("<li>Phiếu bị khóa: bạn không sửa được nữa.</li>"))
            #expect(page.contains(#"<button type="submit" name="hanh-dong" value="submit" class="primary" id="confirm-sheet-submit">Xác nhận nộp phiếu</button>"#))
            let firstCode = "c-" + productSet.sheet.criteria[0].code
            #expect(page.contains(#"<input type="hidden" name="\#(firstCode)" value="\#(answers[firstCode]!)"/>"#))
            #expect(page.contains(#"<input type="hidden" name="remark" value="Bao bì đẹp"/>"#))
            #expect(try await MemberScoreRecord.query(on: app.db).count() == 0)

            let edit = try await chair.post(scorePath, answers.merging(["hanh-dong": "edit"]) { $1 })
            #expect(edit.status == .ok)
            #expect(edit.body.string.contains(#"id="scoring-form""#))
            #expect(edit.body.string.contains(">Bao bì đẹp</textarea>"))
            #expect(try await MemberScoreRecord.query(on: app.db).count() == 0)

            let submitted = try await chair.post(scorePath, answers.merging(["hanh-dong": "submit"]) { $1 })
            #expect(submitted.status == .seeOther)
            let sheet = try #require(try await MemberScoreRecord.query(on: app.db).first())
            #expect(sheet.isSubmitted)
            #expect(sheet.remark == "Bao bì đẹp")
        }
    }
}
