import Foundation
import Testing
@testable import OCOPCore

/// Mẫu số 01's receipt numbers and Mẫu số 02's evidence table, as pure rules.
@Suite("Mẫu 01, Mẫu 02: số phiếu, bảng minh chứng, báo cáo")
struct RegistrationFormsTests {
    @Test("Số phiếu: ít nhất ba chữ số, rồi /PĐK-(mã tỉnh)-(mã xã)-(năm)")
    func receiptNumber() {
        #expect(RegistrationReceiptNumber.format(sequence: 1, provinceCode: "31", communeCode: "11503", year: 2026) == "001/PĐK-31-11503-2026")
        #expect(RegistrationReceiptNumber.format(sequence: 42, provinceCode: "01", communeCode: "00376", year: 2027) == "042/PĐK-01-00376-2027")
        #expect(RegistrationReceiptNumber.format(sequence: 1234, provinceCode: "31", communeCode: "11503", year: 2026) == "1234/PĐK-31-11503-2026")
        #expect(ReceiptDesk.commune.deskCode(communeCode: "11503", provinceCode: "31") == "11503")
        #expect(ReceiptDesk.province.deskCode(communeCode: "11503", provinceCode: "31") == "31")
    }

    @Test("Bảng minh chứng của Mẫu 02: mười lăm dòng; tiêu chí lấy dòng theo tên, rồi theo mục; không đoán khi không có")
    func evidenceRows() {
        #expect(SelfAssessmentEvidence.table.count == 15)
        #expect(SelfAssessmentEvidence.rows(criterion: "Sử dụng lao động địa phương", section: "SỨC MẠNH CỘNG ĐỒNG").map(\.content)
                == ["Sử dụng lao động địa phương"])
        #expect(SelfAssessmentEvidence.rows(criterion: "Nguồn gốc sản phẩm", section: "TỔ CHỨC SẢN XUẤT").map(\.content)
                == ["Nguồn gốc nguyên liệu, vùng nguyên liệu, liên kết chuỗi"])
        #expect(SelfAssessmentEvidence.rows(criterion: "Hồ sơ công bố chất lượng sản phẩm", section: "CÔNG BỐ SẢN PHẨM").map(\.content)
                == ["Công bố chất lượng sản phẩm"])
        // The section speaks when the name does not ("Bảo vệ môi trường" is named; "Tạp chất" is not).
        #expect(SelfAssessmentEvidence.rows(criterion: "DINH DƯỠNG", section: "DINH DƯỠNG (theo phiếu kiểm nghiệm)").map(\.content)
                == ["Phiếu kết quả kiểm nghiệm chỉ tiêu chất lượng, an toàn thực phẩm theo tiêu chuẩn công bố"])
        #expect(SelfAssessmentEvidence.rows(criterion: "Tạp chất", section: "CHỈ TIÊU CẢM QUAN").isEmpty)
    }

    @Test("Báo cáo tự đánh giá: lấy các ô của biểu mẫu, bỏ khoảng trắng, chỉ mô tả của tiêu chí có trong phiếu")
    func parseReport() {
        let report = SelfReport.parse(["mau02-plan": "  Mở rộng vùng nguyên liệu \n", "mau02-c-1.1": "Nguyên liệu tại xã",
                                       "mau02-c-9.9": "không có trong phiếu", "mau02-c-1.2": "   "], criteria: ["1.1", "1.2"])
        #expect(report.plan == "Mở rộng vùng nguyên liệu")
        #expect(report.descriptions == ["1.1": "Nguyên liệu tại xã"])
        #expect(SelfReport.fields.count == 10)
        #expect(Set(SelfReport.fields.map(\.name)).count == 10)
        #expect(SelfReport.fields.allSatisfy { InputText.maxLength(for: $0.name) == InputText.longText })
    }
}
