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
        /// Records logged by their identifier: one query for all of a kind on the page.
        func named<M: Model>(_ type: String, _ model: M.Type, _ name: (M) -> String) async throws where M.IDValue == UUID {
            let wanted = uuids(type)
            guard !wanted.isEmpty else { return }
            put(type, try await M.query(on: db).filter(\._$id ~~ wanted).all().map { ($0.id!.uuidString, name($0)) })
        }

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
        try await named("council", CouncilRecord.self) { $0.name }
        try await named("meeting", MeetingRecord.self) { $0.title }
        try await named("decision", DecisionRecord.self) { "Số \($0.number)" }
        try await named("forwarding-letter", ForwardingLetterRecord.self) { "Số \($0.number)" }
        try await named("registration-round", RegistrationRoundRecord.self) { $0.name }
        try await named("evaluation-round", EvaluationRoundRecord.self) { $0.name }
        // Criteria sets are logged as "code vN"; the calendar by its ISO day.
        for id in ids["criteria-set"] ?? [] { names[key("criteria-set", id)] = id.replacingOccurrences(of: " v", with: " — phiên bản ") }
        for id in ids["calendar"] ?? [] { names[key("calendar", id)] = CalendarDay(iso: id).map { "ngày \($0.vietnamese)" } }
        return names
    }

    static func key(_ type: String, _ id: String) -> String { type + "#" + id }
}
