import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp

/// A draft never submitted can be thrown away, asked first (issue 12: a draft on a wrong set was a dead end).
@Suite("Xóa hồ sơ nháp")
struct DossierDeletionTests {
    let stage = CommuneStageTests()

    @Test("Chủ thể xóa hồ sơ nháp sau khi xác nhận: hồ sơ và tài liệu mất, sản phẩm còn, nhật ký ghi lại; lập lại được")
    func producerDeletesADraft() async throws {
        try await withTestApp { app in
            let steps = stage.steps
            let f = try await steps.fixture(app)
            let producer = Browser(app)
            try await producer.login("chuthe")
            try await steps.create(producer, f)
            let dossier = try await steps.dossier(app)
            try await steps.upload(producer, dossier, code: 1)
            try await steps.upload(producer, dossier, code: 2)
            let id = dossier.id!.uuidString
            let page = try await producer.get(SiteURL.dossier(id: id).path).body.string
            #expect(page.contains(#"<a href="/ho-so/\#(id)/xoa" class="button" id="delete-draft">Xóa hồ sơ nháp…</a>"#))

            let confirm = try await producer.get(SiteURL.dossierAction(id: id, action: "xoa").path)
            #expect(confirm.status == .ok)
            #expect(confirm.body.string.contains("Hồ sơ, 2 tài liệu đã tải lên và phiếu tự đánh giá của hồ sơ bị xóa; không khôi phục được."))
            #expect(confirm.body.string.contains(#"id="confirm-delete""#))
            try #expect(await DossierRecord.find(dossier.id, on: app.db) != nil, "asking deletes nothing")

            // The commune officer does not prepare the producer's dossier, so cannot delete it.
            let commune = Browser(app)
            try await commune.login("vietkhe")
            try await commune.get(SiteURL.dossier(id: id).path)
            #expect(try await commune.post(SiteURL.dossierAction(id: id, action: "xoa").path, [:]).status == .forbidden)

            let deleted = try await producer.post(SiteURL.dossierAction(id: id, action: "xoa").path, [:])
            #expect(deleted.status == .seeOther)
            #expect(deleted.headers.first(name: .location) == SiteURL.product(id: f.product.id!.uuidString).path)
            try #expect(await DossierRecord.find(dossier.id, on: app.db) == nil)
            try #expect(await DossierDocumentRecord.query(on: app.db).filter(\.$dossier.$id == dossier.id!).count() == 0)
            try #expect(await ProductRecord.find(f.product.id, on: app.db) != nil)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "dossier.delete").filter(\.$recordID == id).first())
            #expect(entry.before?.contains(f.product.name) == true)
            #expect(entry.before?.contains(#""documents":"2""#) == true)
            #expect(AuditWording.sentence(actor: entry.actorName, action: entry.action, recordType: entry.recordType, subject: nil)
                .contains("đã xóa hồ sơ nháp"))

            #expect(try await steps.create(producer, f).status == .seeOther, "a new dossier for the product in the same round")
        }
    }

    @Test("Hồ sơ đã nộp: không có nút xóa; gửi thẳng bị từ chối, hồ sơ còn nguyên")
    func submittedDossierIsKept() async throws {
        try await withTestApp { app in
            let (_, dossier, producer) = try await stage.submitted(app)
            let id = dossier.id!.uuidString
            let page = try await producer.get(SiteURL.dossier(id: id).path).body.string
            #expect(!page.contains(#"id="delete-draft""#))
            let refused = try await producer.post(SiteURL.dossierAction(id: id, action: "xoa").path, [:])
            #expect(refused.status == .seeOther)
            #expect(refused.headers.first(name: .location) == SiteURL.dossier(id: id).path)
            try #expect(await DossierRecord.find(dossier.id, on: app.db) != nil)
            try #expect(await AuditEntry.query(on: app.db).filter(\.$action == "dossier.delete").count() == 0)
            let shown = try await producer.get(SiteURL.dossier(id: id).path).body.string
            #expect(shown.contains("Hồ sơ đã nộp cho xã nên không xóa được"))
        }
    }
}
