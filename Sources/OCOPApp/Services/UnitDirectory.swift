import Fluent
import OCOPCore

/// Looks up administrative units by code for headings and tables.
enum UnitDirectory {
    static func names(for codes: some Sequence<String>, on database: Database) async throws -> [String: String] {
        let unique = Array(Set(codes))
        guard !unique.isEmpty else { return [:] }
        let units = try await AdminUnit.query(on: database).filter(\.$id ~~ unique).all()
        return Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.nameWithType) })
    }

    /// "Xã Việt Khê, Thành phố Hải Phòng", or "Toàn quốc".
    static func describe(_ location: UnitLocation, on database: Database) async throws -> String {
        let codes = [location.communeCode, location.provinceCode].compactMap { $0 }
        if codes.isEmpty { return "Toàn quốc" }
        let names = try await names(for: codes, on: database)
        return codes.map { names[$0] ?? $0 }.joined(separator: ", ")
    }

    static func rows(_ entries: [AuditEntry], on database: Database) async throws -> [AuditRow] {
        let names = try await names(for: entries.compactMap { $0.communeCode ?? $0.provinceCode }, on: database)
        let subjects = try await AuditSubjects.names(for: entries, on: database)
        return entries.map { AuditRow($0, unitNames: names, subject: subjects[AuditSubjects.key($0.recordType, $0.recordID)]) }
    }
}
