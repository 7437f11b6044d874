import Testing
@testable import OCOPCore

@Suite("Công nhận sản phẩm OCOP: hiệu lực 36 tháng")
struct ProductRecognitionTests {
    @Test("Hết hạn đúng 36 tháng sau ngày quyết định")
    func expiry() throws {
        let decided = try #require(CalendarDay(year: 2022, month: 12, day: 28))
        let recognition = ProductRecognition(star: .three, decisionNumber: "4521/QĐ-UBND", decisionDay: decided, issuer: .district)
        #expect(recognition.expiryDay == CalendarDay(year: 2025, month: 12, day: 28))
        #expect(recognition.isValid(on: decided))
        #expect(recognition.isValid(on: try #require(CalendarDay(year: 2025, month: 12, day: 27))))
        #expect(!recognition.isValid(on: recognition.expiryDay))
        #expect(!recognition.isValid(on: try #require(CalendarDay(year: 2026, month: 11, day: 30))))
        #expect(!recognition.isValid(on: try #require(CalendarDay(year: 2022, month: 12, day: 27))), "before the decision")
    }
}
