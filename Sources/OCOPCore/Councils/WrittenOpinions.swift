/// Hình thức đánh giá của Hội đồng: at a meeting (họp), or by written opinions (lấy ý kiến bằng
/// văn bản), which Điều 7.6.d of Quyết định 26/2026/QĐ-TTg makes the rule for re-evaluations.
public enum CouncilProcedure: String, Sendable, Codable, CaseIterable, Hashable {
    /// Họp Hội đồng: sheets are submitted at the meeting, after the materials rule.
    case meeting
    /// Lấy ý kiến bằng văn bản: members score remotely from the day the papers are sent, until the
    /// day set for their opinions; no meeting, no working-day rule for the materials.
    case writtenOpinions

    public var title: String {
        switch self {
        case .meeting: "Họp Hội đồng"
        case .writtenOpinions: "Lấy ý kiến bằng văn bản"
        }
    }
}

/// Đề nghị họp trực tiếp: a member, scoring by written opinion, asks that the council meet on a dossier.
public struct MeetingRequest: Sendable, Equatable, Hashable {
    public var dossierID: String
    public var member: String
    public var reason: String

    public init(dossierID: String, member: String, reason: String) {
        self.dossierID = dossierID
        self.member = member
        self.reason = reason
    }
}

/// Đánh giá lại bằng hình thức lấy ý kiến bằng văn bản (Điều 7.6.d): the same sheets, board and
/// decision as a meeting (`MeetingResult`, `MeetingWorkflow`, one decision step), with two changes:
/// members submit as soon as the papers are sent, and the council "chỉ tổ chức họp trực tiếp khi có
/// nhiều ý kiến đánh giá khác nhau hoặc có nội dung phức tạp cần thảo luận" — a spread over the limit,
/// or a member's request, means no decision by written opinion: the secretary calls a meeting.
public enum WrittenOpinions {
    /// Only re-evaluation dossiers are decided by written opinions; new and upgrade dossiers take a meeting.
    public static func admits(_ kind: DossierKind) -> Bool { kind == .reRecognition }

    public static let agendaRefusal = "Chỉ hồ sơ đánh giá lại được đánh giá bằng hình thức lấy ý kiến bằng văn bản; hồ sơ đăng ký mới và nâng hạng phải họp Hội đồng."

    /// Why these dossiers need a meeting instead of a written decision, one line per dossier and
    /// cause; empty when the written opinions may be decided.
    public static func meetingReasons(_ result: MeetingResult, requests: [MeetingRequest]) -> [String] {
        result.rows.flatMap { row -> [String] in
            var reasons: [String] = []
            if let outcome = row.verdict?.outcome, outcome.spreadExceeded {
                reasons.append("\(row.product): ý kiến các thành viên chênh nhau quá \(outcome.spreadLimit.vietnamese) điểm – cần tổ chức họp Hội đồng để thảo luận.")
            }
            for request in requests where request.dossierID == row.dossierID {
                let why = request.reason.isEmpty ? "" : " (\(request.reason))"
                reasons.append("\(row.product): \(request.member) đề nghị họp trực tiếp\(why) – cần tổ chức họp Hội đồng.")
            }
            return reasons
        }
    }

    /// Everything that stops a decision on written opinions: the meeting's own problems (quorum,
    /// criteria) and the reasons to meet, the spread said once, as a reason to meet.
    public static func decisionProblems(_ result: MeetingResult, requests: [MeetingRequest]) -> [String] {
        result.problems(includingSpread: false) + meetingReasons(result, requests: requests)
    }
}
