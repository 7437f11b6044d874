import OCOPCore

/// Đợt đăng ký as lists and pages show them.
struct RoundRow {
    let id: String
    let name: String
    let year: Int
    let kinds: String
    let period: String
    let phase: String
    let coverage: String
    let criteriaSet: String
}

struct RoundListModel {
    var rows: [RoundRow]
    var canOpen: Bool
}

/// The open-a-round form as typed, with the choices of this officer.
struct RoundFormModel {
    var name = ""
    var year = ""
    var kinds: Set<String> = [DossierKind.new.rawValue, DossierKind.reRecognition.rawValue]
    var opensOn = ""
    var closesOn = ""
    var criteriaSet = ""
    var communes: Set<String> = []
    var criteriaSetChoices: [(value: String, label: String)] = []
    /// Communes an provincial officer may pick; empty for a commune officer (their own commune).
    var communeChoices: [(value: String, label: String)] = []
    var ownerName = ""
    var errors: [String] = []
}

struct RoundDetailModel {
    let row: RoundRow
    let closesOn: String
    let extensions: [(producer: String, day: String, reason: String, grantedBy: String)]
    let producerChoices: [(value: String, label: String)]
    var extensionErrors: [String] = []
    var form: (producer: String, day: String, reason: String) = ("", "", "")
}
