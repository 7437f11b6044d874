import Foundation
import Fluent
import OCOPCore

/// Bộ sản phẩm để chọn: the product sets of the criteria sets in the database (the newest version of
/// each set that is not retired), so a product is classified the way it will be scored. The sets in
/// force today come first; the lapsed ones (1048, 148) stay choosable, marked, for the products
/// recognised under them.
package enum ProductSetCatalog {
    package struct Entry {
        package let criteriaSetCode: String
        let criteriaSetName: String
        package let code: String
        package let name: String
        let inForce: Bool
        /// Why the sheet cannot be scored (`CriteriaSetValidator`), nil when it can: such a set is
        /// never offered for a product, which would reach the council and stop there (issue 12).
        let defect: String?

        var isUsable: Bool { defect == nil }

        /// The select box value: "QD148-2023|I.2.b".
        var value: String { "\(criteriaSetCode)|\(code)" }
        var label: String { "\(code) · \(name) — \(criteriaSetName)\(inForce ? "" : " (hết hiệu lực)")" }
    }

    package static func entries(on db: Database, today: CalendarDay = .inVietnam(Date())) async throws -> [Entry] {
        let records = try await CriteriaSetRecord.query(on: db).sort(\.$code).sort(\.$version, .descending).all()
        var seen = Set<String>()
        var entries: [Entry] = []
        for record in records where record.status != CriteriaSetStatus.retired.rawValue && !seen.contains(record.code) {
            seen.insert(record.code)
            let set = try CriteriaStore.load(record) // a stored set that does not load is an error, not a missing entry
            let inForce = set.isInForce(on: today)
            entries += set.productSets.map { productSet in
                Entry(criteriaSetCode: set.id, criteriaSetName: set.isUnofficialCopy ? "\(set.id), bản chép không chính thức" : set.id,
                      code: productSet.code, name: productSet.name, inForce: inForce,
                      defect: CriteriaSetValidator.validate(productSet, in: set).first?.message)
            }
        }
        // Stable within a set (the decision's order); sets in force first.
        return entries.enumerated().sorted { ($0.element.inForce ? 0 : 1, $0.offset) < ($1.element.inForce ? 0 : 1, $1.offset) }.map(\.element)
    }

    static func find(_ value: String, on db: Database) async throws -> Entry? {
        try await entries(on: db).first { $0.value == value }
    }
}
