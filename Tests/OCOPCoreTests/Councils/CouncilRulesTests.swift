import Testing
@testable import OCOPCore

@Suite("Hội đồng: xung đột lợi ích, hạn gửi tài liệu")
struct CouncilRulesTests {
    let vietKhe = UnitLocation.commune("11503", inProvince: "31")
    var dossier: DossierScope { DossierScope(producerID: "P1", location: vietKhe) }

    @Test("Hệ thống phát hiện: đại diện của chủ thể, cán bộ của xã nơi chủ thể đăng ký; không phải cán bộ xã khác")
    func detection() {
        let representative = [RoleGrant(role: .producerRepresentative, location: vietKhe, subjectID: "P1")]
        #expect(ConflictOfInterest.detect(memberID: "M", grants: representative, dossierID: "D", dossier: dossier).map(\.kind) == [.representative])
        let officer = [RoleGrant(role: .communeOfficer, location: vietKhe), RoleGrant(role: .councilMember, location: .province("31"))]
        #expect(ConflictOfInterest.detect(memberID: "M", grants: officer, dossierID: "D", dossier: dossier).map(\.kind) == [.communeOfficer])
        let elsewhere = [RoleGrant(role: .communeOfficer, location: .commune("11668", inProvince: "31")),
                         RoleGrant(role: .producerRepresentative, location: vietKhe, subjectID: "P2")]
        #expect(ConflictOfInterest.detect(memberID: "M", grants: elsewhere, dossierID: "D", dossier: dossier).isEmpty)
        // A provincial officer oversees every commune of the province but assessed none: not a conflict by itself.
        let provincial = [RoleGrant(role: .provincialOfficer, location: .province("31"))]
        #expect(ConflictOfInterest.detect(memberID: "M", grants: provincial, dossierID: "D", dossier: dossier).isEmpty)
    }

    @Test("Khai xung đột: loại do hệ thống phát hiện không khai được; «Khác» phải có nội dung")
    func declarations() {
        #expect(ConflictOfInterest.problem(kind: .family, note: "") == nil)
        #expect(ConflictOfInterest.problem(kind: .other, note: "  ") != nil)
        #expect(ConflictOfInterest.problem(kind: .other, note: "Đồng sở hữu cơ sở") == nil)
        #expect(ConflictOfInterest.problem(kind: .representative, note: "x") != nil)
    }

    @Test("Lịch phiên họp: cảnh báo khi hôm nay đã qua hạn gửi tài liệu, kể cả qua Tết")
    func meetingPlan() throws {
        let calendar = WorkingDayCalendar()
        // Thursday 10/12/2026, 3 working days: send by Monday 07/12.
        let thursday = try #require(CalendarDay(year: 2026, month: 12, day: 10))
        let plan = MeetingPlan(meeting: thursday, requiredWorkingDays: 3, calendar: calendar)
        #expect(plan.latestSendingDay == CalendarDay(year: 2026, month: 12, day: 7))
        let monday = try #require(CalendarDay(year: 2026, month: 12, day: 7))
        let tuesday = try #require(CalendarDay(year: 2026, month: 12, day: 8))
        #expect(plan.warning(today: monday) == nil)
        let late = try #require(plan.warning(today: tuesday))
        #expect(late.contains("07/12/2026") && late.contains("3 ngày làm việc"))
        // The first working day after Tết 2027 (Friday 12/02): materials had to go before the holiday.
        let friday = try #require(CalendarDay(year: 2027, month: 2, day: 12))
        let afterTet = MeetingPlan(meeting: friday, requiredWorkingDays: 3, calendar: calendar)
        #expect(afterTet.latestSendingDay == CalendarDay(year: 2027, month: 2, day: 2))
    }

    @Test("Chức danh: Tổ tư vấn không phải thành viên Hội đồng; thứ tự chủ tịch trước")
    func positions() {
        #expect(!CouncilPosition.advisor.isCouncilMember)
        #expect(CouncilPosition.allCases.filter(\.isCouncilMember).count == 4)
        #expect(CouncilPosition.chair < CouncilPosition.member)
    }
}
