import Testing
@testable import OCOPCore

private func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

@Suite("Chuyển tiếp (Điều 12.2): 60 ngày cho đăng ký mới, nâng hạng; 30 ngày cho đánh giá lại")
struct TransitionLimitTests {
    @Test("Nộp trước 22/5/2026: hạn 21/7/2026 (mới, nâng hạng) hoặc 21/6/2026 (đánh giá lại)")
    func filedBefore() throws {
        let new = try #require(TransitionLimit(kind: .new, filedOn: day("2026-05-21")))
        #expect((new.days, new.dueOn) == (60, day("2026-07-21")))
        #expect(TransitionLimit(kind: .upgrade, filedOn: day("2025-11-03"))?.dueOn == day("2026-07-21"))
        let again = try #require(TransitionLimit(kind: .reRecognition, filedOn: day("2026-05-21")))
        #expect((again.days, again.dueOn) == (30, day("2026-06-21")))
        #expect(new.explanation == "Hồ sơ nộp trước ngày 22/05/2026: tiếp tục theo quy định giai đoạn 2021–2025, "
            + "hoàn thành đánh giá, phân hạng chậm nhất ngày 21/07/2026 (60 ngày, Điều 12 Quyết định 26/2026/QĐ-TTg).")
        #expect(!new.isOverdue(on: day("2026-07-21")))
        #expect(new.isOverdue(on: day("2026-07-22")))
    }

    @Test("Nộp từ 22/5/2026: theo 26/2026, không có hạn chuyển tiếp")
    func filedFromEffectiveDay() {
        #expect(TransitionLimit(kind: .new, filedOn: day("2026-05-22")) == nil)
        #expect(TransitionLimit(kind: .reRecognition, filedOn: day("2026-06-01")) == nil)
    }
}
