import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 12, "The dossier page": documents in the order of the official list, the commune's return
/// form offering every document, and a request for a supplement shown as answered once the file is
/// filed again.
@Suite("Trang hồ sơ: thứ tự tài liệu, phiếu trả lại đủ tài liệu, yêu cầu bổ sung đã đáp ứng")
struct DossierPageTests {
    let stage = CommuneStageTests()

    @Test("Tài liệu theo thứ tự danh mục 1–20; xã trả lại được với mọi tài liệu; nộp lại tệp thì yêu cầu hiện «đã bổ sung»")
    func orderAndAnsweredRequests() async throws {
        try await withTestApp { app in
            let (_, dossier, producer) = try await stage.submitted(app)
            let dossierPath = SiteURL.dossier(id: dossier.id!.uuidString).path
            let page = try await producer.get(dossierPath).body.string
            let positions = try (1...20).map { code in
                try #require(page.range(of: #"id="doc-\#(code)""#)?.lowerBound, "doc-\(code)")
            }
            #expect(positions == positions.sorted())

            let commune = Browser(app)
            try await commune.login("vietkhe")
            let form = try await commune.get(stage.path(dossier, "tra-lai"))
            #expect(form.status == .ok)
            for code in [1, 6, 18, 20] {
                #expect(form.body.string.contains(#"name="ly-do-\#(code)""#), "ly-do-\(code)")
            }
            let returned = try await commune.post(stage.path(dossier, "tra-lai"), [
                "version": try stage.version(form), "ly-do-1": "Thiếu chữ ký và dấu", "ly-do-2": "Bản thuyết minh mờ",
                "ly-do-6": "Bổ sung giấy chứng nhận an toàn thực phẩm"])
            #expect(returned.status == .seeOther)

            let asked = try await producer.get(dossierPath).body.string
            #expect(asked.contains(#"<p class="request" id="request-1">Yêu cầu bổ sung: Thiếu chữ ký và dấu</p>"#))
            #expect(asked.contains(#"<p class="request" id="request-6">Yêu cầu bổ sung: Bổ sung giấy chứng nhận an toàn thực phẩm</p>"#))

            try await stage.steps.upload(producer, dossier, code: 1, name: "phieu-dang-ky-co-dau.pdf")
            try await stage.steps.upload(producer, dossier, code: 6, name: "giay-atvstp.pdf")
            let answered = try await producer.get(dossierPath).body.string
            #expect(answered.contains(#"<p class="ok" id="answered-1">Đã bổ sung theo yêu cầu: Thiếu chữ ký và dấu</p>"#))
            #expect(answered.contains(#"id="answered-6""#))
            #expect(!answered.contains(#"id="request-1""#))
            // The one not yet answered still asks.
            #expect(answered.contains(#"<p class="request" id="request-2">Yêu cầu bổ sung: Bản thuyết minh mờ</p>"#))
            #expect(answered.contains(#"<span class="ok">đã bổ sung</span>"#))
        }
    }

    @Test("Sản phẩm chưa được công nhận: chỉ «Đăng ký mới»; gửi «Đánh giá lại» bị từ chối, không tạo hồ sơ; đã công nhận thì đủ ba loại")
    func kindsThatApply() async throws {
        try await withTestApp { app in
            let steps = stage.steps
            let f = try await steps.fixture(app)
            let producer = Browser(app)
            try await producer.login("chuthe")
            let form = try await producer.get(SiteURL.newDossier(product: f.product.id!.uuidString).path).body.string
            #expect(form.contains(#"<option value="new" selected>Đăng ký mới</option>"#))
            #expect(!form.contains(#"value="reRecognition""#))
            #expect(!form.contains(#"value="upgrade""#))
            #expect(form.contains(#"id="kind-hint""#))

            let refused = try await steps.create(producer, f, kind: .reRecognition)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("chưa được công nhận OCOP nên chưa thể đánh giá lại: vui lòng chọn «Đăng ký mới»."))
            #expect(try await DossierRecord.query(on: app.db).filter(\.$product.$id == f.product.id!).count() == 0)

            try await steps.recognise(app, f)
            let recognised = try await producer.get(SiteURL.newDossier(product: f.product.id!.uuidString).path).body.string
            #expect(recognised.contains(#"value="reRecognition""#))
            #expect(recognised.contains(#"value="upgrade""#))
            #expect(!recognised.contains(#"id="kind-hint""#))
        }
    }
}
