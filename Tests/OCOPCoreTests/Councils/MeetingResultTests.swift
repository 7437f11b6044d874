import Testing
@testable import OCOPCore

/// The one result the board, the decision, the minutes and the certificate read.
@Suite("Kết quả phiên họp: một giá trị cho bảng điểm và quyết định")
struct MeetingResultTests {
    typealias F = Fixtures
    let seats = [MeetingResult.Seat(id: "chu-tich", name: "Chủ tịch", position: .chair),
                 MeetingResult.Seat(id: "thu-ky", name: "Thư ký", position: .secretary),
                 MeetingResult.Seat(id: "uy-vien", name: "Ủy viên", position: .member),
                 MeetingResult.Seat(id: "tu-van", name: "Tư vấn", position: .advisor)]
    let trademark = ProducerFacts(hasRegisteredTrademark: true)

    func sheet(_ seat: String, version: Int = 1, submitted: Bool = true, _ answers: AnswerSet = F.maxAnswers, remark: String = "") throws -> MeetingResult.Sheet {
        let total = try ScoringEngine.score(answers, on: F.demoCompiled, facts: trademark).total
        return .init(seatID: seat, version: version, isSubmitted: submitted, total: total, remark: remark, answers: answers, facts: trademark)
    }

    func item(_ sheets: [MeetingResult.Sheet], conflicted: Set<String> = []) -> MeetingResult.Item {
        .init(dossierID: "hs-1", product: "Mắm rươi", criteria: .usable(F.demoSet.productSets[0], in: F.demoSet),
              conflictedSeats: conflicted, sheets: sheets)
    }

    @Test("Ba thành viên nộp phiếu: có kết quả, ra được quyết định; phiếu tư vấn hiện nhưng không tính")
    func conclusive() throws {
        let result = MeetingResult(level: .national, seats: seats, items: [item([
            try sheet("chu-tich", remark: "Bao bì đẹp"), try sheet("thu-ky"), try sheet("uy-vien"), try sheet("tu-van", F.answers(["C.1": Answer(optionID: "1")])),
        ])])
        let row = try #require(result.row(dossierID: "hs-1"))
        #expect(row.verdict?.star == .five)
        #expect(row.verdict?.outcome.quorum.scoring == 3 && row.verdict?.outcome.quorum.members == 3)
        #expect(row.members.map(\.name) == ["Chủ tịch", "Thư ký", "Ủy viên", "Tư vấn"])
        #expect(row.members.map(\.counted) == [true, true, true, false])
        #expect(row.members[0].status == "Đã nộp: 100 điểm")
        #expect(row.remarks == ["Chủ tịch: Bao bì đẹp"])
        #expect(result.decisionProblems.isEmpty)
        #expect(row.state == .scored)
        let decided = MeetingResult(level: .national, seats: seats, items: [item([try sheet("chu-tich")])], decided: true)
        #expect(decided.rows[0].state == .decided)
        #expect(MeetingResult(level: .national, seats: seats, items: [item([try sheet("chu-tich", submitted: false)])]).rows[0].state == .onAgenda)
    }

    @Test("Thiếu chủ tịch hoặc chênh lệch quá 10 điểm: không ra được quyết định, nói rõ vì sao")
    func inconclusive() throws {
        let low = F.answers(["C.1": Answer(optionID: "2"), "C.2": Answer(optionID: "1"), "C.3": Answer(optionID: "1")])
        let spread = MeetingResult(level: .province, seats: seats, items: [item([try sheet("chu-tich"), try sheet("thu-ky"), try sheet("uy-vien", low)])])
        #expect(spread.decisionProblems == ["Mắm rươi: điểm các thành viên chênh nhau quá 10 điểm, cần chấm lại."])
        let noChair = MeetingResult(level: .province, seats: seats, items: [item([try sheet("thu-ky"), try sheet("uy-vien")])])
        #expect(noChair.decisionProblems.count == 1)
        #expect(noChair.decisionProblems[0].hasPrefix("Mắm rươi: "))
        #expect(noChair.row(dossierID: "hs-1")?.members[0].status == "Chưa chấm")
    }

    @Test("Xung đột lợi ích: không tính, không đếm vào túc số; phiếu đã nộp vẫn tính khi đang chấm lại")
    func conflictAndRescore() throws {
        let result = MeetingResult(level: .national, seats: seats, items: [item([
            try sheet("chu-tich"), try sheet("chu-tich", version: 2, submitted: false),
            try sheet("thu-ky"), try sheet("uy-vien"),
        ], conflicted: ["uy-vien"])])
        let row = try #require(result.rows.first)
        #expect(row.members[0].status == "Đã nộp: 100 điểm; đang chấm lại")
        #expect(row.members[2].status == "Xung đột lợi ích – không chấm")
        #expect(row.members[2].counted == false)
        #expect(row.verdict?.outcome.quorum.scoring == 2 && row.verdict?.outcome.quorum.members == 2)
    }

    @Test("Bộ tiêu chí không dùng được: hồ sơ được nêu trong lý do không ra quyết định")
    func unusableCriteria() {
        let broken = MeetingResult.Item(dossierID: "hs-2", product: "Chè", criteria: .unusable("Không tìm thấy bộ tiêu chí."),
                                        conflictedSeats: [], sheets: [])
        let result = MeetingResult(level: .province, seats: seats, items: [broken])
        #expect(result.rows[0].verdict == nil)
        #expect(result.decisionProblems == ["Chè: Không tìm thấy bộ tiêu chí."])
    }
}
