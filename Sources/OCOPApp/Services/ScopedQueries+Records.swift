import Fluent
import Foundation
import OCOPCore

/// Lists of producers, products and dossiers narrowed to the reader: officers see their unit's, a producer
/// representative only the producer they are bound to. The policy still checks every record.
extension ScopedQueries {
    /// The producers a person's representative grants bind them to.
    static func representedProducerIDs(_ grants: [RoleGrant]) -> [UUID] {
        grants.filter { $0.role == .producerRepresentative }.compactMap { $0.subjectID.flatMap(UUID.init(uuidString:)) }
    }

    static func producers(for grants: [RoleGrant], on database: Database) -> QueryBuilder<ProducerRecord> {
        let query = ProducerRecord.query(on: database)
        let locations = readableLocations(grants), ids = representedProducerIDs(grants)
        if locations == [.nation] { return query }
        if locations.isEmpty && ids.isEmpty { return query.filter(\.$id == UUID()) }
        return query.group(.or) { group in
            matchLocations(group, locations)
            if !ids.isEmpty { group.filter(\.$id ~~ ids) }
        }
    }

    static func products(for grants: [RoleGrant], on database: Database) -> QueryBuilder<ProductRecord> {
        let query = ProductRecord.query(on: database)
        let locations = readableLocations(grants), ids = representedProducerIDs(grants)
        if locations == [.nation] { return query }
        if locations.isEmpty && ids.isEmpty { return query.filter(\.$id == UUID()) }
        return query.group(.or) { group in
            matchLocations(group, locations)
            if !ids.isEmpty { group.filter(\.$producer.$id ~~ ids) }
        }
    }

    /// The dossiers a person may read: their producer's, and those filed in their units.
    static func dossiers(for grants: [RoleGrant], on database: Database) -> QueryBuilder<DossierRecord> {
        let query = DossierRecord.query(on: database)
        let locations = readableLocations(grants), ids = representedProducerIDs(grants)
        if locations == [.nation] { return query }
        if locations.isEmpty && ids.isEmpty { return query.filter(\.$id == UUID()) }
        return query.group(.or) { group in
            matchLocations(group, locations)
            if !ids.isEmpty { group.filter(\.$producer.$id ~~ ids) }
        }
    }
}
