import OCOPCore

/// Danh sách Hội đồng and the form that sets one up.
struct CouncilListModel {
    struct Row {
        let id: String
        let name: String
        let level: String
        let decision: String
        let term: String
        let members: Int
    }

    struct Form {
        var name = ""
        var decisionNumber = ""
        var decisionDate = ""
        var termFrom = ""
        var termTo = ""
        var materialsLeadDays = String(WorkingDayCalendar.defaultMaterialsLeadTime)
    }

    var rows: [Row] = []
    var mayCreate = false
    var form = Form()
    var errors: [String: String] = [:]
}

/// Trang Hội đồng: the members, the conflicts of interest, the meetings.
struct CouncilPageModel {
    struct Member {
        let id: String
        let name: String
        let username: String
        let agency: String
        let position: String
    }

    struct Conflict {
        let member: String
        let dossier: String
        let kind: String
        let source: String
        let note: String
    }

    struct Meeting {
        let id: String
        let when: String
        let place: String
        let round: String
        let items: Int
        let materials: String
    }

    let id: String
    let facts: [(label: String, value: String)]
    var members: [Member] = []
    var conflicts: [Conflict] = []
    var meetings: [Meeting] = []
    /// Officers who set up councils and the council's secretary.
    var mayRunSecretariat = false
    /// The signed-in person's seat, to declare their own conflicts.
    var ownSeatID: String?
    /// Dossiers a conflict can be declared on: the agendas' dossiers and those received in the province.
    var dossierChoices: [(value: String, label: String)] = []
    var memberChoices: [(value: String, label: String)] = []
    var memberForm = MemberForm()
    var conflictForm = ConflictForm()
    var errors: [String: String] = [:]

    struct MemberForm {
        var username = ""
        var agency = ""
        var position = CouncilPosition.member.rawValue
    }

    struct ConflictForm {
        var member = ""
        var dossier = ""
        var kind = ConflictKind.family.rawValue
        var note = ""
    }
}
