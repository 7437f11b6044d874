import Fluent
import Foundation
import OCOPCore

/// A record that sits in a unit and so can be listed by a `ReadScope`: it stores the unit in the
/// same two columns everywhere (`province_code`, `commune_code` where it has one).
protocol UnitPlacedRecord: Model {
    /// The column naming the record's producer, which that producer's representative reads
    /// whatever the unit; nil for records that belong to no producer.
    static var producerColumn: FieldKey? { get }
    /// Whether the record has a `commune_code` column (rounds and councils sit in a province).
    static var hasCommune: Bool { get }
}

extension UnitPlacedRecord {
    static var producerColumn: FieldKey? { nil }
    static var hasCommune: Bool { true }
}

extension ProducerRecord: UnitPlacedRecord { static var producerColumn: FieldKey? { .id } }
extension ProductRecord: UnitPlacedRecord { static var producerColumn: FieldKey? { "producer_id" } }
extension DossierRecord: UnitPlacedRecord { static var producerColumn: FieldKey? { "producer_id" } }
extension AuditEntry: UnitPlacedRecord {}
extension RoleAssignment: UnitPlacedRecord {}
extension EvaluationRoundRecord: UnitPlacedRecord { static var hasCommune: Bool { false } }
extension CouncilRecord: UnitPlacedRecord { static var hasCommune: Bool { false } }

/// The one query builder of lists: the policy says which records of a kind a person may read
/// (`AccessPolicy.readScope`, checked against single-record decisions by `ReadScopeTests`), and
/// this turns that scope into the WHERE clause, so a list never shows what a click would refuse.
enum ScopedList {
    /// The scope of `kind` for the signed-in person.
    static func scope(_ user: CurrentUser, _ kind: ListedRecord) -> ReadScope {
        AccessPolicy().readScope(user.grants, of: kind)
    }

    /// Records of `M` the person may read; `orAlso` adds the application's own facts to the scope
    /// (a person's own audit entries, the councils they sit on) and must add at least one filter.
    static func query<M: UnitPlacedRecord>(_ type: M.Type, for user: CurrentUser, _ kind: ListedRecord, on db: Database,
                                           orAlso extra: ((QueryBuilder<M>) -> Void)? = nil) -> QueryBuilder<M> {
        narrow(M.query(on: db), to: scope(user, kind), orAlso: extra)
    }

    static func narrow<M: UnitPlacedRecord>(_ query: QueryBuilder<M>, to scope: ReadScope,
                                            orAlso extra: ((QueryBuilder<M>) -> Void)? = nil) -> QueryBuilder<M> {
        narrow(query, to: scope, placedBy: M.self, orAlso: extra)
    }

    /// The same for records placed by another record joined to the query (a recognition by its
    /// product): the scope's conditions name `P`'s columns.
    static func narrow<M: Model, P: UnitPlacedRecord>(_ query: QueryBuilder<M>, to scope: ReadScope, placedBy _: P.Type,
                                                      orAlso extra: ((QueryBuilder<M>) -> Void)? = nil) -> QueryBuilder<M> {
        if scope.everything { return query }
        let producers = scope.producerIDs.compactMap(UUID.init(uuidString:))
        let locations = scope.locations.filter { P.hasCommune || $0.communeCode == nil }
        let column = { (key: FieldKey) in DatabaseQuery.Field.extendedPath([key], schema: P.schema, space: nil) }
        let byProducer = P.producerColumn.flatMap { producers.isEmpty ? nil : $0 }
        // An empty OR group would filter nothing: a scope with no condition must match no row.
        guard !locations.isEmpty || byProducer != nil || extra != nil else {
            return query.filter(column(.id), .equal, .bind(UUID())) // matches no row
        }
        return query.group(.or) { group in
            for location in locations {
                if let commune = location.communeCode {
                    group.filter(column("commune_code"), .equal, .bind(commune))
                } else if let province = location.provinceCode {
                    group.filter(column("province_code"), .equal, .bind(province))
                }
            }
            if let key = byProducer {
                group.filter(column(key), .subset(inverse: false), .array(producers.map { .bind($0) }))
            }
            extra?(group)
        }
    }
}

extension MailMessageRecord: UnitPlacedRecord {}
extension InspectionRecord: UnitPlacedRecord {}
