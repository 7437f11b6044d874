import Fluent
import Foundation
import Plot
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// Valid HTML from the views (issue 12): void elements take no end tag (`<input …></input>` was
/// 260 errors of the W3C validator across the pages the end-to-end tests visit).
@Suite("HTML hợp lệ: thẻ rỗng không có thẻ đóng")
struct MarkupTests {
    @Test func voidElementsAreNotClosed() {
        #expect(Tag("input", [("name", "x"), ("value", "a\"b"), ("checked", nil)]).render() == #"<input name="x" value="a&quot;b" checked/>"#)
        #expect(Tag("br").render() == "<br/>")
        #expect(Tag("td", [("id", "c")]) { Text("1") }.render() == #"<td id="c">1</td>"#)
    }

    @Test("Trang soạn phiếu và trang hồ sơ không còn </input>")
    func pagesHaveNoEndTagsOnVoidElements() async throws {
        try await withTestApp { app in
            let record = try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$code == Law26Importer.criteriaSetID)
                .sort(\.$version, .descending).first())
            var draft = try CriteriaStore.load(record)
            draft.version = try await CriteriaStore.nextVersion(of: draft.id, on: app.db)
            draft.status = .draft
            let copy = try await CriteriaStore.insert(draft, actor: nil, action: "criteria.copy", on: app.db)
            let browser = Browser(app)
            try await browser.login("trunguong")
            let grid = try await browser.get(SiteURL.criteriaEditor(id: copy.id!.uuidString, target: "I.2.b").path)
            #expect(grid.status == .ok)
            #expect(grid.body.string.contains(#"<input name="r0c0""#))
            for page in [grid.body.string, try await browser.get(SiteURL.criteriaTry(id: record.id!.uuidString, productSet: "I.2.b").path).body.string] {
                #expect(!page.contains("</input>") && !page.contains("</br>") && !page.contains("</img>"))
            }
        }
    }
}
