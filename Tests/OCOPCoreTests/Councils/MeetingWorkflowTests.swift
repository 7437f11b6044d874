import Testing
@testable import OCOPCore

/// The meeting's workflow: states from the facts, and which council step each state allows
/// (issue 10: sheets and a decision dated before the meeting, a sheet after the decision).
@Suite("Quy trình phiên họp: trạng thái, bước được làm, ngày họp, ngày ký quyết định")
struct MeetingWorkflowTests {
    let meetingDay = CalendarDay(year: 2026, month: 12, day: 16)!
    var dayBefore: CalendarDay { meetingDay.previous }
    var sent: MeetingFacts { MeetingFacts(day: meetingDay, materialsSentOn: CalendarDay(year: 2026, month: 12, day: 2)!) }

    @Test("Trạng thái: đã lên lịch → đã gửi tài liệu → đang chấm (từ ngày họp) → đã có quyết định")
    func states() {
        let scheduled = MeetingFacts(day: meetingDay)
        #expect(MeetingWorkflow.state(scheduled, today: meetingDay) == .scheduled)
        #expect(MeetingWorkflow.state(sent, today: dayBefore) == .materialsSent)
        #expect(MeetingWorkflow.state(sent, today: meetingDay) == .scoring)
        #expect(MeetingWorkflow.state(sent, today: meetingDay.adding(days: 30)) == .scoring)
        var decided = sent
        decided.decidedOn = meetingDay
        #expect(MeetingWorkflow.state(decided, today: meetingDay) == .decided)
        #expect(MeetingWorkflow.itemState(sent, submittedSheets: 0) == .onAgenda)
        #expect(MeetingWorkflow.itemState(sent, submittedSheets: 2) == .scored)
        #expect(MeetingWorkflow.itemState(decided, submittedSheets: 2) == .decided)
    }

    @Test("Trước khi gửi tài liệu: không chấm, không nộp, không quyết định; gửi tài liệu chỉ một lần")
    func beforeMaterials() {
        let scheduled = MeetingFacts(day: meetingDay)
        #expect(MeetingWorkflow.refusal(.sendMaterials, scheduled, today: dayBefore) == nil)
        #expect(MeetingWorkflow.refusal(.saveDraft, scheduled, today: dayBefore)?.reason == .state)
        #expect(MeetingWorkflow.refusal(.submitSheet, scheduled, today: meetingDay)?.message == "Thư ký chưa gửi tài liệu phiên họp: chưa chấm được.")
        #expect(MeetingWorkflow.refusal(.decide(signedOn: meetingDay), scheduled, today: meetingDay)?.reason == .state)
        #expect(MeetingWorkflow.refusal(.sendMaterials, sent, today: dayBefore) == Refusal(.state, "Tài liệu đã được gửi trước đó."))
    }

    @Test("Trước ngày họp: lưu nháp được; nộp, chấm lại, ban hành quyết định bị từ chối và nói ngày họp")
    func beforeTheMeetingDay() {
        #expect(MeetingWorkflow.refusal(.saveDraft, sent, today: dayBefore) == nil)
        let notYet = Refusal(.state, "Phiên họp ngày 16/12/2026 chưa diễn ra: phiếu chấm được nộp từ ngày họp. Trước đó bạn có thể lưu nháp.")
        #expect(MeetingWorkflow.refusal(.submitSheet, sent, today: dayBefore) == notYet)
        #expect(MeetingWorkflow.refusal(.rescore, sent, today: dayBefore) == notYet)
        #expect(MeetingWorkflow.refusal(.decide(signedOn: dayBefore), sent, today: dayBefore)
            == Refusal(.state, "Phiên họp ngày 16/12/2026 chưa diễn ra: chưa ban hành quyết định được."))
        #expect(MeetingWorkflow.refusal(.submitSheet, sent, today: meetingDay) == nil)
        #expect(MeetingWorkflow.refusal(.rescore, sent, today: meetingDay) == nil)
    }

    @Test("Ngày ký quyết định: không trước ngày họp, không trước phiếu cuối cùng, không sau hôm nay")
    func decisionDate() {
        var facts = sent
        facts.lastSheetOn = meetingDay.adding(days: 2)
        let today = meetingDay.adding(days: 5)
        #expect(MeetingWorkflow.refusal(.decide(signedOn: dayBefore), facts, today: today)
            == Refusal(.content, "Ngày ký quyết định không được trước ngày họp (16/12/2026)."))
        #expect(MeetingWorkflow.refusal(.decide(signedOn: meetingDay.next), facts, today: today)
            == Refusal(.content, "Ngày ký quyết định không được trước ngày nộp phiếu chấm cuối cùng (18/12/2026)."))
        #expect(MeetingWorkflow.refusal(.decide(signedOn: today.next), facts, today: today)?.reason == .content)
        #expect(MeetingWorkflow.refusal(.decide(signedOn: meetingDay.adding(days: 2)), facts, today: today) == nil)
        #expect(MeetingWorkflow.refusal(.decide(signedOn: today), facts, today: today) == nil)
    }

    @Test("Sau quyết định: mọi bước bị từ chối, phiếu đã khóa")
    func afterTheDecision() {
        var decided = sent
        decided.decidedOn = meetingDay
        #expect(MeetingWorkflow.refusal(.requestTest, sent, today: dayBefore) == nil)
        for step in [MeetingStep.sendMaterials, .saveDraft, .submitSheet, .rescore, .requestTest, .decide(signedOn: meetingDay)] {
            #expect(MeetingWorkflow.refusal(step, decided, today: meetingDay.next) == Refusal(.state, MeetingWorkflow.decidedMessage), "\(step)")
        }
    }
}
