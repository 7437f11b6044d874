import Testing
@testable import OCOPCore

private func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

@Suite("Thời hạn 15 ngày làm việc của UBND cấp xã (Điều 7.2)")
struct CommuneDeadlineTests {
    let calendar = WorkingDayCalendar()

    @Test("Qua Giỗ Tổ (nghỉ bù 27/4/2026), 30/4 và 1/5: nhận thứ Hai 20/4 thì hạn thứ Năm 14/5")
    func acrossAprilHolidays() {
        #expect(CommuneDeadline(receivedOn: day("2026-04-20"), calendar: calendar).dueOn == day("2026-05-14"))
    }

    @Test("Qua Tết Nguyên đán 2026 (16–20/2): nhận 09/02 thì hạn 09/03")
    func acrossTet() {
        #expect(CommuneDeadline(receivedOn: day("2026-02-09"), calendar: calendar).dueOn == day("2026-03-09"))
    }

    @Test("Qua Quốc khánh (1–2/9/2026): nhận 24/8 thì hạn 16/9")
    func acrossNationalDay() {
        #expect(CommuneDeadline(receivedOn: day("2026-08-24"), calendar: calendar).dueOn == day("2026-09-16"))
    }

    @Test("Ngày nghỉ thêm và ngày làm bù của tỉnh dời hạn")
    func provinceAdjustments() {
        let dayOff = WorkingDayCalendar(adjustments: [CalendarAdjustment(day: day("2026-09-04"), kind: .dayOff, note: "Nghỉ thêm")])
        #expect(CommuneDeadline(receivedOn: day("2026-08-24"), calendar: dayOff).dueOn == day("2026-09-17"))
        let swapped = WorkingDayCalendar(adjustments: [
            CalendarAdjustment(day: day("2026-09-04"), kind: .dayOff, note: "Nghỉ thêm"),
            CalendarAdjustment(day: day("2026-09-12"), kind: .makeUpWorkingDay, note: "Làm bù"),
        ])
        #expect(CommuneDeadline(receivedOn: day("2026-08-24"), calendar: swapped).dueOn == day("2026-09-16"))
    }

    @Test("Số ngày còn lại, hạn cuối hôm nay, quá hạn (kể cả ngày nghỉ ngay sau hạn)")
    func status() {
        let deadline = CommuneDeadline(receivedOn: day("2026-04-20"), calendar: calendar)
        #expect(deadline.status(on: day("2026-04-20"), calendar: calendar) == .onTime(workingDaysLeft: 15))
        #expect(deadline.status(on: day("2026-05-11"), calendar: calendar) == .onTime(workingDaysLeft: 3))
        #expect(deadline.status(on: day("2026-05-11"), calendar: calendar).isUrgent)
        #expect(!deadline.status(on: day("2026-05-08"), calendar: calendar).isUrgent)
        #expect(deadline.status(on: day("2026-05-14"), calendar: calendar) == .onTime(workingDaysLeft: 0))
        #expect(deadline.status(on: day("2026-05-15"), calendar: calendar) == .overdue(workingDaysLate: 1))
        #expect(deadline.status(on: day("2026-05-18"), calendar: calendar) == .overdue(workingDaysLate: 2))
        #expect(deadline.label(on: day("2026-05-11"), calendar: calendar) == "Còn 3 ngày làm việc (hạn 14/05/2026)")
        #expect(deadline.label(on: day("2026-05-14"), calendar: calendar) == "Hạn cuối hôm nay (hạn 14/05/2026)")
        #expect(deadline.label(on: day("2026-05-18"), calendar: calendar) == "Quá hạn 2 ngày làm việc (hạn 14/05/2026)")
        // Due on a Friday (received 26/8): the Saturday after is overdue with no working day late yet.
        let dueFriday = CommuneDeadline(receivedOn: day("2026-08-26"), calendar: calendar)
        #expect(dueFriday.dueOn == day("2026-09-18"))
        #expect(dueFriday.status(on: day("2026-09-19"), calendar: calendar) == .overdue(workingDaysLate: 0))
        #expect(dueFriday.label(on: day("2026-09-19"), calendar: calendar) == "Quá hạn (hạn 18/09/2026)")
    }
}
