import Foundation
import PropertyBased
import Testing
@testable import OCOPCore

@Suite("Danh mục tài liệu và kiểm tra thành phần hồ sơ")
struct DossierChecklistTests {
    typealias F = DossierFixtures

    @Test("Danh mục đi kèm: 18 loại, 5 bắt buộc")
    func shippedCatalogue() {
        #expect(F.shippedCatalogue.documentTypes.count == 18)
        #expect(F.shippedCatalogue.mandatoryCodes == [1, 2, 3, 4, 5])
        #expect(F.shippedCatalogue[4]?.title == "Giấy đăng ký kinh doanh")
        #expect(F.shippedCatalogue.problems.isEmpty)
        #expect(F.catalogue.documentTypes.count == 20)
        #expect(F.catalogue.adding([DossierDocumentType(code: 1, title: "Trùng")])[1]?.title == "Phiếu đăng ký")
    }

    @Test("Danh mục sai bị từ chối với lý do")
    func invalidCatalogues() {
        let duplicate = Data(#"{"documentTypes":[{"code":1,"title":"A","description":"","mandatory":true},{"code":1,"title":"B","description":"","mandatory":false}]}"#.utf8)
        #expect(throws: DossierCatalogueError.invalid("Mã loại tài liệu 1 bị trùng.")) { try DossierDocumentCatalogue.decode(duplicate) }
        let blank = Data(#"{"documentTypes":[{"code":3,"title":" ","description":"","mandatory":true}]}"#.utf8)
        #expect(throws: DossierCatalogueError.invalid("Loại tài liệu mã 3 chưa có tên.")) { try DossierDocumentCatalogue.decode(blank) }
        #expect(throws: DossierCatalogueError.invalid("Danh mục tài liệu hồ sơ không có loại tài liệu nào.")) {
            try DossierDocumentCatalogue.decode(Data(#"{"documentTypes":[]}"#.utf8))
        }
        do {
            _ = try DossierDocumentCatalogue.decode(Data("{".utf8))
            Issue.record("broken JSON accepted")
        } catch {
            #expect(error.message.hasPrefix("Không đọc được danh mục tài liệu hồ sơ"))
        }
    }

    @Test("Yêu cầu theo loại hồ sơ: mới và nâng hạng đầy đủ, đánh giá lại gọn")
    func requirementsPerKind() {
        #expect(F.requirements.items(for: .new).map(\.code) == [1, 2, 3, 4, 5, 19])
        #expect(F.requirements.items(for: .upgrade).map(\.code) == [1, 2, 3, 4, 5, 19])
        #expect(F.requirements.items(for: .reRecognition).map(\.code) == [1, 19, 20])
        #expect(F.requirements.items(for: .new).filter(\.exceptForServices).map(\.code) == [5])
        #expect(F.requirements.problems(against: F.catalogue).isEmpty)
        #expect(F.requirements.problems(against: F.shippedCatalogue) == [
            "Đăng ký mới: tài liệu bắt buộc mã 19 không có trong danh mục tài liệu hồ sơ.",
            "Đánh giá lại: tài liệu bắt buộc mã 19 không có trong danh mục tài liệu hồ sơ.",
            "Đánh giá lại: tài liệu bắt buộc mã 20 không có trong danh mục tài liệu hồ sơ.",
            "Nâng hạng: tài liệu bắt buộc mã 19 không có trong danh mục tài liệu hồ sơ.",
        ])
        // Data: a province that also requires the food-safety certificate says so in JSON.
        var strict = F.requirements
        strict.rules[0].items.append(.init(code: 6))
        let roundTrip = try? JSONDecoder().decode(DossierRequirements.self, from: JSONEncoder().encode(strict))
        #expect(roundTrip == strict)
        #expect(F.completeNew.isComplete)
        #expect(!DossierChecklist(kind: .new, catalogue: F.catalogue, requirements: strict, present: F.present([1, 2, 3, 4, 5, 19])).isComplete)
    }

    @Test("Hồ sơ mới thiếu tài liệu: liệt kê bằng tiếng Việt")
    func missingItems() {
        let checklist = F.checklist(.new, [2, 4, 19])
        #expect(!checklist.isComplete)
        #expect(checklist.missing.map(\.code) == [1, 3, 5])
        #expect(checklist.summary
            == "Hồ sơ đăng ký mới còn thiếu 3 tài liệu bắt buộc: Phiếu đăng ký; Giới thiệu bộ máy tổ chức; Sản phẩm mẫu.")
        #expect(checklist.missingMessages[0] == "Thiếu «Phiếu đăng ký»: Phiếu đăng ký ý tưởng sản phẩm, đăng ký sản phẩm.")
        #expect(checklist.missingMessages[2] == "Thiếu «Sản phẩm mẫu»: 05 đơn vị sản phẩm (trừ sản phẩm dịch vụ).")
    }

    @Test("Đánh giá lại chỉ cần phiếu đăng ký, phiếu tự đánh giá, báo cáo 03 năm")
    func reRecognition() {
        #expect(F.checklist(.reRecognition, [1, 19, 20]).isComplete)
        #expect(F.checklist(.reRecognition, [1, 19, 20]).summary == "Hồ sơ đánh giá lại đã đủ 3/3 tài liệu bắt buộc.")
        let missing = F.checklist(.reRecognition, [1, 2, 3, 4, 5, 19])
        #expect(missing.missing.map(\.title) == ["Báo cáo kết quả sản xuất, kinh doanh sản phẩm trong 03 năm"])
    }

    @Test("Danh sách tệp rỗng coi như chưa có; sản phẩm dịch vụ không nộp mẫu; mã lạ được báo")
    func edgeCases() {
        var present = F.present([1, 2, 3, 4, 19])
        present[5] = []
        present[99] = ["x"]
        let goods = DossierChecklist(kind: .new, catalogue: F.catalogue, requirements: F.requirements, present: present)
        #expect(goods.missing.map(\.code) == [5])
        #expect(goods.unknownCodes == [99])
        let service = DossierChecklist(kind: .new, catalogue: F.catalogue, requirements: F.requirements, present: present,
                                       isServiceProduct: true)
        #expect(service.isComplete)
        #expect(service.items.first { $0.code == 5 }?.status == .waived("Sản phẩm dịch vụ không phải nộp tài liệu này."))
        #expect(service.summary == "Hồ sơ đăng ký mới đã đủ 5/5 tài liệu bắt buộc.")
        // 26/2026: the samples are brought to the commune, not uploaded; an uploaded photo still counts.
        let brought = DossierChecklist(kind: .new, catalogue: F.catalogue, requirements: F.requirements, present: present,
                                       handedIn: [5: ProductSamples.handedInSentence])
        #expect(brought.isComplete)
        #expect(brought.items.first { $0.code == 5 }?.status == .waived(ProductSamples.handedInSentence))
        var photographed = present
        photographed[5] = ["anh-san-pham-mau.jpg"]
        #expect(DossierChecklist(kind: .new, catalogue: F.catalogue, requirements: F.requirements, present: photographed,
                                 handedIn: [5: ProductSamples.handedInSentence]).items.first { $0.code == 5 }?.status == .present(fileCount: 1))
        let withoutExtras = DossierChecklist(kind: .reRecognition, catalogue: F.shippedCatalogue, requirements: F.requirements,
                                             present: F.present([1]))
        #expect(withoutExtras.missing.map(\.title) == ["Tài liệu mã 19", "Tài liệu mã 20"])
        #expect(withoutExtras.configurationProblems.count == 2)
    }

    /// Missing is exactly "required and without files", whatever the dossier holds.
    @Test func missingIsRequiredMinusPresent() async {
        await propertyCheck(count: 200, input: Gen.int(in: 1...22).set(ofAtMost: 0...22), Gen<DossierKind>.case) { codes, kind in
            let checklist = F.checklist(kind, Array(codes))
            let required = F.requirements.items(for: kind).map(\.code)
            #expect(checklist.missing.map(\.code) == required.filter { !codes.contains($0) })
            #expect(checklist.isComplete == Set(required).isSubset(of: codes))
        }
    }
}
