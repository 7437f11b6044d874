import Testing
@testable import OCOPCore

/// Issue 13: the four follow-up lists are ranges of expiry days that agree with `CertificateLife`
/// at their ends and leave no gap between them.
@Suite("Danh sách theo dõi giấy chứng nhận: sắp mở, đang mở, quá hạn nộp, hết hạn trong năm")
struct CertificateFollowUpListTests {
    let today = CalendarDay(year: 2026, month: 12, day: 4)!

    /// A certificate that expires on `expiry`, decided 36 months before.
    func life(expiring expiry: CalendarDay) -> CertificateLife {
        let decided = CalendarDay(year: expiry.year - 3, month: expiry.month, day: expiry.day)!
        let recognition = ProductRecognition(star: .three, decisionNumber: "1/QĐ-UBND", decisionDay: decided, issuer: .province)
        #expect(recognition.expiryDay == expiry)
        return CertificateLife(recognition)
    }

    @Test("Mỗi danh sách: ngày đầu và ngày cuối của khoảng cho đúng trạng thái, ngày ngay ngoài khoảng thì không")
    func boundariesAgreeWithLife() {
        for list in CertificateFollowUpList.allCases {
            let range = list.expiryDays(on: today)
            #expect(range.first <= range.last, "\(list)")
            #expect(life(expiring: range.first).state(on: today) == list.stateWhenUnanswered, "\(list) first")
            #expect(life(expiring: range.last).state(on: today) == list.stateWhenUnanswered, "\(list) last")
        }
        // The days just outside: before «sắp mở» is a valid certificate whose window opens in 61 days.
        let opensSoon = CertificateFollowUpList.opensSoon.expiryDays(on: today)
        #expect(life(expiring: opensSoon.last.adding(days: 1)).window.opensOn == today.adding(days: 61))
        #expect(life(expiring: opensSoon.first).window.opensOn == today.adding(days: 1))
        #expect(life(expiring: opensSoon.first.previous).state(on: today) == .windowOpen)
    }

    @Test("Các khoảng nối liền nhau: hết hạn nộp hôm nay là «đang mở», ngày sau đó là «quá hạn nộp», hết hạn hôm nay là «đã hết hạn»")
    func rangesTouch() {
        let open = CertificateFollowUpList.windowOpen.expiryDays(on: today)
        let missed = CertificateFollowUpList.windowMissed.expiryDays(on: today)
        let expired = CertificateFollowUpList.expiredThisYear.expiryDays(on: today)
        let soon = CertificateFollowUpList.opensSoon.expiryDays(on: today)
        #expect(soon.first == open.last.adding(days: 1))
        #expect(open.first == missed.last.adding(days: 1))
        #expect(missed.first == expired.last.adding(days: 1))
        #expect(life(expiring: open.first).window.closesOn == today)
        #expect(expired.first == CalendarDay(year: 2026, month: 1, day: 1)!)
        #expect(expired.last == today)
    }

    @Test("Lời giải thích ghi đúng khoảng ngày")
    func explanationNamesTheDays() {
        #expect(CertificateFollowUpList.windowOpen.explanation(on: today).hasSuffix("hết hạn từ ngày 03/04/2027 đến ngày 02/06/2027."))
        #expect(CertificateFollowUpList.expiredThisYear.explanation(on: today) == "Giấy chứng nhận hết hạn từ ngày 01/01/2026 đến ngày 04/12/2026.")
    }
}
