import Foundation
import Testing
@testable import OCOPCore

@Suite("Có giá trị đến, cập nhật khi đánh giá lại (Điều 6.1.c)")
struct ReEvaluationUpdatesTests {
    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    @Test("Ngày có giá trị đến: trống là không có ngày; ISO và dd/mm/yyyy; ngày không có thật bị từ chối")
    func parsing() {
        #expect(DocumentValidity.parse(nil) == .success(nil))
        #expect(DocumentValidity.parse("   ") == .success(nil))
        #expect(DocumentValidity.parse("2027-06-30") == .success(Self.day("2027-06-30")))
        #expect(DocumentValidity.parse(" 30/06/2027 ") == .success(Self.day("2027-06-30")))
        #expect(DocumentValidity.parse("2027-02-29") == .failure(.unreadable("2027-02-29")))
        #expect(DocumentValidity.parse("30/6/27") == .failure(.unreadable("30/6/27")))
        // Valid through its day, expired from the next; a dateless paper never expires here.
        #expect(!DocumentValidity.isExpired(Self.day("2027-06-30"), on: Self.day("2027-06-30")))
        #expect(DocumentValidity.isExpired(Self.day("2027-06-30"), on: Self.day("2027-07-01")))
        #expect(!DocumentValidity.isExpired(nil, on: Self.day("2099-01-01")))
    }

    @Test("Chín nội dung: «Không thay đổi» hoặc mô tả; chọn «Có thay đổi» mà không mô tả là chưa trả lời")
    func answers() throws {
        let (partial, errors) = ReEvaluationUpdates.parse([
            "rawMaterials-status": "unchanged", "packaging-status": "changed", "packaging-text": " Chai thủy tinh ",
            "labelling-status": "changed", "labelling-text": "", "market-text": "Thêm siêu thị",
        ])
        #expect(partial.unanswered == [.technology, .labelling, .qualityDeclaration, .periodicTests, .output, .revenue])
        #expect(partial[.packaging] == ReEvaluationAnswer(unchanged: false, description: "Chai thủy tinh"))
        #expect(partial[.market]?.isAnswered == true)
        #expect(errors == ["Nhãn mác: đã chọn «Có thay đổi», vui lòng mô tả nội dung mới."])
        #expect(partial.problems.first == "Chưa cập nhật «Công nghệ sử dụng» (Điều 6.1.c QĐ 26/2026): chọn «Không thay đổi» hoặc mô tả nội dung mới.")
        // Stored JSON round-trips, keyed by topic; a topic this version does not know is dropped.
        let data = try JSONEncoder().encode(partial)
        #expect(try JSONDecoder().decode(ReEvaluationUpdates.self, from: data) == partial)
        let future = Data(#"{"answers": {"rawMaterials": {"unchanged": true, "description": ""}, "carbon": {"unchanged": true, "description": ""}}}"#.utf8)
        #expect(try JSONDecoder().decode(ReEvaluationUpdates.self, from: future).answers.keys.sorted { $0.rawValue < $1.rawValue } == [.rawMaterials])
        let all = Dictionary(uniqueKeysWithValues: ReEvaluationTopic.allCases.map { ("\($0.rawValue)-status", "unchanged") })
        #expect(ReEvaluationUpdates.parse(all).updates.isComplete)
    }

    @Test("Giấy tờ có thời hạn: thiếu bản đã có lần trước, hoặc đã hết hạn, thì chưa nộp được; không ghi ngày thì coi là còn hiệu lực")
    func termPapers() {
        let catalogue = DossierDocumentCatalogue(documentTypes: [
            DossierDocumentType(code: 4, title: "Giấy đăng ký kinh doanh", mandatory: true),
            DossierDocumentType(code: 6, title: "Giấy an toàn thực phẩm", hasTerm: true),
            DossierDocumentType(code: 7, title: "Công bố chất lượng", hasTerm: true),
            DossierDocumentType(code: 10, title: "Nhãn hiệu", hasTerm: true),
        ])
        let today = Self.day("2026-12-02")
        var current: [Int: CalendarDay?] = [4: Self.day("2020-01-01"), 6: Self.day("2026-12-01")]
        current[10] = .some(nil)   // the trademark, undated
        let problems = TermPapers.problems(current: current, previous: [4, 6, 7], catalogue: catalogue, on: today)
        #expect(problems == [
            "«Giấy an toàn thực phẩm» đã hết hạn ngày 01/12/2026; cần nộp bản còn hiệu lực (Điều 6.1.c QĐ 26/2026).",
            "Thiếu «Công bố chất lượng»: hồ sơ trước có giấy tờ này; đánh giá lại cần bản còn hiệu lực (Điều 6.1.c QĐ 26/2026).",
        ])
        #expect(TermPapers.problems(current: [6: .some(today)], previous: [6], catalogue: catalogue, on: today).isEmpty)
    }

    @Test("Danh mục cũ không có hasTerm vẫn đọc được (mặc định không có thời hạn)")
    func catalogueWithoutTerm() throws {
        let old = Data(#"{"documentTypes": [{"code": 1, "title": "Phiếu đăng ký", "description": "", "mandatory": true}]}"#.utf8)
        let catalogue = try DossierDocumentCatalogue.decode(old)
        #expect(catalogue[1]?.hasTerm == false && catalogue[1]?.mandatory == true)
    }
}
