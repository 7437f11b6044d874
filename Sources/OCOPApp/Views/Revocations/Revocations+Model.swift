import Foundation
import OCOPCore

/// One decision in the list of revocations.
struct RevocationListRow {
    let id: String
    let number: String
    let signedOn: CalendarDay?
    let ground: RevocationGround
    let count: Int
}

/// A certificate chosen for a step on many (a revocation, an inspection plan), as its table shows it.
struct ChosenCertificate {
    let id: String
    let product: String
    let producer: String
    let commune: String
    let star: Star
    let decision: String
    let lastValidDay: CalendarDay
    let state: CertificateLifeState

    init(_ record: RecognitionRecord, _ names: [String: String], today: CalendarDay) {
        let recognition = record.recognition
        id = record.id!.uuidString
        product = record.product.name
        producer = record.product.producer.name
        commune = names[record.product.communeCode] ?? record.product.communeCode
        star = recognition?.star ?? .three
        decision = recognition.map { "\($0.decisionNumber) ngày \($0.decisionDay.vietnamese)" } ?? record.decisionNumber
        lastValidDay = recognition?.expiryDay.previous ?? today
        state = recognition.map { CertificateLife($0, revokedOn: record.revokedOn.flatMap(CalendarDay.init(iso:))).state(on: today) } ?? .expired
    }
}

/// The revocation form: the certificates chosen, those found by a search to add, what was typed.
struct NewRevocationModel {
    var input: Revocations.Input
    var picker: CertificatePicker
    var errors: [String: String]

    var chosen: [ChosenCertificate] { picker.chosen }
}

/// Quyết định thu hồi, printed: the decision and its annex list.
struct RevocationDocumentModel {
    struct Row {
        let product: String
        let producer: String
        let commune: String
        let star: Star
        let decision: String
    }

    let decision: RevocationRecord
    /// Nil for the minister's decision.
    let provinceName: String?
    let rows: [Row]

    var national: Bool { decision.authority == .national }
    var agency: String { national ? "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" : "ỦY BAN NHÂN DÂN \((provinceName ?? "").uppercased())" }
    var head: String { national ? "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" : "CHỦ TỊCH ỦY BAN NHÂN DÂN \((provinceName ?? "").uppercased())" }
    var place: String { national ? "Hà Nội" : UnitNames.shortName(provinceName ?? "") }
}
