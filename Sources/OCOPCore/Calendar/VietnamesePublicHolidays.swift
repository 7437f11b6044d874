/// Một ngày nghỉ lễ, tết of Article 112 of the Labour Code 2019 (Bộ luật Lao động số
/// 45/2019/QH14, Điều 112): a day off with full pay for everyone, public servants included.
public struct PublicHoliday: Sendable, Hashable {
    /// The occasion, named as Article 112 lists it.
    public enum Occasion: String, Sendable, Hashable, CaseIterable {
        case newYear, lunarNewYear, victoryDay, labourDay, nationalDay, hungKings

        public var vietnamese: String {
            switch self {
            case .newYear: "Tết Dương lịch"
            case .lunarNewYear: "Tết Nguyên đán"
            case .victoryDay: "Ngày Chiến thắng"
            case .labourDay: "Ngày Quốc tế lao động"
            case .nationalDay: "Quốc khánh"
            case .hungKings: "Giỗ Tổ Hùng Vương"
            }
        }
    }

    public let day: CalendarDay
    public let occasion: Occasion

    public init(day: CalendarDay, occasion: Occasion) {
        self.day = day
        self.occasion = occasion
    }

    public var name: String { occasion.vietnamese }
}

/// Ngày nghỉ bù: the working day given back for a holiday that fell on a weekly rest day.
/// Labour Code 2019, Article 111(3): "nếu ngày nghỉ hằng tuần trùng với ngày nghỉ lễ, tết …
/// thì người lao động được nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp".
public struct CompensatoryDayOff: Sendable, Hashable {
    public let day: CalendarDay
    /// The holiday that fell on Saturday or Sunday.
    public let holiday: PublicHoliday

    public init(day: CalendarDay, holiday: PublicHoliday) {
        self.day = day
        self.holiday = holiday
    }

    /// "Nghỉ bù Quốc khánh (02/09/2023 trùng Thứ Bảy)".
    public var name: String {
        "Nghỉ bù \(holiday.name) (\(holiday.day.vietnamese) trùng \(holiday.day.weekday.vietnamese))"
    }
}

/// Các ngày nghỉ lễ, tết: the statutory holidays of a solar year and the compensatory days they
/// give, as the working week of public servants (Monday to Friday) sees them.
///
/// Article 112 fixes eight days off a year:
/// - Tết Dương lịch: 1 January;
/// - Tết Âm lịch (Tết Nguyên đán): 5 days;
/// - Ngày Chiến thắng: 30 April; Ngày Quốc tế lao động: 1 May;
/// - Quốc khánh: 2 September and one adjacent day, before or after;
/// - Giỗ Tổ Hùng Vương: 10th day of the 3rd lunar month (the ordinary one when the year has a
///   leap third month).
///
/// For Tết and Quốc khánh the law leaves the exact days to the Prime Minister each year
/// (Article 112(3)). The defaults here are the usual choice: for Tết, the last day of the lunar
/// year and the first four days of the new one; for Quốc khánh, 1 and 2 September (as in 2023
/// and 2025). A year decided otherwise is keyed in `tetDaysBeforeNewYear` /
/// `nationalDayAdjacentDay`; swaps of working days (hoán đổi) are `CalendarAdjustment`s of the
/// `WorkingDayCalendar`.
public struct VietnamesePublicHolidays: Sendable, Hashable, Codable {
    /// The adjacent day of Quốc khánh: 1 September (before) or 3 September (after).
    public enum AdjacentDay: String, Sendable, Hashable, Codable {
        case before, after
    }

    /// Weekly rest days of public servants (ngày nghỉ hằng tuần): Saturday and Sunday.
    public static let weeklyRestDays: Set<Weekday> = [.saturday, .sunday]

    /// Per solar year, how many of the 5 Tết days come before lunar 1/1 (0...4; default 1: the
    /// last day of the lunar year). 2 places Tết on the last two days and mùng 1–3.
    public var tetDaysBeforeNewYear: [Int: Int]
    /// Per solar year, the day joined to 2 September; default `.before` (1 September).
    public var nationalDayAdjacentDay: [Int: AdjacentDay]

    public init(tetDaysBeforeNewYear: [Int: Int] = [:], nationalDayAdjacentDay: [Int: AdjacentDay] = [:]) {
        self.tetDaysBeforeNewYear = tetDaysBeforeNewYear
        self.nationalDayAdjacentDay = nationalDayAdjacentDay
    }

    /// The holidays of solar year `year`, in date order.
    public func holidays(in year: Int) -> [PublicHoliday] {
        var result: [PublicHoliday] = []
        func add(_ day: CalendarDay?, _ occasion: PublicHoliday.Occasion) {
            if let day { result.append(PublicHoliday(day: day, occasion: occasion)) }
        }
        add(CalendarDay(year: year, month: 1, day: 1), .newYear)
        // Lunar 1/1 always falls between 21 January and 20 February, so all of Tết is in `year`.
        if let tet = VietnameseLunarCalendar.newYear(of: year) {
            let before = min(max(tetDaysBeforeNewYear[year] ?? 1, 0), 4)
            for offset in -before..<(5 - before) { add(tet.adding(days: offset), .lunarNewYear) }
        }
        add(LunarDay(year: year, month: 3, day: 10).flatMap(VietnameseLunarCalendar.solar(from:)), .hungKings)
        add(CalendarDay(year: year, month: 4, day: 30), .victoryDay)
        add(CalendarDay(year: year, month: 5, day: 1), .labourDay)
        let adjacent = nationalDayAdjacentDay[year] ?? .before
        add(CalendarDay(year: year, month: 9, day: adjacent == .before ? 1 : 2), .nationalDay)
        add(CalendarDay(year: year, month: 9, day: adjacent == .before ? 2 : 3), .nationalDay)
        return result.sorted { $0.day < $1.day }
    }

    /// The compensatory days of solar year `year`: for each holiday on a Saturday or Sunday, in
    /// date order, the next day that is neither a weekly rest day, a holiday nor already given
    /// back. Tết on a weekend thus pushes its days off past the end of the whole Tết break.
    public func compensatoryDays(in year: Int) -> [CompensatoryDayOff] {
        let holidays = holidays(in: year)
        var taken = Set(holidays.map(\.day))
        var result: [CompensatoryDayOff] = []
        for holiday in holidays where Self.weeklyRestDays.contains(holiday.day.weekday) {
            var day = holiday.day.next
            while Self.weeklyRestDays.contains(day.weekday) || taken.contains(day) { day = day.next }
            taken.insert(day)
            result.append(CompensatoryDayOff(day: day, holiday: holiday))
        }
        return result
    }
}
