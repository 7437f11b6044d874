import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Issue 13, "Revocation (thu hồi, Điều 8)": one decision for many certificates, all or nothing,
/// with its ground and conclusion; the effects in the same transaction.
@Suite("Thu hồi giấy chứng nhận: một quyết định nhiều giấy, tất cả hoặc không, trang xác minh và danh sách công bố")
struct RevocationTests {
    let today = CalendarDay.inVietnam(Date())

    /// Hà Nội's decided certificate (issued here, with its QR page) and a second, imported one of Sóc Sơn.
    func twoCertificates(_ app: Application) async throws -> (ForeignUnitRecords, RecognitionRecord, RecognitionRecord) {
        let foreign = try await ForeignUnitRecords.make(app)
        let products = try await ProductRecord.query(on: app.db).filter(\.$communeCode == ForeignUnitRecords.commune).sort(\.$name).all()
        let other = try #require(products.first { $0.id != foreign.recognition.$product.id })
        let imported = RecognitionRecord(productID: other.id!, ProductRecognition(star: .three, decisionNumber: "501/QĐ-UBND",
                                                                                  decisionDay: today.adding(days: -1000), issuer: .province))
        try await imported.create(on: app.db)
        return (foreign, foreign.recognition, imported)
    }

    func fields(_ ids: [UUID], number: String = "2468/QĐ-UBND", ground: String = "b") -> [(String, String)] {
        ids.map { ("gcn[]", $0.uuidString) } + [
            ("number", number), ("signedOn", today.iso), ("ground", ground),
            ("conclusion", "Kết luận kiểm tra số 12/KL-SNN ngày \(today.adding(days: -3).vietnamese) của Sở Nông nghiệp và Môi trường"),
            ("conclusionOn", today.adding(days: -3).iso), ("signer", "Nguyễn Thị Hà"), ("signerPosition", "chu-tich"),
        ]
    }

    @Test("Cán bộ tỉnh thu hồi hai giấy một lần: quyết định có phụ lục, trang xác minh ghi đã thu hồi, danh sách công bố bỏ sản phẩm, chủ thể được báo")
    func bulkRevocation() async throws {
        try await withTestApp { app in
            let (foreign, issued, imported) = try await twoCertificates(app)
            let productName = foreign.product.name == (try await issued.$product.get(on: app.db)).name ? foreign.product.name
                : try await issued.$product.get(on: app.db).name
            let publicBefore = try await Browser(app).get(SiteURL.publicResults.path + "?q=" + SearchFolding.fold(productName).replacingOccurrences(of: " ", with: "+"))
            #expect(publicBefore.body.string.contains(productName))

            let officer = Browser(app)
            try await officer.login("hn.tinh")
            let form = try await officer.get(SiteURL.newRevocation.path + "?gcn[]=\(issued.id!.uuidString)&gcn[]=\(imported.id!.uuidString)")
            #expect(form.status == .ok)
            #expect(form.body.string.contains("Giấy chứng nhận thu hồi (2)"))
            let pdf = Data("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8)
            let done = try await officer.postMultipart(SiteURL.newRevocation.path, fields: fields([issued.id!, imported.id!]),
                                                       file: ("conclusionFile", "ket-luan.pdf", pdf, "application/pdf"))
            #expect(done.status == .seeOther)
            let decision = try #require(try await RevocationRecord.query(on: app.db).filter(\.$number == "2468/QĐ-UBND").first())
            #expect(done.headers.first(name: .location) == SiteURL.revocation(id: decision.id!.uuidString).path)
            #expect(decision.ground == .criteriaNotMet && decision.provinceCode == ForeignUnitRecords.province && decision.authority == .province)
            for id in [issued.id!, imported.id!] {
                let reloaded = try #require(try await RecognitionRecord.find(id, on: app.db))
                #expect(reloaded.revocationID == decision.id && reloaded.revokedOn == today.iso)
            }
            #expect(try await CertificateRecord.find(foreign.certificate.id, on: app.db)?.revokedAt != nil)

            let page = try await officer.get(SiteURL.revocation(id: decision.id!.uuidString).path)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Điều 1. Thu hồi giấy chứng nhận sản phẩm OCOP của 2 sản phẩm (Phụ lục kèm theo). Lý do: \(RevocationGround.criteriaNotMet.clause) (điểm b khoản 1 Điều 8 Quyết định số 26/2026/QĐ-TTg)."))
            #expect(html.components(separatedBy: "<td>3 sao</td>").count - 1 + html.components(separatedBy: "<td>4 sao</td>").count - 1
                    + html.components(separatedBy: "<td>5 sao</td>").count - 1 == 2)
            #expect(html.contains(#"id="revocation-deadline">Kết luận ngày \#(today.adding(days: -3).vietnamese); thời hạn thu hồi 15 ngày (khoản 4 Điều 8) đến ngày \#(today.adding(days: 12).vietnamese): quyết định trong thời hạn.</p>"#))
            let file = try await officer.get(SiteURL.revocationConclusion(id: decision.id!.uuidString).path)
            #expect(file.status == .ok && Data(buffer: file.body) == pdf)
            #expect(file.headers.first(name: .contentType) == "application/pdf")

            // The public side: the QR page says revoked, with the decision; the list drops the product.
            let verification = try await Browser(app).get(SiteURL.verification(number: foreign.certificate.number, code: foreign.certificate.verifyCode).path)
            #expect(verification.body.string.contains(#"id="verify-status">Giấy chứng nhận số \#(foreign.certificate.number) đã bị thu hồi.</p>"#))
            #expect(verification.body.string.contains(#"<dd id="verify-revocation">Quyết định số 2468/QĐ-UBND ngày \#(today.vietnamese) (điểm b khoản 1 Điều 8 Quyết định số 26/2026/QĐ-TTg)</dd>"#))
            let publicAfter = try await Browser(app).get(SiteURL.publicResults.path + "?q=" + SearchFolding.fold(productName).replacingOccurrences(of: " ", with: "+"))
            #expect(!publicAfter.body.string.contains(productName))
            // The representative is told.
            let representative = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "hn.chuthe").first())
            let told = try await NotificationRecord.query(on: app.db).filter(\.$account.$id == representative.id!).all().map(\.text)
            #expect(told.contains("\(productName): giấy chứng nhận OCOP bị thu hồi theo Quyết định số 2468/QĐ-UBND ngày \(today.vietnamese) (điểm b khoản 1 Điều 8 Quyết định số 26/2026/QĐ-TTg)."))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "certificate.revoke").count() == 1)

            // Again: refused, nothing added.
            let again = try await officer.postMultipart(SiteURL.newRevocation.path, fields: fields([issued.id!], number: "2469/QĐ-UBND"))
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("giấy chứng nhận đã bị thu hồi trước đó."))
            #expect(try await RevocationRecord.query(on: app.db).filter(\.$number == "2469/QĐ-UBND").count() == 0)
        }
    }

    @Test("Tất cả hoặc không: một giấy ngoài thẩm quyền thì không thu hồi giấy nào; thiếu thông tin thì giữ nguyên chữ đã gõ; cán bộ xã không lập được")
    func allOrNothing() async throws {
        try await withTestApp { app in
            let (_, issued, imported) = try await twoCertificates(app)
            let before = try await RevocationRecord.query(on: app.db).count()
            // A Hải Phòng certificate beside Hà Nội's: haiphong may revoke only its own.
            let ours = try #require(try await ProductRecord.query(on: app.db).filter(\.$communeCode == DemoData.vietKhe).first())
            try await RecognitionRecord.query(on: app.db).filter(\.$product.$id == ours.id!).delete()
            let own = RecognitionRecord(productID: ours.id!, ProductRecognition(star: .four, decisionNumber: "9/QĐ-UBND",
                                                                                decisionDay: today.adding(days: -500), issuer: .province))
            try await own.create(on: app.db)
            let province = Browser(app)
            try await province.login("haiphong")
            #expect(try await province.get(SiteURL.newRevocation.path + "?gcn[]=\(own.id!.uuidString)").status == .ok)
            let mixed = try await province.postMultipart(SiteURL.newRevocation.path, fields: fields([own.id!, imported.id!]))
            #expect(mixed.status == .unprocessableEntity)
            #expect(mixed.body.string.contains("chỉ cán bộ cấp tỉnh của tỉnh (3, 4 sao) hoặc cán bộ trung ương (5 sao) lập quyết định thu hồi."))
            #expect(try await RevocationRecord.query(on: app.db).count() == before)
            #expect(try await RecognitionRecord.find(own.id, on: app.db)?.revocationID == nil)

            var missing = fields([own.id!])
            missing.removeAll { $0.0 == "conclusion" || $0.0 == "ground" }
            missing.append(("ground", ""))
            let refused = try await province.postMultipart(SiteURL.newRevocation.path, fields: missing)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Vui lòng chọn căn cứ thu hồi (khoản 1 Điều 8)."))
            #expect(refused.body.string.contains("Vui lòng ghi kết luận làm căn cứ"))
            #expect(refused.body.string.contains(#"value="2468/QĐ-UBND""#))
            #expect(try await RevocationRecord.query(on: app.db).count() == before)

            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await commune.get(SiteURL.newRevocation.path).status == .forbidden)
            _ = issued
        }
    }

    @Test("Danh sách theo dõi: cán bộ tỉnh chọn được giấy để thu hồi, cán bộ xã thì không; giấy đã thu hồi rời danh sách")
    func fromFollowUpList() async throws {
        try await withTestApp { app in
            try await removeAllRecognitions(app)
            let product = try #require(try await ProductRecord.query(on: app.db).filter(\.$communeCode == DemoData.vietKhe).first())
            let expired = RecognitionRecord(productID: product.id!, ProductRecognition(star: .three, decisionNumber: "3/QĐ-UBND",
                                                                                       decisionDay: today.addingMonths(-36), issuer: .province))
            try await expired.create(on: app.db)
            let province = Browser(app)
            try await province.login("haiphong")
            let list = try await province.get(SiteURL.certificateFollowUpList(.expiredThisYear).path)
            #expect(list.body.string.contains(#"<input type="checkbox" name="gcn[]" value="\#(expired.id!.uuidString)""#))
            #expect(list.body.string.contains(#"<form action="/thu-hoi/moi" method="get" id="follow-up-pick">"#))
            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(!(try await commune.get(SiteURL.certificateFollowUpList(.expiredThisYear).path)).body.string.contains(#"name="gcn[]""#))
            #expect(try await province.postMultipart(SiteURL.newRevocation.path, fields: fields([expired.id!], ground: "dd")).status == .seeOther)
            let after = try await province.get(SiteURL.certificateFollowUpList(.expiredThisYear).path)
            #expect(after.body.string.contains(#"id="follow-up-empty""#))
        }
    }
}
