import Testing
@testable import OCOPCore

/// Điều 7.6.d of 26/2026: a re-evaluation is decided by written opinions, with the same sheets and
/// the same decision step as a meeting; a meeting is needed only when opinions diverge or a member asks.
@Suite("Đánh giá lại bằng lấy ý kiến bằng văn bản: không họp, trừ khi ý kiến chênh lệch hoặc có đề nghị họp")
struct WrittenOpinionsTests {
    typealias F = Fixtures
    let opinionsDue = CalendarDay(year: 2026, month: 12, day: 20)!
    let sentOn = CalendarDay(year: 2026, month: 12, day: 2)!
    var facts: MeetingFacts { MeetingFacts(day: opinionsDue, materialsSentOn: sentOn, procedure: .writtenOpinions) }
    let seats = [MeetingResult.Seat(id: "chu-tich", name: "Chủ tịch", position: .chair),
                 MeetingResult.Seat(id: "thu-ky", name: "Thư ký", position: .secretary),
                 MeetingResult.Seat(id: "uy-vien", name: "Ủy viên", position: .member)]
    let trademark = ProducerFacts(hasRegisteredTrademark: true)

    func sheet(_ seat: String, _ answers: AnswerSet = F.maxAnswers) throws -> MeetingResult.Sheet {
        let total = try ScoringEngine.score(answers, on: F.demoCompiled, facts: trademark).total
        return .init(seatID: seat, version: 1, isSubmitted: true, total: total, remark: "", answers: answers, facts: trademark)
    }

    func result(_ sheets: [MeetingResult.Sheet]) -> MeetingResult {
        MeetingResult(level: .province, seats: seats, items: [.init(dossierID: "hs-1", product: "Rượu nếp", criteria: .usable(F.demoSet.productSets[0], in: F.demoSet),
                                                                     conflictedSeats: [], sheets: sheets)])
    }

    @Test("Phiếu được nộp ngay khi gửi phiếu lấy ý kiến, không chờ ngày họp")
    func submitWithoutMeeting() {
        #expect(MeetingWorkflow.state(MeetingFacts(day: opinionsDue, procedure: .writtenOpinions), today: sentOn) == .scheduled)
        #expect(MeetingWorkflow.state(facts, today: sentOn) == .scoring)
        #expect(MeetingWorkflow.refusal(.submitSheet, facts, today: sentOn) == nil)
        #expect(MeetingWorkflow.refusal(.rescore, facts, today: sentOn) == nil)
        // The same facts at a meeting wait for its day.
        var meeting = facts
        meeting.procedure = .meeting
        #expect(MeetingWorkflow.refusal(.submitSheet, meeting, today: sentOn)?.message == MeetingWorkflow.notYetMessage(opinionsDue))
    }

    @Test("Quyết định: từ ngày gửi phiếu và sau phiếu cuối cùng, không cần ngày họp; không sau hôm nay")
    func decideWithoutMeetingDay() {
        var facts = facts
        facts.lastSheetOn = sentOn.adding(days: 3)
        let today = sentOn.adding(days: 5)
        #expect(MeetingWorkflow.refusal(.decide(signedOn: today), facts, today: today) == nil)
        #expect(MeetingWorkflow.refusal(.decide(signedOn: sentOn.adding(days: 2)), facts, today: today)?.message
                == "Ngày ký quyết định không được trước ngày nộp phiếu chấm cuối cùng (05/12/2026).")
        facts.lastSheetOn = nil
        #expect(MeetingWorkflow.refusal(.decide(signedOn: sentOn.previous), facts, today: today)?.message
                == "Ngày ký quyết định không được trước ngày gửi phiếu lấy ý kiến (02/12/2026).")
        #expect(MeetingWorkflow.refusal(.decide(signedOn: today.next), facts, today: today) != nil)
    }

    @Test("Đề nghị họp: chỉ khi lấy ý kiến bằng văn bản, sau khi gửi phiếu, trước khi có quyết định")
    func requestMeeting() {
        #expect(MeetingWorkflow.refusal(.requestMeeting, facts, today: sentOn) == nil)
        #expect(MeetingWorkflow.refusal(.requestMeeting, MeetingFacts(day: opinionsDue, procedure: .writtenOpinions), today: sentOn) != nil)
        var meeting = facts
        meeting.procedure = .meeting
        #expect(MeetingWorkflow.refusal(.requestMeeting, meeting, today: opinionsDue) != nil)
        var decided = facts
        decided.decidedOn = sentOn
        #expect(MeetingWorkflow.refusal(.requestMeeting, decided, today: sentOn)?.message == MeetingWorkflow.decidedMessage)
    }

    @Test("Ý kiến thống nhất: ra quyết định được; chênh quá 10 điểm hoặc có đề nghị họp: phải họp")
    func meetingReasons() throws {
        let agreed = result([try sheet("chu-tich"), try sheet("thu-ky"), try sheet("uy-vien")])
        #expect(WrittenOpinions.decisionProblems(agreed, requests: []).isEmpty)
        let asked = [MeetingRequest(dossierID: "hs-1", member: "Ủy viên", reason: "Quy mô sản xuất thay đổi lớn")]
        #expect(WrittenOpinions.decisionProblems(agreed, requests: asked)
                == ["Rượu nếp: Ủy viên đề nghị họp trực tiếp (Quy mô sản xuất thay đổi lớn) – cần tổ chức họp Hội đồng."])
        let low = F.answers(["C.1": Answer(optionID: "2"), "C.2": Answer(optionID: "1"), "C.3": Answer(optionID: "1")])
        let diverging = result([try sheet("chu-tich"), try sheet("thu-ky"), try sheet("uy-vien", low)])
        #expect(WrittenOpinions.decisionProblems(diverging, requests: [])
                == ["Rượu nếp: ý kiến các thành viên chênh nhau quá 10 điểm – cần tổ chức họp Hội đồng để thảo luận."])
        // Without the chair the quorum problem stays a problem of its own.
        let noChair = result([try sheet("thu-ky"), try sheet("uy-vien")])
        #expect(WrittenOpinions.decisionProblems(noChair, requests: []).count == 1)
        #expect(WrittenOpinions.meetingReasons(noChair, requests: []).isEmpty)
    }

    @Test("Chỉ hồ sơ đánh giá lại được lấy ý kiến bằng văn bản")
    func onlyReEvaluations() {
        #expect(WrittenOpinions.admits(.reRecognition))
        #expect(!WrittenOpinions.admits(.new) && !WrittenOpinions.admits(.upgrade))
    }
}
