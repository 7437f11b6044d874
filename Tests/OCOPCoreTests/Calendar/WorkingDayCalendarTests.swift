import Testing
@testable import OCOPCore

private func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

@Suite("Số học ngày: số ngày Julius, thứ, cộng ngày")
struct CalendarDayArithmeticTests {
    @Test("Số ngày Julius và thứ của các ngày đã biết")
    func julianDayAndWeekday() {
        #expect(day("2000-01-01").julianDayNumber == 2_451_545)
        #expect(day("2000-01-01").weekday == .saturday)
        #expect(day("1945-09-02").weekday == .sunday)
        #expect(day("2026-12-10").weekday == .thursday)
        #expect(day("2023-09-02").weekday.vietnamese == "Thứ Bảy")
        #expect(Weekday.sunday.vietnamese == "Chủ nhật")
        #expect(CalendarDay(julianDayNumber: 1_721_426) == day("0001-01-01"))
        #expect(CalendarDay(julianDayNumber: 5_373_484) == day("9999-12-31"))
        #expect(CalendarDay(julianDayNumber: 1_721_425) == nil)
        #expect(CalendarDay(julianDayNumber: 5_373_485) == nil)
    }

    @Test("Cộng ngày qua cuối tháng, năm nhuận, cuối năm")
    func addingDays() {
        #expect(day("2024-02-28").next == day("2024-02-29"))
        #expect(day("2023-02-28").next == day("2023-03-01"))
        #expect(day("2026-12-31").next == day("2027-01-01"))
        #expect(day("2027-01-01").previous == day("2026-12-31"))
        #expect(day("2026-12-10").adding(days: 365) == day("2027-12-10"))
        #expect(day("2026-12-10").adding(days: -3) == day("2026-12-07"))
        #expect(day("2026-01-01").days(to: day("2027-01-01")) == 365)
        #expect(day("2027-01-01").days(to: day("2026-01-01")) == -365)
    }

    @Test("Ngày ↔ số ngày Julius khớp với từng ngày liên tiếp, 1899–2201")
    func julianDayRoundTrip() {
        var current = day("1899-01-01")
        var jdn = current.julianDayNumber
        while current.year < 2202 {
            #expect(CalendarDay(julianDayNumber: jdn) == current)
            #expect(current.weekday.rawValue == (jdn % 7) + 1)
            let tomorrow = CalendarDay(year: current.year, month: current.month, day: current.day + 1)
                ?? CalendarDay(year: current.year, month: current.month + 1, day: 1)
                ?? CalendarDay(year: current.year + 1, month: 1, day: 1)!
            #expect(current.next == tomorrow)
            current = tomorrow
            jdn += 1
        }
    }
}

@Suite("Ngày lễ, tết theo Điều 112 Bộ luật Lao động 2019")
struct VietnamesePublicHolidaysTests {
    let rules = VietnamesePublicHolidays()

    @Test("11 ngày nghỉ năm 2026 với tên tiếng Việt")
    func holidays2026() {
        let holidays = rules.holidays(in: 2026)
        #expect(holidays.map(\.day) == [
            "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
            "2026-04-26", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02",
        ].map(day))
        #expect(holidays.map(\.name) == [
            "Tết Dương lịch", "Tết Nguyên đán", "Tết Nguyên đán", "Tết Nguyên đán", "Tết Nguyên đán",
            "Tết Nguyên đán", "Giỗ Tổ Hùng Vương", "Ngày Chiến thắng", "Ngày Quốc tế lao động",
            "Quốc khánh", "Quốc khánh",
        ])
        // Giỗ Tổ 26/04/2026 is a Sunday: the Monday is given back.
        #expect(rules.compensatoryDays(in: 2026) == [
            CompensatoryDayOff(day: day("2026-04-27"), holiday: holidays[6]),
        ])
    }

    /// Tết 2027 begins on Saturday 06/02: with the last day of the year (Friday 05/02) and
    /// mùng 1–4, the Saturday and Sunday of Tết are given back after the break, on 10 and 11/02.
    @Test("Tết 2027 trùng cuối tuần: nghỉ bù sau kỳ nghỉ Tết")
    func tet2027() {
        let tet = rules.holidays(in: 2027).filter { $0.occasion == .lunarNewYear }.map(\.day)
        #expect(tet == ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"].map(day))
        let givenBack = rules.compensatoryDays(in: 2027)
        #expect(givenBack.filter { $0.holiday.occasion == .lunarNewYear }.map(\.day) == [day("2027-02-10"), day("2027-02-11")])
        #expect(givenBack.first?.name == "Nghỉ bù Tết Nguyên đán (06/02/2027 trùng Thứ Bảy)")
        // 01/05/2027 is a Saturday too: given back on Monday 03/05.
        #expect(givenBack.last == CompensatoryDayOff(day: day("2027-05-03"),
                                                     holiday: PublicHoliday(day: day("2027-05-01"), occasion: .labourDay)))
    }

    @Test("Tết Dương lịch 2028 vào Thứ Bảy: nghỉ bù Thứ Hai 03/01/2028")
    func newYearOnSaturday() {
        #expect(day("2028-01-01").weekday == .saturday)
        #expect(rules.compensatoryDays(in: 2028).first?.day == day("2028-01-03"))
    }

    @Test("Thủ tướng chọn ngày khác: Tết từ 28 tháng Chạp, Quốc khánh 2 và 3/9")
    func overrides() {
        let chosen = VietnamesePublicHolidays(tetDaysBeforeNewYear: [2025: 2], nationalDayAdjacentDay: [2024: .after])
        // 2025 by default: 28/01 (29 tháng Chạp, the last day) to 01/02, a Saturday given back on 03/02.
        #expect(rules.holidays(in: 2025).filter { $0.occasion == .lunarNewYear }.map(\.day)
            == ["2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01"].map(day))
        #expect(rules.compensatoryDays(in: 2025).map(\.day) == [day("2025-02-03")])
        // Two days before mùng 1: Monday 27/01 to Friday 31/01, nothing to give back.
        #expect(chosen.holidays(in: 2025).filter { $0.occasion == .lunarNewYear }.map(\.day)
            == ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"].map(day))
        #expect(chosen.compensatoryDays(in: 2025).isEmpty)
        #expect(chosen.holidays(in: 2024).filter { $0.occasion == .nationalDay }.map(\.day)
            == [day("2024-09-02"), day("2024-09-03")])
        #expect(chosen.holidays(in: 2023).filter { $0.occasion == .nationalDay }.map(\.day)
            == [day("2023-09-01"), day("2023-09-02")])
    }
}

@Suite("Ngày làm việc và hạn gửi tài liệu phiên họp Hội đồng")
struct WorkingDayCalendarTests {
    let calendar = WorkingDayCalendar()

    @Test("Họp Thứ Năm 10/12/2026: gửi chậm nhất Thứ Hai 07/12/2026")
    func documentedExample() {
        #expect(calendar.latestSendingDay(forMeetingOn: day("2026-12-10"), workingDaysBefore: 3) == day("2026-12-07"))
        #expect(calendar.latestSendingDay(forMeetingOn: day("2026-12-10")) == day("2026-12-07"))
        #expect(calendar.workingDays(from: day("2026-12-07"), to: day("2026-12-10")) == 3)
        #expect(calendar.latestSendingDay(forMeetingOn: day("2026-12-10"), workingDaysBefore: 0) == day("2026-12-10"))
        #expect(calendar.latestSendingDay(forMeetingOn: day("2026-12-10"), workingDaysBefore: -2) == day("2026-12-10"))
    }

    @Test("Qua cuối tuần: họp Thứ Ba 15/12 gửi Thứ Năm 10/12, họp Thứ Hai 14/12 gửi Thứ Tư 09/12")
    func acrossWeekend() {
        #expect(calendar.latestSendingDay(forMeetingOn: day("2026-12-15"), workingDaysBefore: 3) == day("2026-12-10"))
        #expect(calendar.latestSendingDay(forMeetingOn: day("2026-12-14"), workingDaysBefore: 3) == day("2026-12-09"))
        #expect(calendar.reason(day("2026-12-12")) == "Thứ Bảy")
        #expect(calendar.reason(day("2026-12-13")) == "Chủ nhật")
        #expect(calendar.reason(day("2026-12-11")) == nil)
        #expect(calendar.dayOffReason(day("2026-12-13")) == .weeklyRest(.sunday))
    }

    /// Tết 2027 (default placement): off from Friday 05/02 to Thursday 11/02; Friday 12/02 is
    /// the first working day.
    @Test("Qua Tết 2027: họp ngay sau Tết phải gửi tài liệu từ trước Tết")
    func acrossTet2027() {
        for off in ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"] {
            #expect(!calendar.isWorkingDay(day(off)), "\(off)")
        }
        #expect(calendar.isWorkingDay(day("2027-02-04")))
        #expect(calendar.isWorkingDay(day("2027-02-12")))
        #expect(calendar.reason(day("2027-02-07")) == "Tết Nguyên đán")
        #expect(calendar.reason(day("2027-02-11")) == "Nghỉ bù Tết Nguyên đán (07/02/2027 trùng Chủ nhật)")
        #expect(calendar.adding(workingDays: 1, to: day("2027-02-04")) == day("2027-02-12"))
        #expect(calendar.adding(workingDays: -1, to: day("2027-02-12")) == day("2027-02-04"))
        // Meeting on the first working day after Tết: Tuesday 02/02 (Thu 04, Wed 03, Tue 02).
        #expect(calendar.latestSendingDay(forMeetingOn: day("2027-02-12"), workingDaysBefore: 3) == day("2027-02-02"))
        // Monday 15/02: Fri 12, Thu 04, Wed 03.
        #expect(calendar.latestSendingDay(forMeetingOn: day("2027-02-15"), workingDaysBefore: 3) == day("2027-02-03"))
        #expect(calendar.workingDays(from: day("2027-02-01"), to: day("2027-02-28")) == 15)
    }

    /// 02/09/2023 was a Saturday. The rule (1 and 2/09 as holidays, the Saturday given back on
    /// the next working day) yields the break public servants had: Friday 01 to Monday 04/09.
    @Test("Quốc khánh 2023 trùng Thứ Bảy: nghỉ bù Thứ Hai 04/09/2023")
    func nationalDay2023() {
        #expect(calendar.reason(day("2023-09-01")) == "Quốc khánh")
        #expect(calendar.reason(day("2023-09-02")) == "Quốc khánh")
        #expect(calendar.reason(day("2023-09-03")) == "Chủ nhật")
        #expect(calendar.reason(day("2023-09-04")) == "Nghỉ bù Quốc khánh (02/09/2023 trùng Thứ Bảy)")
        #expect(calendar.isWorkingDay(day("2023-08-31")))
        #expect(calendar.isWorkingDay(day("2023-09-05")))
    }

    /// 2024: 02/09 a Monday. Whether 1/09 (a Sunday, given back on Tuesday 03/09) or 3/09 is the
    /// adjacent day, the days off are the same, Saturday 31/08 to Tuesday 03/09; only the reason differs.
    @Test("Quốc khánh 2024: ngày liền kề trước hay sau cho cùng các ngày nghỉ")
    func nationalDay2024() {
        let chosen = WorkingDayCalendar(holidays: VietnamesePublicHolidays(nationalDayAdjacentDay: [2024: .after]))
        for candidate in [calendar, chosen] {
            #expect(candidate.isWorkingDay(day("2024-08-30")))
            for off in ["2024-08-31", "2024-09-01", "2024-09-02", "2024-09-03"] {
                #expect(!candidate.isWorkingDay(day(off)), "\(off)")
            }
            #expect(candidate.isWorkingDay(day("2024-09-04")))
        }
        #expect(calendar.reason(day("2024-09-03")) == "Nghỉ bù Quốc khánh (01/09/2024 trùng Chủ nhật)")
        #expect(chosen.reason(day("2024-09-03")) == "Quốc khánh")
    }

    /// An example swap as governments announce them: 30/04 and 01/05/2025 fall on Wednesday and
    /// Thursday; Friday 02/05 is given off and Saturday 26/04 worked instead.
    @Test("Điều chỉnh của quản trị: ngày nghỉ thêm và ngày làm bù")
    func adjustments() {
        let note = "Theo Thông báo 6150/TB-BLĐTBXH"
        let swapped = WorkingDayCalendar(adjustments: [
            CalendarAdjustment(day: day("2025-05-02"), kind: .dayOff, note: "Nghỉ hoán đổi. \(note)"),
            CalendarAdjustment(day: day("2025-04-26"), kind: .makeUpWorkingDay, note: "Làm bù cho ngày 02/05. \(note)"),
        ])
        #expect(swapped.isWorkingDay(day("2025-04-26")))
        #expect(swapped.reason(day("2025-04-26")) == nil)
        #expect(!calendar.isWorkingDay(day("2025-04-26")))
        #expect(swapped.reason(day("2025-05-02")) == "Nghỉ hoán đổi. Theo Thông báo 6150/TB-BLĐTBXH")
        #expect(swapped.reason(day("2025-04-30")) == "Ngày Chiến thắng")
        #expect(swapped.reason(day("2025-05-01")) == "Ngày Quốc tế lao động")
        // Meeting Tuesday 06/05: Mon 05/05, then back over 04–30/04 to Tue 29 and Mon 28/04.
        #expect(swapped.latestSendingDay(forMeetingOn: day("2025-05-06"), workingDaysBefore: 3) == day("2025-04-28"))
        #expect(calendar.latestSendingDay(forMeetingOn: day("2025-05-06"), workingDaysBefore: 3) == day("2025-04-29"))
        // Meeting Tuesday 29/04: Mon 28, the make-up Saturday 26, Fri 25.
        #expect(swapped.latestSendingDay(forMeetingOn: day("2025-04-29"), workingDaysBefore: 3) == day("2025-04-25"))
        #expect(calendar.latestSendingDay(forMeetingOn: day("2025-04-29"), workingDaysBefore: 3) == day("2025-04-24"))
    }

    @Test("Điều chỉnh có lời cuối: làm bù cả ngày lễ, nhập trùng ngày thì lấy bản sau")
    func adjustmentPrecedence() {
        let adjusted = WorkingDayCalendar(adjustments: [
            CalendarAdjustment(day: day("2026-12-09"), kind: .dayOff, note: "Nghỉ thêm (ví dụ)"),
            CalendarAdjustment(day: day("2026-12-09"), kind: .dayOff, note: "Nghỉ thêm, bản sửa"),
            CalendarAdjustment(day: day("2026-09-02"), kind: .makeUpWorkingDay, note: "Ví dụ"),
            CalendarAdjustment(day: day("2026-12-13"), kind: .dayOff, note: "Ghi chú của quản trị"),
        ])
        #expect(adjusted.reason(day("2026-12-09")) == "Nghỉ thêm, bản sửa")
        #expect(adjusted.isWorkingDay(day("2026-09-02")))
        #expect(adjusted.reason(day("2026-12-13")) == "Ghi chú của quản trị")
        // Meeting Thursday 10/12 with Wednesday 09 off: Tue 08, Mon 07, Fri 04.
        #expect(adjusted.latestSendingDay(forMeetingOn: day("2026-12-10"), workingDaysBefore: 3) == day("2026-12-04"))
    }

    @Test("Đếm và cộng ngày làm việc nhất quán với nhau")
    func countingAndAdding() {
        #expect(calendar.workingDays(from: day("2026-12-07"), to: day("2026-12-07")) == 0)
        #expect(calendar.workingDays(from: day("2026-12-12"), to: day("2026-12-14")) == 0)
        #expect(calendar.workingDays(from: day("2026-12-01"), to: day("2027-01-01")) == 23)
        #expect(calendar.workingDays(from: day("2027-01-01"), to: day("2026-12-01")) == -23)
        #expect(calendar.adding(workingDays: 0, to: day("2026-12-12")) == day("2026-12-12"))
        #expect(calendar.adding(workingDays: 1, to: day("2026-12-12")) == day("2026-12-14"))
        #expect(calendar.adding(workingDays: 5, to: day("2026-12-31")) == day("2027-01-08"))
        // For every meeting day of 2027: the latest sending day is a working day with exactly N
        // working days up to the meeting, and the next day would leave fewer.
        var meeting = day("2027-01-01")
        while meeting.year == 2027 {
            for count in [1, 3, 5] {
                let latest = calendar.latestSendingDay(forMeetingOn: meeting, workingDaysBefore: count)
                #expect(calendar.isWorkingDay(latest))
                #expect(calendar.workingDays(from: latest, to: meeting) == count)
                #expect(calendar.workingDays(from: latest.next, to: meeting) == count - 1)
                #expect(calendar.adding(workingDays: count, to: latest) >= meeting)
            }
            meeting = meeting.next
        }
    }

    @Test("Kiểm tra ngày gửi tài liệu và cảnh báo tiếng Việt")
    func scheduleCheck() {
        let meeting = day("2026-12-10")
        let onTime = calendar.checkSchedule(meeting: meeting, materialsSentOn: day("2026-12-07"), requiredWorkingDays: 3)
        #expect(onTime.isOnTime && onTime.warning == nil && onTime.workingDaysBeforeMeeting == 3)
        #expect(calendar.checkSchedule(meeting: meeting, materialsSentOn: day("2026-12-06")).isOnTime)
        let late = calendar.checkSchedule(meeting: meeting, materialsSentOn: day("2026-12-08"), requiredWorkingDays: 3)
        #expect(!late.isOnTime)
        #expect(late.latestSendingDay == day("2026-12-07"))
        #expect(late.warning == "Tài liệu phải gửi chậm nhất ngày 07/12/2026 (3 ngày làm việc trước phiên họp ngày "
            + "10/12/2026); gửi ngày 08/12/2026 thì thành viên Hội đồng chỉ có 2 ngày làm việc để nghiên cứu.")
        let sameDay = calendar.checkSchedule(meeting: meeting, materialsSentOn: meeting, requiredWorkingDays: 3)
        #expect(sameDay.warning == "Tài liệu phải gửi chậm nhất ngày 07/12/2026 (3 ngày làm việc trước phiên họp ngày "
            + "10/12/2026); gửi ngày 10/12/2026 thì không còn ngày làm việc nào trước phiên họp.")
        #expect(calendar.checkSchedule(meeting: meeting, materialsSentOn: day("2026-12-11")).workingDaysBeforeMeeting == -1)
    }
}
