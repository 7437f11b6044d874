import Fluent
import FluentSQL
import Foundation
import OCOPCore

/// Kết quả của hồ sơ: what the province decided about a dossier it received. The workflow's state
/// stays "Tỉnh tiếp nhận" after the decision (the decision belongs to the meeting, not to the
/// dossier's steps); what people look for is the result, so lists and the dossier page show it:
/// "Đã công nhận 4★" when a certificate was issued, "Không đạt" when the decision gave none.
enum DossierOutcome: Equatable, Sendable {
    case recognized(star: Int, revoked: Bool)
    case notRecognized

    var title: String {
        switch self {
        case .recognized(let star, let revoked):
            let stars = Star(rawValue: star).map(String.init(describing:)) ?? "\(star)★"
            return revoked ? "Đã công nhận \(stars), giấy chứng nhận đã bị thu hồi" : "Đã công nhận \(stars)"
        case .notRecognized: return "Không đạt"
        }
    }

    /// The results as tabs of the queue (`ket-qua=`).
    enum Kind: String, CaseIterable, Sendable {
        case recognized = "cong-nhan"
        case notRecognized = "khong-dat"

        var title: String {
            switch self {
            case .recognized: "Đã công nhận"
            case .notRecognized: "Không đạt"
            }
        }

        /// The dossiers with this result, as a condition on `dossiers.id`. Subqueries, not joins: a
        /// dossier on two decided meetings must still count once.
        var condition: DatabaseQuery.Filter {
            switch self {
            case .recognized:
                .sql(unsafeRaw: #""dossiers"."id" IN (SELECT "dossier_id" FROM "certificates")"#)
            case .notRecognized:
                .sql(unsafeRaw: #""dossiers"."id" IN (SELECT "i"."dossier_id" FROM "meeting_items" "i" JOIN "decisions" "d" ON "d"."meeting_id" = "i"."meeting_id") AND "dossiers"."id" NOT IN (SELECT "dossier_id" FROM "certificates")"#)
            }
        }
    }

    /// The results of these dossiers; a dossier not yet decided has none. Three queries whatever the count.
    static func of(_ dossierIDs: [UUID], on db: Database) async throws -> [UUID: DossierOutcome] {
        guard !dossierIDs.isEmpty else { return [:] }
        var outcomes: [UUID: DossierOutcome] = [:]
        let items = try await MeetingItemRecord.query(on: db).filter(\.$dossier.$id ~~ dossierIDs).all()
        let decided = Set(try await DecisionRecord.query(on: db).filter(\.$meeting.$id ~~ Array(Set(items.map(\.$meeting.id)))).all(\.$meeting.$id))
        for item in items where decided.contains(item.$meeting.id) { outcomes[item.$dossier.id] = .notRecognized }
        for certificate in try await CertificateRecord.query(on: db).filter(\.$dossier.$id ~~ dossierIDs).all() {
            outcomes[certificate.$dossier.id] = .recognized(star: certificate.star, revoked: certificate.revokedAt != nil)
        }
        return outcomes
    }
}
