import Foundation
import PropertyBased
import Testing
@testable import OCOPCore

@Suite("Dùng lại hồ sơ trước")
struct DossierCarryOverTests {
    typealias F = DossierFixtures

    /// Mật ong An Sơn (seed 001), recognised 3★ in 2023, re-evaluated in 2026.
    static let previous: [PreviousDocument] = [
        PreviousDocument(typeCode: 1, fileID: "phieu-dang-ky-2023", issuedOn: F.day("2023-03-01")),
        PreviousDocument(typeCode: 2, fileID: "phuong-an-kd-2023", issuedOn: F.day("2023-03-01")),
        PreviousDocument(typeCode: 3, fileID: "bo-may-to-chuc"),
        PreviousDocument(typeCode: 4, fileID: "gcn-dkkd", issuedOn: F.day("2019-05-10")),
        PreviousDocument(typeCode: 5, fileID: "bien-ban-mau-2023"),
        PreviousDocument(typeCode: 6, fileID: "gcn-attp-2022", issuedOn: F.day("2022-08-01"), expiresOn: F.day("2025-08-01")),
        PreviousDocument(typeCode: 9, fileID: "kiem-nghiem-2023", issuedOn: F.day("2023-02-15")),
        PreviousDocument(typeCode: 9, fileID: "kiem-nghiem-2026", issuedOn: F.day("2026-01-20")),
        PreviousDocument(typeCode: 10, fileID: "nhan-hieu", issuedOn: F.day("2021-11-11"), expiresOn: F.day("2031-11-10")),
        PreviousDocument(typeCode: 16, fileID: "cau-chuyen-san-pham"),
    ]

    func plan(_ kind: DossierKind, on day: String = "2026-07-15", previous: [PreviousDocument] = previous,
              policy: CarryOverPolicy = .standard) -> CarryOverPlan {
        DossierCarryOver.plan(previous: previous, on: F.day(day), kind: kind, catalogue: F.catalogue,
                              requirements: F.requirements, policy: policy)
    }

    @Test("Đánh giá lại: dùng lại tài liệu không đổi và còn hiệu lực; lập mới phiếu đăng ký, tự đánh giá, báo cáo 03 năm")
    func reRecognition() {
        let result = plan(.reRecognition)
        #expect(result.carried.map(\.document.fileID) == ["phuong-an-kd-2023", "bo-may-to-chuc", "gcn-dkkd", "kiem-nghiem-2026",
                                                         "nhan-hieu", "cau-chuyen-san-pham"])
        #expect(result.carried.first { $0.document.fileID == "bo-may-to-chuc" }?.reason
            == "Không có thời hạn hiệu lực; dùng lại từ hồ sơ trước.")
        #expect(result.carried.first { $0.document.fileID == "nhan-hieu" }?.reason == "Còn hiệu lực đến ngày 10/11/2031.")
        #expect(result.carried.first { $0.document.fileID == "kiem-nghiem-2026" }?.reason == "Cấp ngày 20/01/2026, còn trong thời hạn 12 tháng.")

        let refresh = Dictionary(grouping: result.toRefresh, by: \.typeCode)
        #expect(result.toRefresh.map(\.typeCode) == [1, 5, 6, 9, 19, 20])
        #expect(refresh[1]?.first?.reason == "Phiếu đăng ký được lập mới cho mỗi lần đánh giá.")
        #expect(refresh[1]?.first?.isRequired == true)
        #expect(refresh[1]?.first?.previous?.fileID == "phieu-dang-ky-2023")
        #expect(refresh[5]?.first?.isRequired == false)  // samples are not required for re-recognition…
        #expect(refresh[6]?.first?.reason == "Hết hiệu lực ngày 01/08/2025; cần nộp bản còn hiệu lực.")
        #expect(refresh[6]?.first?.title == "Giấy đủ điều kiện sản xuất, giấy an toàn vệ sinh thực phẩm ...")
        #expect(refresh[9]?.first?.reason == "Cấp ngày 15/02/2023, đã quá 12 tháng; cần tài liệu mới.")
        #expect(refresh[9]?.first?.isRequired == false)
        #expect(refresh[19]?.first?.previous == nil)
        #expect(refresh[19]?.first?.reason == "Chủ thể tự đánh giá lại theo bộ tiêu chí đang áp dụng.")
        #expect(refresh[20]?.first?.title == "Báo cáo kết quả sản xuất, kinh doanh sản phẩm trong 03 năm")
        #expect(result.summary == "Dùng lại 6 tài liệu; cần nộp mới 6 tài liệu (3 bắt buộc).")
    }

    @Test("Nâng hạng: mẫu sản phẩm bắt buộc và phải lấy mới")
    func upgrade() {
        let result = plan(.upgrade)
        let samples = result.toRefresh.first { $0.typeCode == 5 }
        #expect(samples?.isRequired == true)
        #expect(samples?.reason == "Sản phẩm mẫu phải lấy từ lô sản xuất hiện tại.")
        // Everything the upgrade requires is either carried or asked for.
        let covered = Set(result.carried.map(\.document.typeCode)).union(result.toRefresh.map(\.typeCode))
        #expect(Set(F.requirements.items(for: .upgrade).map(\.code)).isSubset(of: covered))
    }

    @Test("Hết hạn đúng ngày đang xét thì phải cập nhật; tài liệu bắt buộc không có trong hồ sơ trước thì phải nộp")
    func boundaries() {
        let certificate = PreviousDocument(typeCode: 6, fileID: "attp", expiresOn: F.day("2026-07-15"))
        #expect(plan(.reRecognition, previous: [certificate]).carried.isEmpty)
        #expect(plan(.reRecognition, on: "2026-07-14", previous: [certificate]).carried.map(\.document.fileID) == ["attp"])
        let result = plan(.upgrade, previous: [])
        #expect(result.carried.isEmpty)
        #expect(result.toRefresh.map(\.typeCode) == [1, 2, 3, 4, 5, 19])
        #expect(result.toRefresh.first { $0.typeCode == 3 }?.reason == "Không có trong hồ sơ trước; cần nộp mới.")
        #expect(plan(.reRecognition, previous: [PreviousDocument(typeCode: 9, fileID: "kn")]).toRefresh.first?.reason
            == "Không rõ ngày cấp; cần tài liệu cấp trong 12 tháng gần nhất.")
    }

    @Test("Chính sách là dữ liệu: tỉnh đổi quy tắc bằng JSON")
    func policyAsData() throws {
        var policy = CarryOverPolicy.standard
        policy.rules[2] = .alwaysNew(reason: "Phương án kinh doanh lập cho giai đoạn tới.")
        let decoded = try JSONDecoder().decode(CarryOverPolicy.self, from: JSONEncoder().encode(policy))
        #expect(decoded == policy)
        #expect(plan(.reRecognition, policy: decoded).toRefresh.contains { $0.typeCode == 2 && $0.reason == "Phương án kinh doanh lập cho giai đoạn tới." })
    }

    /// Each previous document lands exactly once; nothing carried is expired on the day; every required type is
    /// carried or asked for.
    @Test func everyDocumentIsDecidedOnce() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1...22).array(of: 0...12), Gen.int(in: 0...2000).array(of: 12),
                            Gen.int(in: 0...1500), Gen<DossierKind>.case) { codes, offsets, dayOffset, kind in
            let previous = codes.enumerated().map { index, code in
                let issued = F.day("2020-01-01", plus: offsets[index] / 2)
                return PreviousDocument(typeCode: code, fileID: "f\(index)", issuedOn: offsets[index] % 3 == 0 ? nil : issued,
                                        expiresOn: offsets[index] % 2 == 0 ? F.day("2020-01-01", plus: offsets[index]) : nil)
            }
            let day = F.day("2021-01-01", plus: dayOffset)
            let result = DossierCarryOver.plan(previous: previous, on: day, kind: kind, catalogue: F.catalogue, requirements: F.requirements)
            let decided = result.carried.map(\.document.fileID) + result.toRefresh.compactMap(\.previous?.fileID)
            #expect(decided.sorted() == previous.map(\.fileID).sorted())
            #expect(result.carried.allSatisfy { ($0.document.expiresOn.map { $0 > day } ?? true) })
            #expect(result.carried.allSatisfy {
                if case .alwaysNew = CarryOverPolicy.standard.rule(for: $0.document.typeCode) { false } else { true }
            })
            let covered = Set(result.carried.map(\.document.typeCode)).union(result.toRefresh.filter(\.isRequired).map(\.typeCode))
            #expect(Set(F.requirements.items(for: kind).map(\.code)).isSubset(of: covered))
        }
    }
}
