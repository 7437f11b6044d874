import Foundation
import Fluent
import OCOPCore

/// Narrows queries to what a person's officer grants let them see, so that lists never show a
/// record of another unit. The policy decides single records; this keeps lists consistent with it.
enum ScopedQueries {
    /// The locations the user may read; empty means none, `[.nation]` means everything.
    static func readableLocations(_ grants: [RoleGrant]) -> [UnitLocation] {
        let scopes = grants.compactMap { AccessPolicy().officerScope(of: $0) }
        return scopes.contains(.nation) ? [.nation] : scopes
    }

    static func auditEntries(for grants: [RoleGrant], actorID: UUID, on database: Database) -> QueryBuilder<AuditEntry> {
        let locations = readableLocations(grants)
        let query = AuditEntry.query(on: database)
        if locations == [.nation] { return query }
        return query.group(.or) { group in
            group.filter(\.$actorID == actorID)
            matchLocations(group, locations)
        }
    }

    /// Accounts holding at least one grant inside the user's readable locations.
    static func accountIDs(for grants: [RoleGrant], on database: Database) async throws -> [UUID]? {
        let locations = readableLocations(grants)
        if locations == [.nation] { return nil }
        let query = RoleAssignment.query(on: database).group(.or) { group in
            matchLocations(group, locations)
        }
        return locations.isEmpty ? [] : Array(Set(try await query.all(\.$account.$id)))
    }

    /// Adds to an OR group one condition per location: its commune, or its whole province. Every
    /// record that sits in a unit stores the same two columns, so one helper serves every list.
    static func matchLocations<M: Model>(_ group: QueryBuilder<M>, _ locations: [UnitLocation]) {
        for location in locations {
            if let commune = location.communeCode {
                group.filter(.extendedPath(["commune_code"], schema: M.schema, space: nil), .equal, .bind(commune))
            } else if let province = location.provinceCode {
                group.filter(.extendedPath(["province_code"], schema: M.schema, space: nil), .equal, .bind(province))
            }
        }
    }
}
