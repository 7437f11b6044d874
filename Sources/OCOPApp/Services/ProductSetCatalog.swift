import Fluent
import OCOPCore

/// Bộ sản phẩm để chọn: the product sets of the criteria sets in the database (the newest version of
/// each set that is not retired), so a product is classified the way it will be scored.
package enum ProductSetCatalog {
    package struct Entry {
        package let criteriaSetCode: String
        let criteriaSetName: String
        package let code: String
        package let name: String

        /// The select box value: "QD148-2023|I.2.b".
        var value: String { "\(criteriaSetCode)|\(code)" }
        var label: String { "\(code) · \(name) — \(criteriaSetName)" }
    }

    package static func entries(on db: Database) async throws -> [Entry] {
        let records = try await CriteriaSetRecord.query(on: db).sort(\.$code).sort(\.$version, .descending).all()
        var seen = Set<String>()
        var entries: [Entry] = []
        for record in records where record.status != CriteriaSetStatus.retired.rawValue && !seen.contains(record.code) {
            seen.insert(record.code)
            let set = try CriteriaStore.load(record) // a stored set that does not load is an error, not a missing entry
            entries += set.productSets.map { Entry(criteriaSetCode: set.id, criteriaSetName: set.id, code: $0.code, name: $0.name) }
        }
        // The set in force (148) first, then the older sets.
        return entries.sorted { ($0.criteriaSetCode.contains("148") ? 0 : 1, $0.criteriaSetCode) < ($1.criteriaSetCode.contains("148") ? 0 : 1, $1.criteriaSetCode) }
    }

    static func find(_ value: String, on db: Database) async throws -> Entry? {
        try await entries(on: db).first { $0.value == value }
    }
}
