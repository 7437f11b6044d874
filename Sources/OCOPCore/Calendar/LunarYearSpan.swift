import Foundation

/// The lunar months from one month 11 (the month of a winter solstice) to the next: 12, or 13
/// when the span holds a leap month. Every conversion builds the one span it needs.
struct LunarYearSpan {
    struct Month {
        /// Julian day number of the first day (mùng 1).
        let start: Int
        let number: Int
        let isLeap: Bool
    }

    /// The solar year whose winter solstice falls in the first month.
    let solarYear: Int
    /// Month 11 first, then 12, 1, 2…, with the leap month (if any) flagged.
    let months: [Month]
    /// The first day of the following month 11, where the span ends.
    let end: Int

    /// The span opening with the month 11 that contains the winter solstice of `solarYear`.
    init(startingInSolarYear solarYear: Int) {
        self.init(solarYear: solarYear, first: Astronomy.monthEleven(ofSolarYear: solarYear),
                  next: Astronomy.monthEleven(ofSolarYear: solarYear + 1))
    }

    /// The span that contains day `jdn`, which falls in `solarYear`: the one starting that year
    /// from month 11 on, the one starting the year before until then.
    init(containing jdn: Int, solarYear: Int) {
        let monthEleven = Astronomy.monthEleven(ofSolarYear: solarYear)
        if jdn >= monthEleven.start {
            self.init(solarYear: solarYear, first: monthEleven, next: Astronomy.monthEleven(ofSolarYear: solarYear + 1))
        } else {
            self.init(solarYear: solarYear - 1, first: Astronomy.monthEleven(ofSolarYear: solarYear - 1), next: monthEleven)
        }
    }

    private init(solarYear: Int, first: (lunation: Int, start: Int), next: (lunation: Int, start: Int)) {
        let starts = (first.lunation..<next.lunation).map(Astronomy.newMoonDay)
        // 13 months: the first month after month 11 whose first day and the first day of the
        // following month see the sun in the same sector holds no major term: it is the leap month.
        var leapIndex: Int?
        if starts.count == 13 {
            let sectors = (starts + [next.start]).map(Astronomy.sunSector(atStartOf:))
            leapIndex = (1..<13).first { sectors[$0] == sectors[$0 + 1] }
        }
        var months: [Month] = []
        var number = 11
        for (index, start) in starts.enumerated() {
            let isLeap = index == leapIndex
            if index > 0 && !isLeap { number = number % 12 + 1 }
            months.append(Month(start: start, number: number, isLeap: isLeap))
        }
        self.solarYear = solarYear
        self.months = months
        self.end = next.start
    }

    var leapMonth: Month? { months.first(where: \.isLeap) }

    /// 29 or 30 days.
    func length(ofMonthAt index: Int) -> Int {
        (index + 1 < months.count ? months[index + 1].start : end) - months[index].start
    }

    /// The lunar date of day `jdn`, which must lie in this span.
    func day(at jdn: Int) -> LunarDay {
        let index = months.lastIndex { $0.start <= jdn }!
        let month = months[index]
        // Months 11 and 12 (and a leap one among them) belong to the lunar year that began in
        // `solarYear`; from month 1 on, the next lunar year has begun.
        let newYear = months.firstIndex { $0.number == 1 && !$0.isLeap }!
        let year = index >= newYear ? solarYear + 1 : solarYear
        return LunarDay(unchecked: year, month.number, jdn - month.start + 1, month.isLeap)
    }
}
