import Foundation

extension CalendarDay {
    /// The day an instant falls on in Vietnam (Asia/Ho_Chi_Minh, UTC+7). Deadlines are Vietnamese
    /// days: a dossier sent at 06:00 on 01/07 in Hải Phòng is late, although a server counting in
    /// UTC would still read 30/06 (23:00) and take it.
    public static func inVietnam(_ instant: Date) -> CalendarDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = VietnameseFormat.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The same day `months` later (or earlier), moved back to the month's last day when it has
    /// fewer days (31/01 + 1 month = 28/02 or 29/02), as validity periods are counted.
    public func addingMonths(_ months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12, newMonth = index % 12 + 1
        let newDay = min(day, CalendarDay.daysIn(month: newMonth, year: newYear))
        return CalendarDay(year: newYear, month: newMonth, day: newDay)!
    }
}
