import OCOPCore

/// "Lên lịch phiên họp": when, where, which round, which dossiers; and the working-day warning.
struct MeetingFormModel {
    let councilID: String
    let councilName: String
    let leadDays: Int
    var evaluationRounds: [(value: String, label: String)] = []
    /// Dossiers received into the province's evaluation rounds: (id, label).
    var dossiers: [(id: String, label: String)] = []
    var evaluationRound = ""
    var round = String(MeetingRound.screening.rawValue)
    /// `CouncilProcedure` raw value.
    var procedure = CouncilProcedure.meeting.rawValue
    var day = ""
    var time = "08:00"
    var place = ""
    var picked: Set<String> = []
    var errors: [String: String] = [:]
    /// Set when the date leaves too little time to send the materials; the form asks to confirm.
    var warning: String?
}

/// Trang phiên họp: the agenda, the deadline for the materials, whether they were sent in time.
struct MeetingPageModel {
    struct Item {
        let dossierID: String
        let product: String
        let producer: String
        let commune: String
        /// Whether the reader may open the dossier (officers; members once the materials are sent and when not conflicted).
        let mayOpen: Bool
        /// Why not, for a member.
        let note: String
        /// The member may score it now (seated, materials sent, not conflicted).
        let mayScore: Bool
    }

    let id: String
    let councilID: String
    let councilName: String
    let facts: [(label: String, value: String)]
    let items: [Item]
    let materialsSent: Bool
    /// "Đã gửi ngày … (đủ 3 ngày làm việc)" or the late warning.
    let materialsStatus: String
    let materialsLate: Bool
    let maySend: Bool
    var tests: [SupplementaryTests.Line] = []
    var testForm = TestForm()
    /// By written opinions: why the council must meet instead (spread, members' requests).
    var meetingReasons: [String] = []

    /// "Yêu cầu kiểm nghiệm bổ sung", kept with its errors when refused.
    struct TestForm {
        var dossier = ""
        var requested = ""
        var laboratory = ""
        var errors: [String: String] = [:]
    }
}
