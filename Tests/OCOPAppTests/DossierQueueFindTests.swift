import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore
import OCOPSpreadsheet

/// Issue 12, "Findable": the queue searched without diacritics, filtered, sorted and exported, and
/// a dossier's result after the decision in place of its state.
@Suite("Tìm hồ sơ: tìm không dấu, lọc, sắp xếp, xuất Excel/CSV, kết quả sau quyết định")
struct DossierQueueFindTests {
    /// The product names of the list's rows, in order.
    func listed(_ html: String) -> [String] {
        guard let start = html.range(of: #"id="dossier-list""#) else { return [] }
        let table = html[start.upperBound...]
        let end = table.range(of: "</table>")?.lowerBound ?? table.endIndex
        return table[..<end].components(separatedBy: #"<td><a href="/ho-so/"#).dropFirst().compactMap { cell in
            guard let open = cell.firstIndex(of: ">"), let close = cell.range(of: "</a>") else { return nil }
            return String(cell[cell.index(after: open)..<close.lowerBound])
        }
    }

    func found(_ html: String) -> String? {
        guard let start = html.range(of: #"<span id="queue-found">"#), let end = html[start.upperBound...].range(of: "</span>") else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test("Tỉnh tìm không dấu theo sản phẩm hoặc chủ thể, lọc theo xã, loại, bộ sản phẩm; sắp xếp; xuất Excel/CSV đúng bộ lọc; ngoài phạm vi thì không thấy")
    func searchAndFilter() async throws {
        try await withTestApp { app in
            let foreign = try await ForeignUnitRecords.make(app)
            let province = Browser(app)
            try await province.login("hn.tinh")

            let all = try await province.get(SiteURL.dossiers.path)
            #expect(all.status == .ok)
            #expect(Set(listed(all.body.string)) == Set(ForeignUnitRecords.productNames))
            #expect(found(all.body.string) == "4 hồ sơ.")
            // The province's communes are offered; the commune officer's own list has no such choice.
            #expect(all.body.string.contains(#"<option value="\#(ForeignUnitRecords.commune)">"#))

            let product = try await province.get(SiteURL.dossiers.path + "?q=mien%20DONG%20soc")
            #expect(listed(product.body.string) == ["Miến dong Sóc Sơn"])
            #expect(found(product.body.string) == "1 hồ sơ khớp bộ lọc.")
            #expect(product.body.string.contains(#"name="q" value="mien DONG soc""#))
            let producer = try await province.get(SiteURL.dossiers.path + "?q=hop%20tac%20xa%20nong%20nghiep")
            #expect(listed(producer.body.string).count == 4)
            let none = try await province.get(SiteURL.dossiers.path + "?q=khong%20co%20san%20pham%20nay")
            #expect(none.body.string.contains(#"id="queue-empty""#))
            #expect(found(none.body.string) == "0 hồ sơ khớp bộ lọc.")

            let otherCommune = try #require(try await AdminUnit.query(on: app.db).filter(\.$level == .commune)
                .filter(\.$provinceCode == ForeignUnitRecords.province).filter(\.$id != ForeignUnitRecords.commune).first())
            #expect(listed(try await province.get(SiteURL.dossiers.path + "?xa=\(ForeignUnitRecords.commune)").body.string).count == 4)
            #expect(listed(try await province.get(SiteURL.dossiers.path + "?xa=\(otherCommune.id!)").body.string).isEmpty)
            #expect(listed(try await province.get(SiteURL.dossiers.path + "?loai=upgrade").body.string).isEmpty)
            #expect(listed(try await province.get(SiteURL.dossiers.path + "?loai=new").body.string).count == 4)
            let set = foreign.product.productSetName
            let bySet = try await province.get(SiteURL.dossiers.path + "?bo=" + set.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(listed(bySet.body.string).count == (try await ProductRecord.query(on: app.db).filter(\.$productSetName == set)
                .filter(\.$provinceCode == ForeignUnitRecords.province).count()))

            let sorted = try await province.get(SiteURL.dossiers.path + "?sap-xep=san-pham")
            #expect(listed(sorted.body.string) == ["Chè búp Sóc Sơn", "Gạo nếp cái Sóc Sơn", "Mật ong rừng Sóc Sơn", "Miến dong Sóc Sơn"])
            // A tab keeps the search: the submitted tab of "soc son" lists only the submitted one.
            let submittedTab = try await province.get(SiteURL.dossiers.path + "?q=soc%20son&trang-thai=submitted")
            #expect(listed(submittedTab.body.string) == ["Gạo nếp cái Sóc Sơn"])
            #expect(submittedTab.body.string.contains(#"href="/ho-so?q=soc%20son&amp;trang-thai=forwarded""#))

            // Hải Phòng's commune officer searching for Hà Nội's products finds nothing.
            let commune = Browser(app)
            try await commune.login("vietkhe")
            let outside = try await commune.get(SiteURL.dossiers.path + "?q=soc%20son")
            #expect(outside.status == .ok)
            #expect(listed(outside.body.string).isEmpty)
            #expect(!outside.body.string.contains(#"name="xa""#))

            // The export holds exactly what the filter finds, on every page, within the scope.
            let workbook = try await province.get(SiteURL.dossierExport(format: .xlsx).path + "?q=soc%20son")
            #expect(workbook.status == .ok)
            #expect(workbook.headers.contentType?.serialize() == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(workbook.headers.first(name: .contentDisposition)?.contains("danh-sach-ho-so-") == true)
            let sheets = try XLSXReader.read(Data(buffer: workbook.body))
            let rows = try #require(sheets.first).stringRows
            #expect(rows.first == DossierQueueExport.header)
            #expect(Set(rows.dropFirst().map { $0[1] }) == Set(ForeignUnitRecords.productNames))
            let decidedRow = try #require(rows.first { $0[1] == "Mật ong rừng Sóc Sơn" })
            #expect(decidedRow[7] == "Đã công nhận \(Star(rawValue: foreign.certificate.star)!)")
            #expect(decidedRow[4].contains("Sóc Sơn"))

            let csv = try await province.get(SiteURL.dossierExport(format: .csv).path + "?q=mien")
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.serialize() == "text/csv; charset=utf-8")
            let text = csv.body.string
            #expect(text.hasPrefix("\u{FEFF}STT,Sản phẩm,Bộ sản phẩm,"))
            let lines = text.split(separator: "\r\n")
            #expect(lines.count == 2)
            #expect(lines[1].hasPrefix("1,Miến dong Sóc Sơn,"))

            // Another province's officer exports none of them.
            let other = Browser(app)
            try await other.login("haiphong")
            let theirs = try XLSXReader.read(Data(buffer: try await other.get(SiteURL.dossierExport(format: .xlsx).path + "?q=soc%20son").body))
            #expect(try #require(theirs.first).stringRows.count == 1)
            #expect(try await Browser(app).get(SiteURL.dossierExport(format: .csv).path).status == .seeOther)
        }
    }

    @Test("CSV: dấu phẩy, ngoặc kép, xuống dòng được bọc; công thức thành chữ")
    func csvCells() {
        #expect(ListExport.csvCell("Mật ong") == "Mật ong")
        #expect(ListExport.csvCell("Sóc Sơn, Hà Nội") == "\"Sóc Sơn, Hà Nội\"")
        #expect(ListExport.csvCell("Chè \"Tân Cương\"") == "\"Chè \"\"Tân Cương\"\"\"")
        #expect(ListExport.csvCell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(ListExport.csvCell("@SUM(A1)") == "'@SUM(A1)")
        #expect(ListExport.csv([["a", "b"], ["1", "x\ny"]]) == "\u{FEFF}a,b\r\n1,\"x\ny\"\r\n")
    }

    @Test("Sau quyết định: hồ sơ hiện «Đã công nhận n★» hoặc «Không đạt», có thẻ riêng; trang chủ tra cứu giấy chứng nhận theo số")
    func outcomes() async throws {
        try await withTestApp { app in
            let foreign = try await ForeignUnitRecords.make(app)
            let province = Browser(app)
            try await province.login("hn.tinh")
            let stars = "\(Star(rawValue: foreign.certificate.star)!)"

            let page = try await province.get(SiteURL.dossier(id: foreign.decided.id!.uuidString).path)
            #expect(page.body.string.contains(#"<dd id="dossier-state">Đã công nhận \#(stars)</dd>"#))
            let recognized = try await province.get(SiteURL.dossiers.path + "?ket-qua=cong-nhan")
            #expect(listed(recognized.body.string) == ["Mật ong rừng Sóc Sơn"])
            #expect(recognized.body.string.contains("Đã công nhận (1)"))
            #expect(recognized.body.string.contains("Không đạt (0)"))
            #expect(recognized.body.string.contains("<td>Đã công nhận \(stars)</td>"))
            #expect(listed(try await province.get(SiteURL.dossiers.path + "?ket-qua=khong-dat").body.string).isEmpty)

            // Anyone tra cứu by the number alone, typed in lower case with spaces; a wrong number is named.
            let visitor = Browser(app)
            let home = try await visitor.get(SiteURL.home.path)
            #expect(home.body.string.contains(#"<form action="/xac-minh" method="get""#))
            #expect(home.body.string.contains(#"<form action="/san-pham-ocop" method="get""#))
            let typed = foreign.certificate.number.lowercased().replacingOccurrences(of: "-", with: " -")
            let lookup = try await visitor.get(SiteURL.certificateLookup.path + "?so=" + typed.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(lookup.status == .ok)
            #expect(lookup.body.string.contains(#"<p class="ok lead" id="verify-status">Giấy chứng nhận số \#(foreign.certificate.number) còn hiệu lực.</p>"#))
            #expect(lookup.body.string.contains("<dd>Mật ong rừng Sóc Sơn</dd>"))
            let wrong = try await visitor.get(SiteURL.certificateLookup.path + "?so=OCOP-01-2026-9999")
            #expect(wrong.status == .notFound)
            #expect(wrong.body.string.contains("Không có giấy chứng nhận OCOP nào mang số «OCOP-01-2026-9999»"))
            #expect(wrong.body.string.contains(#"value="OCOP-01-2026-9999""#))
            #expect(try await visitor.get(SiteURL.certificateLookup.path).status == .ok)

            // A decision without a certificate for the dossier: "Không đạt".
            try await CertificateRecord.query(on: app.db).filter(\.$dossier.$id == foreign.decided.id!).delete()
            let notRecognized = try await province.get(SiteURL.dossiers.path + "?ket-qua=khong-dat")
            #expect(listed(notRecognized.body.string) == ["Mật ong rừng Sóc Sơn"])
            #expect(notRecognized.body.string.contains("<td>Không đạt</td>"))
            #expect(notRecognized.body.string.contains("Không đạt (1)"))
            let again = try await province.get(SiteURL.dossier(id: foreign.decided.id!.uuidString).path)
            #expect(again.body.string.contains(#"<dd id="dossier-state">Không đạt</dd>"#))
            // Dossiers not yet decided keep their state.
            #expect(try await province.get(SiteURL.dossier(id: foreign.forwarded.id!.uuidString).path).body.string
                .contains(#"<dd id="dossier-state">Đã chuyển tỉnh</dd>"#))
        }
    }
}
