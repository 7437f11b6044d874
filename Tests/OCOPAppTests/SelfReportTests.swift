import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Mẫu số 02 over HTTP: the producer writes Parts II and IV and a description per criterion,
/// attaches evidence to a criterion; the printed report lists the criteria in the sheet's order
/// with the self-score, the description and the file; a file of the wrong kind is refused and
/// nothing is saved; once submitted, the report no longer changes; others may not write it.
@Suite("Mẫu 02: báo cáo tự đánh giá, minh chứng theo tiêu chí")
struct SelfReportTests {
    let steps = DossiersTests()
    let stage = CommuneStageTests()

    /// `chuthe` with a self-assessed draft dossier, and the fixture.
    func selfAssessed(_ app: Application) async throws -> (Browser, DossierRecord, DossiersTests.Fixture) {
        let f = try await steps.fixture(app)
        let producer = Browser(app)
        try await producer.login("chuthe")
        try await steps.create(producer, f)
        let dossier = try await steps.dossier(app)
        #expect(try await steps.selfAssess(producer, dossier, f).status == .seeOther)
        return (producer, try await stage.reload(dossier, app), f)
    }

    /// The sheet's leaf criteria in order.
    func codes(_ f: DossiersTests.Fixture) -> [String] {
        f.productSet.sheet.parts.flatMap { $0.sections.flatMap { $0.scoredCriteria.map(\.code) } }
    }

    func evidencePath(_ dossier: DossierRecord, _ code: String) -> String {
        stage.path(dossier, "minh-chung/\(SelfReportFormView.pathSegment(code))")
    }

    @Test("Chủ thể viết báo cáo, đính kèm minh chứng; Mẫu 02 liệt kê tiêu chí theo thứ tự phiếu với điểm tự chấm, mô tả và tên tệp")
    func writeAndPrint() async throws {
        try await withTestApp { app in
            let (producer, dossier, f) = try await selfAssessed(app)
            let codes = codes(f)
            let first = try #require(codes.first)
            let criterion = try #require(f.productSet.sheet.criteria.first { $0.code == first })
            let best = try #require(criterion.options.filter { !$0.isKnockOut }.max { $0.points < $1.points })

            let page = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(page.contains(#"id="mau02-edit""#) && page.contains(#"id="mau02-link""#))
            let form = try await producer.get(stage.path(dossier, "bao-cao-tu-danh-gia"))
            #expect(form.status == .ok)
            #expect(form.body.string.contains(#"id="needs-\#(first)""#))
            let saved = try await producer.post(stage.path(dossier, "bao-cao-tu-danh-gia"), [
                "mau02-markets": "Siêu thị ở Hải Phòng và Hà Nội",
                "mau02-results": "Năm 2025: 12.000 chai, doanh thu 1,2 tỷ đồng",
                "mau02-plan": "Mở rộng vùng nguyên liệu lên 20 ha",
                SelfReport.descriptionField(first): "Nguyên liệu trồng tại xã Việt Khê",
            ])
            #expect(saved.status == .seeOther)
            try await producer.get(stage.path(dossier, "bao-cao-tu-danh-gia"))
            let uploaded = try await producer.upload(evidencePath(dossier, first), filename: "hop-dong-nguyen-lieu.pdf",
                                                     data: DossiersTests.pdf, contentType: "application/pdf")
            #expect(uploaded.status == .seeOther)
            #expect(try await CriterionEvidenceRecord.query(on: app.db).count() == 1)

            let printed = try await producer.get(stage.path(dossier, "mau-02"))
            #expect(printed.status == .ok)
            let html = printed.body.string
            #expect(html.contains(#"<p class="doc-title">BÁO CÁO TỰ ĐÁNH GIÁ VỀ SẢN PHẨM</p>"#))
            #expect(html.contains("Phần II. KẾT QUẢ THỰC HIỆN PHƯƠNG ÁN SẢN XUẤT KINH DOANH"))
            #expect(html.contains("<p>Siêu thị ở Hải Phòng và Hà Nội</p>") && html.contains("<p>Năm 2025: 12.000 chai, doanh thu 1,2 tỷ đồng</p>"))
            #expect(html.contains(#"<div class="written" id="mau02-plan"><p>Mở rộng vùng nguyên liệu lên 20 ha</p></div>"#))
            // Part III: every criterion of the sheet, in its order.
            let printedCodes = html.ranges(of: #"<tr id="mau02-c-"#).map { range in
                String(html[range.upperBound...].prefix { $0 != "\"" })
            }
            #expect(printedCodes == codes)
            let row = try CommuneFormsTests().row(html, "mau02-c-\(first)")
            #expect(row.contains(#"<td class="score">\#(best.points.vietnamese)/\#(criterion.maxPoints.vietnamese) – \#(best.text)</td>"#), "\(row)")
            #expect(row.contains(#"<td class="remark">Nguyên liệu trồng tại xã Việt Khê</td>"#))
            #expect(row.contains(">hop-dong-nguyen-lieu.pdf</a>"))
            let evidence = try #require(try await CriterionEvidenceRecord.query(on: app.db).first())
            let file = try await producer.get(stage.path(dossier, "tep-minh-chung/\(evidence.id!.uuidString)"))
            #expect(file.status == .ok && Data(buffer: file.body) == DossiersTests.pdf)
            #expect(html.contains("ĐẠI DIỆN THEO PHÁP LUẬT CỦA CƠ SỞ"))
            // The dossier's ZIP carries the evidence under minh-chung/, named by its criterion.
            let zip = try await producer.get(stage.path(dossier, "zip")).body.string
            #expect(zip.contains("minh-chung/\(first)-01-hop-dong-nguyen-lieu.pdf"))
            let timeline = try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string
            #expect(timeline.contains("<strong>Lưu báo cáo tự đánh giá (Mẫu số 02)</strong>"))
            #expect(timeline.contains("<li>Tiêu chí \(first): hop-dong-nguyen-lieu.pdf</li>"))

            // A wrong file is taken off its criterion: gone from Mẫu 02, kept in the history.
            try await producer.get(stage.path(dossier, "bao-cao-tu-danh-gia"))
            let removed = try await producer.post(stage.path(dossier, "tep-minh-chung/\(evidence.id!.uuidString)/xoa"), [:])
            #expect(removed.status == .seeOther)
            #expect(try await CriterionEvidenceRecord.query(on: app.db).count() == 0)
            let after = try await producer.get(stage.path(dossier, "mau-02")).body.string
            #expect(try CommuneFormsTests().row(after, "mau02-c-\(first)").contains(#"<td class="evidence">—</td>"#))
            #expect(try await producer.get(SiteURL.dossier(id: dossier.id!.uuidString).path).body.string.contains("<strong>Gỡ minh chứng</strong>"))

            // The self-assessment page says where the evidence goes and what each kind needs.
            let sheet = try await producer.get(stage.path(dossier, "tu-danh-gia")).body.string
            #expect(sheet.contains(#"id="mau02-from-sheet""#) && sheet.contains(#"id="evidence-guide""#))
            #expect(sheet.contains("Danh sách lao động đóng bảo hiểm có xác nhận của chủ thể, bao gồm cả nơi thường trú."))
        }
    }

    @Test("Tệp minh chứng sai loại bị từ chối với thông báo tiếng Việt, không lưu gì")
    func wrongType() async throws {
        try await withTestApp { app in
            let (producer, dossier, f) = try await selfAssessed(app)
            let first = try #require(codes(f).first)
            let files = try await StoredFile.query(on: app.db).count()
            try await producer.get(stage.path(dossier, "bao-cao-tu-danh-gia"))
            let refused = try await producer.upload(evidencePath(dossier, first), filename: "minh-chung.pdf",
                                                    data: DossiersTests.executable, contentType: "application/pdf")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(#"id="upload-error""#))
            #expect(refused.body.string.contains("là chương trình máy tính, không phải tài liệu; hệ thống không nhận."))
            #expect(try await StoredFile.query(on: app.db).count() == files)
            #expect(try await CriterionEvidenceRecord.query(on: app.db).count() == 0)
            #expect(try await producer.upload(stage.path(dossier, "minh-chung/khong-co"), filename: "a.pdf", data: DossiersTests.pdf).status == .notFound)
        }
    }

    @Test("Sau khi nộp, báo cáo và minh chứng không sửa được (giữ nội dung đã gõ); người ngoài đơn vị và cán bộ xã không viết được")
    func lockedAndScoped() async throws {
        try await withTestApp { app in
            let (_, submitted, producer) = try await stage.submitted(app)
            let first = try #require(codes(try await steps.fixture(app)).first)
            let opened = try await producer.get(stage.path(submitted, "bao-cao-tu-danh-gia"))
            #expect(opened.status == .seeOther && opened.location == stage.path(submitted, "mau-02"))
            let refused = try await producer.post(stage.path(submitted, "bao-cao-tu-danh-gia"), ["mau02-plan": "Kế hoạch viết sau khi nộp"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("không sửa được báo cáo tự đánh giá"))
            #expect(refused.body.string.contains(">Kế hoạch viết sau khi nộp</textarea>"))
            #expect(try await DossierSelfReportRecord.query(on: app.db).count() == 0)
            let upload = try await producer.upload(evidencePath(submitted, first), filename: "a.pdf", data: DossiersTests.pdf)
            #expect(upload.status == .unprocessableEntity)
            #expect(try await CriterionEvidenceRecord.query(on: app.db).count() == 0)

            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await commune.get(stage.path(submitted, "mau-02")).status == .ok)
            #expect(try await commune.get(stage.path(submitted, "bao-cao-tu-danh-gia")).status == .forbidden)
            #expect(try await commune.post(stage.path(submitted, "bao-cao-tu-danh-gia"), ["mau02-plan": "x"]).status == .forbidden)
            let other = Browser(app)
            try await other.login("ankhanh")
            for action in ["mau-01", "mau-02", "bao-cao-tu-danh-gia"] {
                #expect(try await other.get(stage.path(submitted, action)).status == .forbidden, "\(action)")
            }
            #expect(try await other.upload(evidencePath(submitted, first), filename: "a.pdf", data: DossiersTests.pdf).status == .forbidden)
        }
    }
}
