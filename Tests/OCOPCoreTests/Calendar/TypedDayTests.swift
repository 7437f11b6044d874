import Testing
@testable import OCOPCore

@Suite("Ngày gõ trong biểu mẫu")
struct TypedDayTests {
    @Test("dd/mm/yyyy như giấy tờ in, ngày tháng một chữ số, dấu chấm, và dạng ISO của trình duyệt cũ")
    func readsWhatPeopleType() {
        let day = CalendarDay(year: 2027, month: 6, day: 3)
        #expect(CalendarDay(typed: "03/06/2027") == day)
        #expect(CalendarDay(typed: " 3/6/2027 ") == day)
        #expect(CalendarDay(typed: "03.06.2027") == day)
        #expect(CalendarDay(typed: "2027-06-03") == day)
    }

    @Test("Ngày không có thật, tháng trước ngày kiểu Mỹ khi không hợp lệ, năm hai chữ số: không đọc")
    func refusesWhatIsNotADay() {
        for text in ["31/02/2027", "06/31/2027", "3/6/27", "2027/06/03", "", "hôm nay", "1/1/2027/1"] {
            #expect(CalendarDay(typed: text) == nil, "\(text)")
        }
    }
}
