import Foundation
import OCOPCore

/// Bảng điều khiển: the landing page of each role, with counts read from the database.
struct DashboardModel {
    struct Stat {
        let label: String
        let value: Int
        var url: SiteURL?
    }

    var roleTitle: String
    var scopeName: String
    var stats: [Stat]
    var links: [(label: String, url: SiteURL)]
    var recentActivity: [AuditRow]
    var note: String?
    /// A council member's meetings and sheets (`CouncilWork`).
    var councilWork: [CouncilWork.Meeting] = []
    /// The certificates to follow: each list's count and the first certificates whose window is open.
    var followUp: FollowUp?

    struct FollowUp {
        var counts: [CertificateFollowUpList: Int]
        var firstOpen: [CertificateFollowUp.Row]
        var ownOnly: Bool
    }
}

/// One line of the audit log as pages show it: a sentence (`AuditWording`), its unit, and what changed.
struct AuditRow {
    let at: Date
    let sentence: String
    let unit: String?
    /// What changed, field by field, in words (`AuditDetails`).
    let changes: [AuditDetails.Line]

    /// `subject`: the record's name (`AuditSubjects`), nil when it could not be found.
    init(_ entry: AuditEntry, unitNames: [String: String], subject: String?) {
        at = entry.at
        sentence = AuditWording.sentence(actor: entry.actorName, action: entry.action, recordType: entry.recordType, subject: subject)
        unit = (entry.communeCode ?? entry.provinceCode).flatMap { unitNames[$0] }
        changes = AuditDetails.lines(before: entry.before, after: entry.after)
    }
}
