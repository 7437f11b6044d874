import Testing
@testable import OCOPCore

/// Issue 13: a certificate's state at each boundary of its life, with held dates.
@Suite("Vòng đời giấy chứng nhận: còn hiệu lực, trong và quá thời hạn nộp, đã nộp, hết hạn, thu hồi, cấp mới")
struct CertificateLifeTests {
    /// Decided 14/10/2023: expires 14/10/2026; the window runs 17/04/2026 – 16/06/2026.
    let recognition = ProductRecognition(star: .four, decisionNumber: "3756/QĐ-UBND",
                                         decisionDay: CalendarDay(year: 2023, month: 10, day: 14)!, issuer: .province)
    var expiry: CalendarDay { CalendarDay(year: 2026, month: 10, day: 14)! }
    func before(_ days: Int) -> CalendarDay { expiry.adding(days: -days) }

    @Test("Không nộp: còn hiệu lực đến 181 ngày trước hạn; trong thời hạn từ 180 đến 120; quá hạn nộp từ 119; hết hạn từ ngày hết hạn")
    func withoutFiling() {
        let life = CertificateLife(recognition)
        #expect(life.state(on: recognition.decisionDay) == .valid)
        #expect(life.state(on: before(181)) == .valid)
        #expect(life.state(on: before(180)) == .windowOpen)
        #expect(life.state(on: before(120)) == .windowOpen)
        #expect(life.state(on: before(119)) == .windowMissed)
        #expect(life.state(on: expiry.previous) == .windowMissed)
        #expect(life.state(on: expiry) == .expired)
        #expect(CertificateLifeState.windowMissed.isInForce && !CertificateLifeState.expired.isInForce)
    }

    @Test("Đã nộp: đúng hạn thì còn hiệu lực đến ngày hết hạn; nộp muộn thì kéo dài tối đa 180 ngày sau ngày hết hạn")
    func withFiling() {
        let onTime = CertificateLife(recognition, pendingFiling: .onTime)
        #expect(onTime.state(on: before(150)) == .reEvaluationFiled)
        #expect(onTime.state(on: expiry.previous) == .reEvaluationFiled)
        #expect(onTime.state(on: expiry) == .expired)
        let late = CertificateLife(recognition, pendingFiling: .late)
        #expect(late.state(on: expiry) == .reEvaluationFiled)
        #expect(late.state(on: expiry.adding(days: 179)) == .reEvaluationFiled)
        #expect(late.state(on: expiry.adding(days: 180)) == .expired)
    }

    @Test("Thu hồi và cấp mới kết thúc giấy chứng nhận từ ngày của quyết định, dù còn hạn hay đã nộp")
    func revokedOrReplaced() {
        let revokedOn = CalendarDay(year: 2025, month: 3, day: 1)!
        let revoked = CertificateLife(recognition, pendingFiling: .onTime, revokedOn: revokedOn)
        #expect(revoked.state(on: revokedOn.previous) == .reEvaluationFiled)
        #expect(revoked.state(on: revokedOn) == .revoked)
        #expect(revoked.state(on: expiry.adding(days: 400)) == .revoked)
        let replacedOn = before(60)
        let replaced = CertificateLife(recognition, replacedOn: replacedOn)
        #expect(replaced.state(on: replacedOn.previous) == .windowMissed)
        #expect(replaced.state(on: replacedOn) == .replaced)
        #expect(CertificateLifeState.allCases.allSatisfy { !$0.title.isEmpty })
    }
}

@Suite("Nhắc việc theo vòng đời giấy chứng nhận: đúng ngày, một lần, không nhắc khi đã nộp hay bị thu hồi")
struct CertificateReminderTests {
    let recognition = ProductRecognition(star: .three, decisionNumber: "12/QĐ-UBND",
                                         decisionDay: CalendarDay(year: 2023, month: 10, day: 14)!, issuer: .province)
    var life: CertificateLife { CertificateLife(recognition) }
    var window: ReEvaluationWindow { life.window }

    @Test("Mỗi lời nhắc đến đúng ngày của nó, không trước; đã gửi thì không gửi lại")
    func onItsDay() {
        #expect(life.reminderDue(on: window.opensOn.previous, sent: []) == nil)
        #expect(life.reminderDue(on: window.opensOn, sent: []) == .windowOpens)
        #expect(life.reminderDue(on: window.opensOn, sent: [.windowOpens]) == nil)
        #expect(CertificateReminder.windowClosesSoon.day(in: window) == window.closesOn.adding(days: -30))
        #expect(life.reminderDue(on: window.closesOn.adding(days: -30), sent: [.windowOpens]) == .windowClosesSoon)
        #expect(life.reminderDue(on: window.closesOn, sent: [.windowOpens, .windowClosesSoon]) == .windowCloses)
        #expect(life.reminderDue(on: window.expiryDay, sent: Set(CertificateReminder.allCases).subtracting([.expires])) == .expires)
    }

    @Test("Bỏ lỡ nhiều ngày: chỉ gửi lời nhắc hiện tại; quá 30 ngày sau ngày của nó thì thôi")
    func catchUp() {
        // The run first happens 5 days after the window's last day: only that notice goes.
        #expect(life.reminderDue(on: window.closesOn.adding(days: 5), sent: []) == .windowCloses)
        #expect(life.reminderDue(on: window.expiryDay.adding(days: 29), sent: []) == .expires)
        #expect(life.reminderDue(on: window.expiryDay.adding(days: 30), sent: []) == nil)
    }

    @Test("Đã nộp hồ sơ đánh giá lại, bị thu hồi hay đã cấp mới: không nhắc")
    func holderActed() {
        #expect(CertificateLife(recognition, pendingFiling: .onTime).reminderDue(on: window.closesOn, sent: []) == nil)
        #expect(CertificateLife(recognition, revokedOn: window.opensOn).reminderDue(on: window.opensOn, sent: []) == nil)
        #expect(CertificateLife(recognition, replacedOn: window.opensOn).reminderDue(on: window.closesOn, sent: []) == nil)
    }
}
