import Fluent
import Foundation
import OCOPCore

/// Tên đối tượng trong nhật ký: the names a page of audit entries speaks of — the product of a
/// dossier, the producer of a tax code, the person of a user name, the council, round, meeting or
/// decision of an identifier — looked up in one query per kind of record for the whole page, so
/// that an entry says «Mật ong An Sơn» and not "dossier: 583AD01B-…" (`AuditWording`). A record
/// that no longer exists has no name; its entry names only its kind.
enum AuditSubjects {
    /// Names by `key(type, id)`.
    static func names(for entries: [AuditEntry], on db: Database) async throws -> [String: String] {
        var ids: [String: Set<String>] = [:]
        for entry in entries { ids[entry.recordType, default: []].insert(entry.recordID) }
        var names: [String: String] = [:]
        func put(_ type: String, _ pairs: [(String, String)]) { for (id, name) in pairs { names[key(type, id)] = name } }
        func uuids(_ type: String) -> [UUID] { (ids[type] ?? []).compactMap(UUID.init(uuidString:)) }

        if let usernames = ids["account"] {
            put("account", try await UserAccount.query(on: db).filter(\.$username ~~ Array(usernames)).all()
                .map { ($0.username, "\($0.fullName) (tài khoản \($0.username))") })
        }
        if let taxCodes = ids["producer"] {
            put("producer", try await ProducerRecord.query(on: db).filter(\.$taxCode ~~ Array(taxCodes)).all().map { ($0.taxCode, $0.name) })
        }
        // Products are logged by "tax code/name" (older entries by the name alone): the name is the part after the tax code.
        for id in ids["product"] ?? [] { names[key("product", id)] = id.split(separator: "/", maxSplits: 1).last.map(String.init) ?? id }
        let dossiers = uuids("dossier")
        if !dossiers.isEmpty {
            put("dossier", try await DossierRecord.query(on: db).filter(\.$id ~~ dossiers).with(\.$product).all()
                .map { ($0.id!.uuidString, $0.product.name) })
        }
        let councils = uuids("council")
        if !councils.isEmpty {
            put("council", try await CouncilRecord.query(on: db).filter(\.$id ~~ councils).all().map { ($0.id!.uuidString, $0.name) })
        }
        let meetings = uuids("meeting")
        if !meetings.isEmpty {
            put("meeting", try await MeetingRecord.query(on: db).filter(\.$id ~~ meetings).all().map { ($0.id!.uuidString, MeetingsController.title($0)) })
        }
        let decisions = uuids("decision")
        if !decisions.isEmpty {
            put("decision", try await DecisionRecord.query(on: db).filter(\.$id ~~ decisions).all().map { ($0.id!.uuidString, "Số \($0.number)") })
        }
        let letters = uuids("forwarding-letter")
        if !letters.isEmpty {
            put("forwarding-letter", try await ForwardingLetterRecord.query(on: db).filter(\.$id ~~ letters).all().map { ($0.id!.uuidString, "Số \($0.number)") })
        }
        let registrationRounds = uuids("registration-round")
        if !registrationRounds.isEmpty {
            put("registration-round", try await RegistrationRoundRecord.query(on: db).filter(\.$id ~~ registrationRounds).all().map { ($0.id!.uuidString, $0.name) })
        }
        let evaluationRounds = uuids("evaluation-round")
        if !evaluationRounds.isEmpty {
            put("evaluation-round", try await EvaluationRoundRecord.query(on: db).filter(\.$id ~~ evaluationRounds).all().map { ($0.id!.uuidString, $0.name) })
        }
        // Criteria sets are logged as "code vN"; the calendar by its ISO day.
        for id in ids["criteria-set"] ?? [] { names[key("criteria-set", id)] = id.replacingOccurrences(of: " v", with: " — phiên bản ") }
        for id in ids["calendar"] ?? [] { names[key("calendar", id)] = CalendarDay(iso: id).map { "ngày \($0.vietnamese)" } }
        return names
    }

    static func key(_ type: String, _ id: String) -> String { type + "#" + id }
}
