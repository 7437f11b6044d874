import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

@Suite("Bộ tiêu chí trên web: xem, thử chấm, nhập, xuất, ban hành")
struct CriteriaTests {
    static let riceProducts = "che-bien-tu-gao-ngu-coc"

    /// The newest version of `code`, or the given one.
    func record(_ app: Application, code: String, version: Int? = nil) async throws -> (CriteriaSetRecord, CriteriaSet) {
        var query = CriteriaSetRecord.query(on: app.db).filter(\.$code == code)
        if let version { query = query.filter(\.$version == version) }
        let record = try #require(try await query.sort(\.$version, .descending).first())
        return (record, try CriteriaStore.load(record))
    }

    /// The best option of every criterion, as the try form would send it.
    func bestAnswers(_ productSet: ProductSet) -> String {
        productSet.sheet.criteria.map { criterion in
            if let best = criterion.options.max(by: { $0.points < $1.points }) { return "c-\(criterion.code)=\(best.id)" }
            let alternative = criterion.alternatives[0]
            return "c-\(criterion.code)=\(alternative.id)/\(alternative.options.max(by: { $0.points < $1.points })!.id)"
        }.map { $0.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "/+&")))! }
            .joined(separator: "&")
    }

    @Test("Danh sách và chi tiết: 1048 nạp kèm 6 bộ sản phẩm lỗi, hiển thị lý do; phiên bản 2 đọc tiêu chí con, chè dùng được")
    func listAndDetailShowDefects() async throws {
        try await withTestApp { app in
            let browser = Browser(app)
            let list = try await browser.get(SiteURL.criteria.path).body.string
            #expect(list.contains("QD1048-2019") && list.contains("QD148-2023") && list.contains("QD26-2026"))
            #expect(list.contains("6 lỗi"))
            let (first, _) = try await record(app, code: "QD1048-2019", version: 1)
            let detail = try await browser.get(SiteURL.criteriaSet(id: first.id!.uuidString).path).body.string
            #expect(detail.components(separatedBy: "Có lỗi, không dùng để chấm").count - 1 == 6)
            #expect(detail.components(separatedBy: ">Dùng được<").count - 1 == 20)
            #expect(detail.contains("Phần C"))
            #expect(detail.contains(#"<dd id="criteria-status">hết hiệu lực</dd>"#)) // replaced by version 2
            let (second, set) = try await record(app, code: "QD1048-2019", version: 2)
            let tea = try #require(set.productSets.first { $0.name == "Chè tươi, chế biến" })
            let page = try await browser.get(SiteURL.criteriaSet(id: second.id!.uuidString).path).body.string
            #expect(page.contains(#"<li data-code="\#(tea.code)"><strong>Chè tươi, chế biến</strong>"#))
            let teaItem = try #require(page.components(separatedBy: #"data-code="\#(tea.code)""#).dropFirst().first)
            #expect(teaItem.prefix(400).contains(">Dùng được<"))
            #expect(page.components(separatedBy: "Có lỗi, không dùng để chấm").count - 1 == 5)
            // The history lists both versions, the one being read marked.
            #expect(page.contains(#"<tr data-version="2" aria-current="true">"#) && page.contains(#"<tr data-version="1">"#))
        }
    }

    @Test("Thử chấm: điểm tối đa nhưng chưa có nhãn hiệu thì hạ hạng; có nhãn hiệu thì 5 sao; lộ trình lên hạng")
    func trySheetScoresWithGates() async throws {
        try await withTestApp { app in
            let (record, set) = try await record(app, code: "QD1048-2019")
            let productSet = try #require(set.productSet(code: Self.riceProducts))
            let url = SiteURL.criteriaTry(id: record.id!.uuidString, productSet: Self.riceProducts).path
            let browser = Browser(app)
            let without = try await browser.get(url + "?" + bestAnswers(productSet)).body.string
            #expect(without.contains("100 điểm"))
            #expect(without.contains("nhãn hiệu"))
            #expect(!without.contains("Tạm tính"))
            let with = try await browser.get(url + "?" + bestAnswers(productSet) + "&tm=1").body.string
            #expect(with.contains("★★★★★"))
            #expect(with.contains("Sản phẩm đã ở hạng cao nhất"))
            let fragment = try await browser.get(url + "?phan=ket-qua&" + bestAnswers(productSet) + "&tm=1")
            #expect(fragment.body.string.hasPrefix("<div>"))
            #expect(!fragment.body.string.contains("<html"))
        }
    }

    @Test("Thử chấm chưa đủ tiêu chí: kết quả tạm tính, nêu các tiêu chí còn thiếu")
    func provisionalResult() async throws {
        try await withTestApp { app in
            let (record, _) = try await record(app, code: "QD1048-2019")
            let url = SiteURL.criteriaTry(id: record.id!.uuidString, productSet: Self.riceProducts).path
            let page = try await Browser(app).get(url + "?c-A.1.1=3").body.string
            #expect(page.contains("Tạm tính"))
            #expect(page.contains("A.1.2"))
            #expect(!page.contains("A.1.1,"), "the answered criterion is not listed as missing")
        }
    }

    @Test("Bộ sản phẩm lỗi không chấm được; phiếu in đánh dấu phương án đã chọn")
    func defectiveSheetAndFilledPrint() async throws {
        try await withTestApp { app in
            let (record, _) = try await record(app, code: "QD1048-2019", version: 1) // version 2 reads tea's items as sub-criteria
            let browser = Browser(app)
            let defective = try await browser.get(SiteURL.criteriaTry(id: record.id!.uuidString, productSet: "che-tuoi-che-bien").path).body.string
            #expect(defective.contains("Phiếu này có lỗi nên không dùng để chấm"))
            #expect(defective.contains("Phần C"))
            let sheet = try await browser.get(SiteURL.criteriaSheet(id: record.id!.uuidString, productSet: Self.riceProducts).path + "?c-A.1.1=2").body.string
            #expect(sheet.components(separatedBy: "☑").count - 1 == 1)
            #expect(sheet.contains("Người đánh giá (ký, ghi rõ họ tên)"))
        }
    }

    @Test("Xuất JSON rồi nhập lại: trùng phiên bản bị từ chối; đổi phiên bản thì thành bản nháp giống hệt")
    func jsonRoundTrip() async throws {
        try await withTestApp { app in
            let (record, set) = try await record(app, code: "QD1048-2019")
            let browser = Browser(app)
            try await browser.login("trunguong")
            let exported = try await browser.get(SiteURL.criteriaAction(id: record.id!.uuidString, action: "json").path)
            #expect(exported.headers.contentType == .json)
            let data = Data(buffer: exported.body)
            #expect(try CriteriaSetDocument.load(data) == set)
            try await browser.get(SiteURL.criteriaImport.path)
            let duplicate = try await browser.upload(SiteURL.criteriaImport.path, filename: "1048.json", data: data)
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.body.string.contains("đã có"))
            var next = set
            next.version = try await CriteriaStore.nextVersion(of: set.id, on: app.db)
            next.status = .draft
            let created = try await browser.upload(SiteURL.criteriaImport.path, filename: "1048-v2.json", data: try CriteriaSetDocument.export(next))
            #expect(created.status == .seeOther)
            let (stored, storedSet) = try await self.record(app, code: "QD1048-2019")
            #expect(stored.version == next.version)
            #expect(storedSet == next)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$recordID == "QD1048-2019 v\(next.version)").filter(\.$action == "criteria.import").count() == 1)
        }
    }

    @Test("Tệp hỏng bị từ chối với lý do, không thay đổi gì", arguments: [
        ("rac.json", Data("MZ\u{90}\u{0}binary".utf8), "không phải JSON"),
        ("thieu.json", Data(#"{"schema":"ocop.criteria-set/1","criteriaSet":{"id":"X"}}"#.utf8), "Thiếu trường"),
        ("lac.json", Data(#"{"schema":"khac/9","criteriaSet":{}}"#.utf8), "không được hỗ trợ"),
    ])
    func badFilesChangeNothing(filename: String, data: Data, reason: String) async throws {
        try await withTestApp { app in
            let before = try await CriteriaSetRecord.query(on: app.db).count()
            let browser = Browser(app)
            try await browser.login("trunguong")
            try await browser.get(SiteURL.criteriaImport.path)
            let response = try await browser.upload(SiteURL.criteriaImport.path, filename: filename, data: data)
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(reason))
            #expect(response.body.string.contains("chưa có gì thay đổi"))
            #expect(try await CriteriaSetRecord.query(on: app.db).count() == before)
        }
    }

    @Test("Phân quyền: cán bộ xã không nhập; cán bộ tỉnh sao chép thành bộ của tỉnh, không ban hành bộ quốc gia")
    func editingPermissions() async throws {
        try await withTestApp { app in
            let (record, _) = try await record(app, code: "QD1048-2019")
            let commune = Browser(app)
            try await commune.login("vietkhe")
            #expect(try await commune.get(SiteURL.criteriaImport.path).status == .forbidden)
            #expect(try await commune.post(SiteURL.criteriaAction(id: record.id!.uuidString, action: "sao-chep").path, [:]).status == .forbidden)

            let province = Browser(app)
            try await province.login("haiphong")
            try await province.get(SiteURL.criteria.path)
            #expect(try await province.post(SiteURL.criteriaAction(id: record.id!.uuidString, action: "ban-hanh").path, [:]).status == .forbidden)
            let copied = try await province.post(SiteURL.criteriaAction(id: record.id!.uuidString, action: "sao-chep").path, [:])
            #expect(copied.status == .seeOther)
            let (local, localSet) = try await self.record(app, code: "QD1048-2019-31")
            #expect(local.provinceCode == "31")
            #expect(localSet.scope == .province(code: "31"))
            #expect(localSet.status == .draft)
        }
    }

    @Test("Ban hành: bộ có lỗi bị từ chối kèm lý do; bộ hợp lệ ban hành được và không sửa được nữa")
    func publishing() async throws {
        try await withTestApp { app in
            let (record, set) = try await draftCopy(app, code: "QD1048-2019")
            let browser = Browser(app)
            try await browser.login("trunguong")
            try await browser.get(SiteURL.criteriaSet(id: record.id!.uuidString).path)
            let refused = try await browser.post(SiteURL.criteriaAction(id: record.id!.uuidString, action: "ban-hanh").path, [:])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("còn"))
            #expect(refused.body.string.contains("lỗi"))

            var valid = set
            let defective = Set(CriteriaSetValidator.validate(set).defectiveProductSets)
            for g in valid.groups.indices {
                for s in valid.groups[g].subGroups.indices {
                    valid.groups[g].subGroups[s].productSets.removeAll { defective.contains($0.code) }
                }
            }
            valid.id = "QD1048-SACH"
            valid.effectiveFrom = CalendarDay(year: 2019, month: 8, day: 7)
            let created = try await CriteriaStore.insert(valid, actor: nil, action: "criteria.import", on: app.db)
            let published = try await browser.post(SiteURL.criteriaAction(id: created.id!.uuidString, action: "ban-hanh").path, [:])
            #expect(published.status == .seeOther)
            let (after, afterSet) = try await self.record(app, code: "QD1048-SACH")
            #expect(afterSet.status == .published)
            await #expect(throws: CriteriaStore.Refusal.self) {
                try await CriteriaStore.update(after, to: afterSet, actor: nil, action: "criteria.update", on: app.db)
            }
        }
    }
}
