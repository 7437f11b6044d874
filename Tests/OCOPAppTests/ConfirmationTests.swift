import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 12, "Steps that cannot be undone ask first": the dossier page's button opens a page that
/// says what submitting does; nothing is submitted until that page's own button is pressed.
@Suite("Xác nhận trước bước không hoàn tác: nộp hồ sơ")
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
}
