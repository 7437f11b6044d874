import Fluent
import Foundation
import OCOPCore

/// Việc của thành viên Hội đồng: the meetings a member sits in that are not decided yet, with the
/// state of the member's own sheet for each dossier, for the dashboard (issue 12: after the
/// materials were sent and the meeting opened, the members' dashboard still said their sheets
/// "would appear here"). And, for the province, the meetings whose results wait for its decision.
enum CouncilWork {
    struct Meeting {
        let id: String
        let title: String
        let council: String
        /// What the member can do now: wait for the materials, prepare drafts, or score.
        let status: String
        let sheets: [Sheet]
    }

    struct Sheet {
        let product: String
        let status: String
        /// The sheet's page, when the member may open it (materials sent, no conflict of interest).
        let url: String?
    }

    static func meetings(for user: CurrentUser, today: CalendarDay, on db: Database) async throws -> [Meeting] {
        let seats = try await CouncilMemberRecord.query(on: db).filter(\.$account.$id == user.id).with(\.$council).all()
        guard !seats.isEmpty else { return [] }
        let meetings = try await MeetingRecord.query(on: db).filter(\.$council.$id ~~ seats.map(\.$council.id))
            .sort(\.$day).sort(\.$id).all()
        var work: [Meeting] = []
        for (meeting, facts) in try await CouncilSteps.readingFacts(of: meetings, on: db) {
            let state = MeetingWorkflow.state(facts, today: today)
            guard state != .decided, let seat = seats.first(where: { $0.$council.id == meeting.$council.id }) else { continue }
            let items = try await MeetingItemRecord.query(on: db).filter(\.$meeting.$id == meeting.id!)
                .with(\.$dossier) { $0.with(\.$product) }.sort(\.$position).all()
            let conflicts = try await Councils.conflicts(in: seat.council, dossiers: items.map(\.dossier), on: db)
                .filter { $0.memberID == seat.id!.uuidString }
            let own = try await MemberScoreRecord.query(on: db).filter(\.$meeting.$id == meeting.id!).filter(\.$member.$id == seat.id!).all()
            let sheets = items.map { item -> Sheet in
                let dossierID = item.dossier.id!
                if conflicts.contains(where: { $0.dossierID == dossierID.uuidString }) {
                    return Sheet(product: item.dossier.product.name, status: "Xung đột lợi ích — không chấm", url: nil)
                }
                let versions = own.filter { $0.$dossier.id == dossierID }
                let status = versions.contains(where: \.isSubmitted) ? "Đã nộp phiếu" : (versions.isEmpty ? "Chưa chấm" : "Đang chấm (nháp)")
                let url = state == .scheduled ? nil : SiteURL.scoringSheet(meeting: meeting.id!.uuidString, dossier: dossierID.uuidString).path
                return Sheet(product: item.dossier.product.name, status: status, url: url)
            }
            work.append(Meeting(id: meeting.id!.uuidString, title: meeting.title, council: seat.council.name,
                                status: status(state, facts), sheets: sheets))
        }
        return work
    }

    private static func status(_ state: MeetingState, _ facts: MeetingFacts) -> String {
        switch state {
        case .scheduled: "Chờ Thư ký gửi tài liệu."
        case .materialsSent: "Tài liệu đã gửi. Bạn có thể đọc hồ sơ và lưu nháp; phiếu nộp được từ ngày họp \(facts.day.vietnamese)."
        case .scoring, .decided: "Đang mở chấm điểm: mở từng hồ sơ để chấm và nộp phiếu."
        }
    }

    /// The meetings of the province's councils whose results are complete and wait for the decision.
    static func awaitingDecision(provinceCode: String, today: CalendarDay, on db: Database) async throws -> [MeetingRecord] {
        let councils = try await CouncilRecord.query(on: db).filter(\.$provinceCode == provinceCode).all()
        guard !councils.isEmpty else { return [] }
        let meetings = try await MeetingRecord.query(on: db).filter(\.$council.$id ~~ councils.map { $0.id! })
            .filter(\.$materialsSentOn != nil).sort(\.$day).all()
        var waiting: [MeetingRecord] = []
        // Only the meetings still scoring have their board computed; decided ones are read from one query.
        for (meeting, facts) in try await CouncilSteps.readingFacts(of: meetings, on: db) where MeetingWorkflow.state(facts, today: today) == .scoring {
            guard let council = councils.first(where: { $0.id == meeting.$council.id }) else { continue }
            if try await ScoringBoard.result(meeting: meeting, council: council, on: db).awaitsDecision { waiting.append(meeting) }
        }
        return waiting
    }
}
