import Testing
@testable import OCOPCore

private func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

@Suite("Đợt đánh giá theo Điều 5 Quyết định 26/2026")
struct StatutoryRoundsTests {
    @Test("Cấp tỉnh: đợt 1 đề nghị trước 30/4, kết thúc trước 30/6; đợt 2 trước 30/10 và 30/12")
    func provincialRounds() {
        let rounds = StatutoryRounds.rounds(.province, year: 2026)
        #expect(rounds.map(\.number) == [1, 2])
        #expect(rounds.map(\.proposalsBefore) == [day("2026-04-30"), day("2026-10-30")])
        #expect(rounds.map(\.concludesBefore) == [day("2026-06-30"), day("2026-12-30")])
        #expect(rounds[0].lastProposalDay == day("2026-04-29"))
        #expect(rounds[0].proposedName == "Đánh giá, phân hạng sản phẩm OCOP năm 2026 – đợt 1")
    }

    @Test("Cấp quốc gia: đợt 1 đề nghị trước 30/7, kết thúc trước 30/9; đợt 2 đề nghị trước 30/01, kết thúc trước 30/3 năm sau")
    func nationalRounds() {
        let rounds = StatutoryRounds.rounds(.nation, year: 2026)
        #expect(rounds.map(\.proposalsBefore) == [day("2026-07-30"), day("2027-01-30")])
        #expect(rounds.map(\.concludesBefore) == [day("2026-09-30"), day("2027-03-30")])
        #expect(rounds[1].proposedName == "Đánh giá, phân hạng sản phẩm OCOP cấp quốc gia năm 2026 – đợt 2")
    }

    @Test("Cấp tỉnh: đề nghị ngày 29/4 vào đợt 1; đúng ngày 30/4 và ngày hôm sau sang đợt 2")
    func provincialCutOffOfRoundOne() {
        let onTime = StatutoryRounds.round(.province, forProposalOn: day("2026-04-29"))
        #expect((onTime.year, onTime.number) == (2026, 1))
        let onCutOff = StatutoryRounds.round(.province, forProposalOn: day("2026-04-30"))
        #expect((onCutOff.year, onCutOff.number) == (2026, 2))
        let dayAfter = StatutoryRounds.round(.province, forProposalOn: day("2026-05-01"))
        #expect((dayAfter.year, dayAfter.number) == (2026, 2))
        #expect(dayAfter.concludesBefore == day("2026-12-30"))
    }

    @Test("Cấp tỉnh: sau hạn đợt 2 và cuối năm sang đợt 1 năm sau; đầu năm vào đợt 1 năm đó")
    func provincialEndOfYear() {
        #expect(StatutoryRounds.round(.province, forProposalOn: day("2026-10-29")).number == 2)
        let onCutOff = StatutoryRounds.round(.province, forProposalOn: day("2026-10-30"))
        #expect((onCutOff.year, onCutOff.number) == (2027, 1))
        let lastDay = StatutoryRounds.round(.province, forProposalOn: day("2026-12-31"))
        #expect((lastDay.year, lastDay.number) == (2027, 1))
        #expect(lastDay.proposalsBefore == day("2027-04-30"))
        let newYear = StatutoryRounds.round(.province, forProposalOn: day("2027-01-01"))
        #expect((newYear.year, newYear.number) == (2027, 1))
    }

    @Test("Cấp quốc gia: 29/7 vào đợt 1; 30/7 và 31/7 vào đợt 2 (kết thúc trước 30/3 năm sau); 30/01 sang đợt 1 năm mới")
    func nationalCutOffs() {
        #expect(StatutoryRounds.round(.nation, forProposalOn: day("2026-07-29")).number == 1)
        let onCutOff = StatutoryRounds.round(.nation, forProposalOn: day("2026-07-30"))
        #expect((onCutOff.year, onCutOff.number) == (2026, 2))
        let dayAfter = StatutoryRounds.round(.nation, forProposalOn: day("2026-07-31"))
        #expect((dayAfter.year, dayAfter.number, dayAfter.concludesBefore) == (2026, 2, day("2027-03-30")))
        let december = StatutoryRounds.round(.nation, forProposalOn: day("2026-12-31"))
        #expect((december.year, december.number) == (2026, 2))
        #expect(StatutoryRounds.round(.nation, forProposalOn: day("2027-01-29")).year == 2026)
        let january = StatutoryRounds.round(.nation, forProposalOn: day("2027-01-30"))
        #expect((january.year, january.number) == (2027, 1))
    }

    @Test("Thông báo cho cán bộ: hồ sơ chuyển sau hạn đợt 1 được báo sang đợt 2")
    func notice() {
        #expect(StatutoryRounds.notice(.province, forProposalOn: day("2026-04-29"))
            == "Hồ sơ đề nghị ngày 29/04/2026 thuộc đợt 1 năm 2026 (hồ sơ đề nghị trước ngày 30/04/2026, kết thúc trước ngày 30/06/2026).")
        #expect(StatutoryRounds.notice(.province, forProposalOn: day("2026-05-04"))
            == "Đã qua hạn đề nghị của đợt 1 năm 2026 (trước ngày 30/04/2026): Hồ sơ đề nghị ngày 04/05/2026 thuộc đợt 2 năm 2026 "
            + "(hồ sơ đề nghị trước ngày 30/10/2026, kết thúc trước ngày 30/12/2026).")
        #expect(StatutoryRounds.notice(.province, forProposalOn: day("2026-11-02")).hasPrefix("Đã qua hạn đề nghị của đợt 2 năm 2026"))
        #expect(StatutoryRounds.notice(.province, forProposalOn: day("2026-11-02")).contains("thuộc đợt 1 năm 2027"))
    }
}
