import Testing
@testable import OCOPCore

/// Điều 7.6.a and 12.3 of 26/2026: the filing window counted back from the certificate's expiry,
/// and the extension of a late filer's certificate, at both ends of each bound.
@Suite("Thời hạn nộp hồ sơ đánh giá lại: 180–120 ngày trước ngày hết hạn, kéo dài tối đa 180 ngày")
struct ReEvaluationWindowTests {
    /// Decided 14/10/2023: expires 14/10/2026 (the first day no longer valid).
    let recognition = ProductRecognition(star: .three, decisionNumber: "3756/QĐ-UBND",
                                         decisionDay: CalendarDay(year: 2023, month: 10, day: 14)!, issuer: .district)
    var window: ReEvaluationWindow { ReEvaluationWindow(recognition) }
    var expiry: CalendarDay { CalendarDay(year: 2026, month: 10, day: 14)! }
    func before(_ days: Int) -> CalendarDay { expiry.adding(days: -days) }

    @Test("Ngày mở và đóng: 180 và 120 ngày trước ngày hết hạn")
    func bounds() {
        #expect(window.expiryDay == expiry)
        #expect(window.opensOn == CalendarDay(year: 2026, month: 4, day: 17)!)
        #expect(window.closesOn == CalendarDay(year: 2026, month: 6, day: 16)!)
        #expect(window.lastExtendedDay == CalendarDay(year: 2027, month: 4, day: 11)!)
        #expect(window.extensionEnd == CalendarDay(year: 2027, month: 4, day: 12)!)
    }

    @Test("181 ngày trước: quá sớm; 180 và 120: đúng hạn; 119: muộn; sau ngày hết hạn: muộn")
    func phases() {
        #expect(window.phase(on: before(181)) == .tooEarly)
        #expect(window.phase(on: before(180)) == .onTime)
        #expect(window.phase(on: before(120)) == .onTime)
        #expect(window.phase(on: before(119)) == .late)
        #expect(window.phase(on: expiry) == .late)
        #expect(window.phase(on: expiry.adding(days: 200)) == .late)
    }

    @Test("Nộp quá sớm bị từ chối, nêu ngày bắt đầu được nộp; đúng hạn hoặc muộn thì nhận")
    func refusal() throws {
        let message = try #require(window.refusal(filingOn: before(181)))
        #expect(message.contains("từ ngày 17/04/2026 đến ngày 16/06/2026"))
        #expect(message.contains("Vui lòng nộp lại từ ngày 17/04/2026"))
        #expect(window.refusal(filingOn: before(180)) == nil)
        #expect(window.refusal(filingOn: before(119)) == nil)
    }

    @Test("Nộp muộn: giấy chứng nhận kéo dài đến khi có kết quả, không quá 180 ngày sau ngày hết hạn")
    func extension180() {
        let lastValid = expiry.previous
        #expect(window.standing(on: lastValid, filed: .late, decided: false) == .valid(lastDay: lastValid))
        #expect(window.standing(on: expiry, filed: .late, decided: false) == .extended(lastDay: window.lastExtendedDay))
        #expect(window.standing(on: expiry.adding(days: 179), filed: .late, decided: false).isInForce)
        #expect(window.standing(on: expiry.adding(days: 180), filed: .late, decided: false) == .expired(on: expiry))
        // Decided: the extension ends with the result; filed on time or not filed: no extension.
        #expect(window.standing(on: expiry.adding(days: 10), filed: .late, decided: true) == .expired(on: expiry))
        #expect(window.standing(on: expiry, filed: .onTime, decided: false) == .expired(on: expiry))
        #expect(window.standing(on: expiry, filed: nil, decided: false) == .expired(on: expiry))
        #expect(window.filingNote(.late).contains("không quá ngày 11/04/2027"))
    }

    @Test("Thời hạn 45 ngày kể từ ngày nhận đủ hồ sơ: còn, đúng hạn, quá hạn")
    func fortyFiveDays() {
        let received = CalendarDay(year: 2026, month: 11, day: 2)!
        let deadline = ReEvaluationDeadline(completeOn: received)
        #expect(deadline.dueOn == CalendarDay(year: 2026, month: 12, day: 17)!)
        #expect(deadline.status(today: CalendarDay(year: 2026, month: 12, day: 2)!, decidedOn: nil).hasSuffix("; còn 15 ngày."))
        #expect(deadline.status(today: deadline.dueOn, decidedOn: nil).hasSuffix("; còn 0 ngày."))
        #expect(!deadline.isOverdue(today: deadline.dueOn, decidedOn: nil))
        #expect(deadline.isOverdue(today: deadline.dueOn.next, decidedOn: nil))
        #expect(deadline.status(today: deadline.dueOn.adding(days: 3), decidedOn: nil).hasSuffix("; đã quá hạn 3 ngày."))
        #expect(deadline.status(today: deadline.dueOn.adding(days: 9), decidedOn: deadline.dueOn).hasSuffix("trong hạn."))
        #expect(deadline.status(today: deadline.dueOn.adding(days: 9), decidedOn: deadline.dueOn.adding(days: 2)).hasSuffix("quá hạn 2 ngày."))
    }
}
