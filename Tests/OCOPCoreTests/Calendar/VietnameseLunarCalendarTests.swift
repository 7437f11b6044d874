import Testing
@testable import OCOPCore

@Suite("Âm lịch Việt Nam (múi giờ UTC+7)")
struct VietnameseLunarCalendarTests {
    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }
    static func lunar(_ year: Int, _ month: Int, _ day: Int, leap: Bool = false) -> LunarDay {
        LunarDay(year: year, month: month, day: day, isLeapMonth: leap)!
    }

    /// Mùng 1 Tết as published for Vietnam. 1985 and 2030 differ from China (20/02/1985,
    /// 03/02/2030): the new moon falls before midnight in UTC+7 but after it in UTC+8, and in
    /// 1984–1985 the leap month moved.
    @Test("Mùng 1 Tết đúng ngày đã công bố", arguments: [
        (1985, "1985-01-21"), (2007, "2007-02-17"), (2020, "2020-01-25"), (2021, "2021-02-12"),
        (2022, "2022-02-01"), (2023, "2023-01-22"), (2024, "2024-02-10"), (2025, "2025-01-29"),
        (2026, "2026-02-17"), (2027, "2027-02-06"), (2030, "2030-02-02"),
    ])
    func tet(year: Int, iso: String) {
        let tet = Self.day(iso)
        #expect(VietnameseLunarCalendar.newYear(of: year) == tet)
        #expect(VietnameseLunarCalendar.lunar(from: tet) == Self.lunar(year, 1, 1))
        let eve = VietnameseLunarCalendar.lunar(from: tet.previous)
        #expect(eve.year == year - 1 && eve.month == 12 && !eve.isLeapMonth && (29...30).contains(eve.day))
        #expect(VietnameseLunarCalendar.lastDay(ofLunarYear: year - 1) == tet.previous)
    }

    /// Tết always falls between 21 January and 20 February (the second new moon after the
    /// winter solstice, or the third after a leap 11 or 12), across the whole supported range.
    @Test("Tết mỗi năm 1900–2199 rơi vào khoảng 21/01–20/02")
    func tetWindow() {
        for year in VietnameseLunarCalendar.supportedYears {
            let tet = VietnameseLunarCalendar.newYear(of: year)!
            #expect(tet >= CalendarDay(year: year, month: 1, day: 21)! && tet <= CalendarDay(year: year, month: 2, day: 20)!,
                    "Tết \(year): \(tet)")
        }
    }

    @Test("Ngày Trung Quốc đón Tết không phải mùng 1 Tết ở Việt Nam")
    func chineseDatesAreNotVietnameseTet() {
        #expect(VietnameseLunarCalendar.lunar(from: Self.day("1985-02-20")) == Self.lunar(1985, 2, 1))
        #expect(VietnameseLunarCalendar.lunar(from: Self.day("2007-02-18")) == Self.lunar(2007, 1, 2))
        #expect(VietnameseLunarCalendar.lunar(from: Self.day("2030-02-03")) == Self.lunar(2030, 1, 2))
    }

    @Test("Giỗ Tổ Hùng Vương 10/3 âm lịch", arguments: [
        (2023, "2023-04-29"), (2024, "2024-04-18"), (2025, "2025-04-07"), (2026, "2026-04-26"),
    ])
    func hungKings(year: Int, iso: String) {
        #expect(VietnameseLunarCalendar.solar(from: Self.lunar(year, 3, 10)) == Self.day(iso))
        #expect(VietnameseLunarCalendar.lunar(from: Self.day(iso)) == Self.lunar(year, 3, 10))
    }

    /// 2020 nhuận tháng 4, 2023 nhuận tháng 2, 2025 nhuận tháng 6; the years between have none.
    @Test("Tháng nhuận: 2020 tháng 4, 2023 tháng 2, 2025 tháng 6")
    func leapMonths() {
        #expect(VietnameseLunarCalendar.leapMonth(ofLunarYear: 2020) == 4)
        #expect(VietnameseLunarCalendar.leapMonth(ofLunarYear: 2023) == 2)
        #expect(VietnameseLunarCalendar.leapMonth(ofLunarYear: 2025) == 6)
        for common in [2021, 2022, 2024, 2026, 2027] {
            #expect(VietnameseLunarCalendar.leapMonth(ofLunarYear: common) == nil)
        }
        // The leap month starts one lunation after the ordinary month of the same number.
        #expect(VietnameseLunarCalendar.solar(from: Self.lunar(2023, 2, 1)) == Self.day("2023-02-20"))
        #expect(VietnameseLunarCalendar.solar(from: Self.lunar(2023, 2, 1, leap: true)) == Self.day("2023-03-22"))
        #expect(VietnameseLunarCalendar.solar(from: Self.lunar(2020, 4, 1, leap: true)) == Self.day("2020-05-23"))
        #expect(VietnameseLunarCalendar.solar(from: Self.lunar(2025, 6, 1, leap: true)) == Self.day("2025-07-25"))
        #expect(VietnameseLunarCalendar.lunar(from: Self.day("2023-03-22")) == Self.lunar(2023, 2, 1, leap: true))
        // A leap month pushes what follows: Tết Trung thu (15/8) came late in 2025.
        #expect(VietnameseLunarCalendar.solar(from: Self.lunar(2024, 8, 15)) == Self.day("2024-09-17"))
        #expect(VietnameseLunarCalendar.solar(from: Self.lunar(2025, 8, 15)) == Self.day("2025-10-06"))
        // No leap month 3 in 2023, no leap month at all in 2024.
        #expect(VietnameseLunarCalendar.solar(from: Self.lunar(2023, 3, 1, leap: true)) == nil)
        #expect(VietnameseLunarCalendar.solar(from: Self.lunar(2024, 6, 1, leap: true)) == nil)
    }

    /// Published: after the 30th of tháng Chạp before Tết 2024, New Year's Eve falls on the
    /// 29th from Tết 2025 until Tết 2032, and on the 30th again before Tết 2033.
    @Test("Tháng Chạp thiếu từ năm Giáp Thìn đến năm Tân Hợi")
    func shortTwelfthMonths() {
        #expect(VietnameseLunarCalendar.daysInMonth(year: 2023, month: 12) == 30)
        for year in 2024...2031 {
            #expect(VietnameseLunarCalendar.daysInMonth(year: year, month: 12) == 29, "năm \(year)")
        }
        #expect(VietnameseLunarCalendar.daysInMonth(year: 2032, month: 12) == 30)
        #expect(VietnameseLunarCalendar.lastDay(ofLunarYear: 2024) == Self.day("2025-01-28"))
        #expect(VietnameseLunarCalendar.solar(from: Self.lunar(2024, 12, 30)) == nil)
        #expect(VietnameseLunarCalendar.solar(from: Self.lunar(2023, 12, 30)) == Self.day("2024-02-09"))
        #expect(VietnameseLunarCalendar.daysInMonth(year: 2024, month: 5, isLeapMonth: true) == nil)
    }

    @Test("Ngày âm lịch không hợp lệ")
    func invalidLunarDays() {
        #expect(LunarDay(year: 2024, month: 13, day: 1) == nil)
        #expect(LunarDay(year: 2024, month: 0, day: 1) == nil)
        #expect(LunarDay(year: 2024, month: 1, day: 31) == nil)
        #expect(LunarDay(year: 2024, month: 1, day: 0) == nil)
        #expect(Self.lunar(2023, 2, 15, leap: true).description == "15/2 nhuận/2023 âm lịch")
        #expect(Self.lunar(2023, 2, 29) < Self.lunar(2023, 2, 1, leap: true))
        #expect(Self.lunar(2023, 2, 29, leap: true) < Self.lunar(2023, 3, 1))
        #expect(Self.lunar(2023, 12, 30) < Self.lunar(2024, 1, 1))
    }

    /// Every day of 1900–2100 converts to a lunar date and back to itself, the lunar dates follow
    /// each other day by day, months have 29 or 30 days, years 12 or 13 months, and the leap
    /// months met on the way are those `leapMonth(ofLunarYear:)` reports. About 73,000 days.
    @Test("Đổi qua lại mọi ngày 1900–2100 và lịch âm liền mạch")
    func roundTripEveryDay() {
        var day = Self.day("1900-01-01")
        var previous = VietnameseLunarCalendar.lunar(from: day.previous)
        var monthsInYear = 1, leapInYear: Int?
        var failures = 0
        while day.year <= 2100 {
            let lunar = VietnameseLunarCalendar.lunar(from: day)
            if VietnameseLunarCalendar.solar(from: lunar) != day { failures += 1 }
            if lunar.day == 1 {
                let continues = (29...30).contains(previous.day)
                    && (lunar.isLeapMonth ? lunar.month == previous.month && !previous.isLeapMonth
                        : lunar.month == previous.month % 12 + 1)
                #expect(continues, "\(day): \(previous) → \(lunar)")
                if lunar.month == 1 && !lunar.isLeapMonth {
                    #expect(lunar.year == previous.year + 1)
                    if lunar.year > 1900 {
                        #expect(monthsInYear == (leapInYear == nil ? 12 : 13), "năm âm lịch \(previous.year)")
                        #expect(VietnameseLunarCalendar.leapMonth(ofLunarYear: previous.year) == leapInYear,
                                "năm âm lịch \(previous.year)")
                    }
                    monthsInYear = 0
                    leapInYear = nil
                }
                monthsInYear += 1
                if lunar.isLeapMonth { leapInYear = lunar.month }
            } else {
                #expect(lunar.year == previous.year && lunar.month == previous.month
                        && lunar.isLeapMonth == previous.isLeapMonth && lunar.day == previous.day + 1, "\(day)")
            }
            previous = lunar
            day = day.next
        }
        #expect(failures == 0)
    }
}
