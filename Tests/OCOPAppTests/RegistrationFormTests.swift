import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Mẫu số 01 over HTTP: the producer's facts as the system holds them, the dotted line where it
/// holds nothing, and the receipt numbers the commune (when it takes the dossier up) and the
/// province (at intake) give it: once per desk, sequential per desk and year, never colliding.
@Suite("Mẫu 01: phiếu đăng ký và số tiếp nhận")
struct RegistrationFormTests {
    let stage = CommuneStageTests()

    /// The text of the element with this id (its first text, up to the next tag).
    func text(_ page: String, id: String) throws -> String {
        let start = try #require(page.range(of: #"id="\#(id)">"#), "no element \(id)")
        let end = try #require(page.range(of: "<", range: start.upperBound..<page.endIndex))
        return String(page[start.upperBound..<end.lowerBound])
    }

    func number(_ sequence: Int, year: Int = CalendarDay.inVietnam(Date()).year) -> String {
        String(format: "%03d", sequence) + "/PĐK-\(DemoData.haiPhong)-\(DemoData.vietKhe)-\(year)"
    }

    @Test("Mẫu 01 in thông tin chủ thể, sản phẩm, loại hồ sơ; xã tiếp nhận thì có số phiếu; đánh giá lại không cấp số thứ hai")
    func mau01AndCommuneReceipt() async throws {
        try await withTestApp { app in
            let (f, dossier, producer) = try await stage.submitted(app)
            let path = stage.path(dossier, "mau-01")
            let before = try await producer.get(path)
            #expect(before.status == .ok)
            var html = before.body.string
            #expect(html.contains(#"<p class="doc-title">PHIẾU ĐĂNG KÝ</p>"#))
            #expect(try text(html, id: "mau01-subject") == "Tham gia đánh giá, phân hạng sản phẩm OCOP của thành phố Hải Phòng năm \(f.round.year)")
            #expect(try text(html, id: "mau01-name").hasPrefix(f.producer.name + " (" + f.producer.legalFormTitle + ", mã số thuế \(f.producer.taxCode))"))
            #expect(try text(html, id: "mau01-representative")
                    == "\(f.producer.representativeName) (\(f.producer.representativeIsWoman ? "Nữ" : "Nam"), \(f.producer.representativeIsEthnicMinority ? "dân tộc thiểu số" : "dân tộc Kinh"))")
            // The system holds no position of the representative: the form's dotted line, to fill by hand.
            #expect(try text(html, id: "mau01-position") == Mau01View.dots)
            #expect(try text(html, id: "mau01-address") == f.producer.address)
            #expect(try text(html, id: "mau01-phone") == (f.producer.phone ?? Mau01View.dots))
            #expect(try text(html, id: "mau01-product") == f.product.name)
            // The demo's rounds are on 26/2026: the product set's place in Phụ lục I, ngành → nhóm → phân nhóm.
            let roundSet = try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$code == f.round.criteriaSetCode)
                .filter(\.$version == f.round.criteriaSetVersion).first())
            let path26 = Mau01Model.classification(of: f.productSet.code, in: try CriteriaStore.load(roundSet))
            #expect(path26.count == 3 && path26[0].hasPrefix("Ngành: ") && path26[2] == "Phân nhóm (bộ sản phẩm): \(f.productSet.code) \(f.productSet.name)")
            for line in path26 { #expect(html.contains("<li>\(line)</li>")) }
            // A 1048 sheet has no Phụ lục I tree: the product set alone, ngành and nhóm left to the hand.
            let legacy = try CriteriaStore.load(try #require(try await CriteriaSetRecord.query(on: app.db)
                .filter(\.$code == Legacy1048Importer.criteriaSetID).sort(\.$version, .descending).first()))
            #expect(Mau01Model.classification(of: "ruou-trang", in: legacy) == ["Bộ sản phẩm: Rượu trắng"])
            #expect(try text(html, id: "mau01-kind-new") == "Lần đầu ☑")
            #expect(try text(html, id: "mau01-kind-upgrade") == "Nâng hạng ☐")
            #expect(try text(html, id: "mau01-kind-reRecognition") == "Đánh giá lại ☐")
            #expect(try text(html, id: "mau01-samples") == "05 sản phẩm mẫu")
            #expect(try text(html, id: "receipt-commune") == "……-……. /PĐK- (Mã tỉnh) - (Mã xã) - (Năm)")
            #expect(html.contains("ĐẠI DIỆN") && html.contains("(Ký, đóng dấu, ghi rõ họ tên)"))
            #expect(try await RegistrationReceiptRecord.query(on: app.db).count() == 0)

            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await stage.assess(commune, dossier).status == .seeOther)
            let today = CalendarDay.inVietnam(Date())
            html = try await commune.get(path).body.string
            #expect(try text(html, id: "receipt-commune") == number(1))
            #expect(html.contains("<span>\(today.vietnamese)</span>"))
            #expect(html.contains("<span>Phạm Thị Khê (vietkhe)</span>"))
            #expect(try text(html, id: "receipt-province") == "……-……. /PĐK- (Mã tỉnh) - (Mã xã) - (Năm)")
            let page = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(try text(page, id: "dossier-receipt-commune") == number(1))
            #expect(page.contains("<strong>UBND xã cấp số tiếp nhận phiếu đăng ký</strong>"))
            #expect(page.contains("<li>Phiếu số \(number(1)), ngày nhận \(today.vietnamese).</li>"))
            #expect(page.contains(#"href="\#(path)" id="mau01-link""#) || page.contains(#"id="mau01-link" href="\#(path)""#))

            // Assessing again (the dossier is still with the commune) keeps the first number.
            #expect(try await stage.assess(commune, dossier).status == .seeOther)
            let receipts = try await RegistrationReceiptRecord.query(on: app.db).all()
            #expect(receipts.count == 1 && receipts.first?.number == number(1))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "dossier.receipt").count() == 1)

            // The province's intake gives its own number, first of its desk.
            _ = try await stage.forward(commune, [try await stage.reload(dossier, app)])
            let round = EvaluationRoundRecord()
            round.provinceCode = DemoData.haiPhong
            round.year = today.year
            round.name = "Đợt thử Mẫu 01"
            round.createdBy = "test"
            try await round.create(on: app.db)
            let province = Browser(app)
            try await province.login("haiphong")
            try await province.get(SiteURL.dossiers.path)
            try await province.post(SiteURL.dossierIntake.path, pairs: [
                ("ho-so[]", DossierPick(try await stage.reload(dossier, app)).value), ("evaluationRound", round.id!.uuidString)])
            #expect(try await stage.reload(dossier, app).dossierState == .acceptedByProvince)
            html = try await province.get(path).body.string
            #expect(try text(html, id: "receipt-province") == number(1))
            #expect(try text(html, id: "receipt-commune") == number(1))

            // On a 26/2026 sheet, item 3 is the path of Phụ lục I: ngành, nhóm, phân nhóm.
            let law26 = try await CommuneFormsTests().moveTo26(dossier, productSet: "I.2.b", app)
            let classified = try await province.get(stage.path(law26, "mau-01")).body.string
            #expect(classified.contains("<li>Ngành: I. "))
            #expect(classified.contains("<li>Nhóm: I.2 "))
            #expect(classified.contains("<li>Phân nhóm (bộ sản phẩm): I.2.b "))

            // Outside the unit: another commune's officer may not read it.
            let other = Browser(app)
            try await other.login("ankhanh")
            #expect(try await other.get(path).status == .forbidden)
        }
    }

    @Test("Số tiếp nhận tăng dần theo từng nơi tiếp nhận và từng năm; tiếp nhận đồng thời không trùng số")
    func sequences() async throws {
        try await withTestApp { app in
            let foreign = try await ForeignUnitRecords.make(app)
            let year = CalendarDay.inVietnam(Date()).year
            func hanoi(_ sequence: Int, _ year: Int) -> String {
                String(format: "%03d", sequence) + "/PĐK-\(ForeignUnitRecords.province)-\(ForeignUnitRecords.commune)-\(year)"
            }
            // Hà Nội's commune assessed two dossiers and its province received one, through the site.
            let commune = try await RegistrationReceiptRecord.query(on: app.db).filter(\.$desk == .commune).sort(\.$sequence).all()
            #expect(commune.map(\.number) == [hanoi(1, year), hanoi(2, year)])
            let province = try await RegistrationReceiptRecord.query(on: app.db).filter(\.$desk == .province).all()
            #expect(province.map(\.number) == [hanoi(1, year)])
            #expect(province.first?.deskCode == ForeignUnitRecords.province)

            let actor = DossiersTests.officer
            let third = try await app.db.transaction { try await RegistrationReceipts.issue(.commune, for: foreign.submitted, actor: actor, in: $0) }
            #expect(third.number == hanoi(3, year))
            // A second receipt of the same dossier at the same desk is the first one.
            let again = try await app.db.transaction { try await RegistrationReceipts.issue(.commune, for: foreign.submitted, actor: actor, in: $0) }
            #expect(again.id == third.id && again.number == third.number)

            // A new year starts again at 1; three receipts at once take 1 to 3 (the decided dossier,
            // received by the province already, is left out: it keeps its number).
            let nextYear = Calendar(identifier: .gregorian).date(byAdding: .year, value: 1, to: Date())!
            let dossiers = [foreign.draft, foreign.submitted, foreign.forwarded]
            let numbers = try await withThrowingTaskGroup(of: String.self) { group in
                for dossier in dossiers {
                    group.addTask {
                        try await app.db.transaction { tx in
                            try await RegistrationReceipts.issue(.province, for: dossier, actor: actor, at: nextYear, in: tx)
                        }.number
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            let next = CalendarDay.inVietnam(nextYear).year
            #expect(Set(numbers) == Set((1...3).map { hanoi($0, next) }))
            #expect(try await RegistrationReceiptRecord.query(on: app.db).filter(\.$year == next).count() == 3)
        }
    }
}
