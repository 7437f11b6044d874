import Testing
@testable import OCOPCore

@Suite("Giấy chứng nhận: số hiệu, hiệu lực 36 tháng, thu hồi")
struct CertificateTests {
    @Test("Số theo tỉnh và năm; cấp trung ương dùng TW")
    func numbering() {
        #expect(Certificate.number(provinceCode: "31", year: 2026, sequence: 7) == "OCOP-31-2026-0007")
        #expect(Certificate.number(provinceCode: nil, year: 2027, sequence: 12345) == "OCOP-TW-2027-12345")
        #expect(Certificate.number(provinceCode: "31", year: 2026, sequence: 1).hasPrefix(Certificate.prefix(provinceCode: "31", year: 2026)))
    }

    @Test("Còn hiệu lực đến trước ngày tròn 36 tháng; hết hiệu lực từ ngày đó; thu hồi thì luôn là thu hồi")
    func status() throws {
        let decided = try #require(CalendarDay(year: 2026, month: 12, day: 1))
        let certificate = Certificate(number: "OCOP-31-2026-0001",
                                      recognition: ProductRecognition(star: .four, decisionNumber: "2156/QĐ-UBND", decisionDay: decided, issuer: .province))
        #expect(certificate.status(on: decided) == .valid)
        #expect(certificate.status(on: try #require(CalendarDay(year: 2029, month: 11, day: 30))) == .valid)
        #expect(certificate.status(on: try #require(CalendarDay(year: 2029, month: 12, day: 1))) == .expired)
        #expect(certificate.status(on: try #require(CalendarDay(year: 2026, month: 11, day: 30))) == .expired)
        var revoked = certificate
        revoked.revoked = true
        #expect(revoked.status(on: decided) == .revoked)
        #expect(CertificateStatus.valid.title == "còn hiệu lực")
    }
}
