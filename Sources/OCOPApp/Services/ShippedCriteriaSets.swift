import Fluent
import Foundation
import OCOPCore

/// Bộ tiêu chí kèm theo phần mềm: the decisions' sheets every installation carries, in the order
/// they were shipped, each a fixed (code, version). Starting the app adds the ones a database does
/// not have yet, published (they are the text of decisions; their defects are those of the copy,
/// named by the validator, and the defective product sets are refused for scoring), and retires the
/// versions a later shipped version replaces. A version once in a database is never rewritten:
/// a better reading of the same text is a new version, so dossiers scored on the old one keep it.
enum ShippedCriteriaSets {
    struct Entry: Sendable {
        let code: String
        let version: Int
        /// The shipped version of the same code this one replaces (retired when this one is added).
        let supersedes: Int?
        let make: @Sendable () throws -> CriteriaSet
    }

    /// Oldest first; a database gets them in this order, so version numbers stay those listed.
    static let all: [Entry] = [
        Entry(code: Legacy1048Importer.criteriaSetID, version: 1, supersedes: nil) {
            try Legacy1048Importer.importSet(from: reference("qd1048-2019.json")).criteriaSet
        },
        Entry(code: "QD148-2023", version: 1, supersedes: nil) { CriteriaSet.framework148() },
        // Issue 11: 1048's numbered items read as sub-criteria (tea and coffee add up); dated to 23/02/2023.
        Entry(code: Legacy1048Importer.criteriaSetID, version: 2, supersedes: 1) {
            try Legacy1048Importer.importSet(from: reference("qd1048-2019.json"), reading: .numberedCasesAsSubCriteria).criteriaSet
        },
        // Issue 11: the 26 sheets of 148 (unofficial copy) replace the empty 148 framework.
        Entry(code: "QD148-2023", version: 2, supersedes: 1) {
            var set = try Law26Importer.importSet(criteria: reference("qd148-2023-unofficial.json"),
                                                  classification: reference("classification-qd26-2026.json"),
                                                  edition: .qd148Unofficial).criteriaSet
            set.version = 2
            return set
        },
        // Issue 11: the set in force, as the copy prints it (its typos shown, corrected as a new version).
        Entry(code: Law26Importer.criteriaSetID, version: 1, supersedes: nil) {
            try Law26Importer.importSet(criteria: reference("qd26-2026.json"),
                                        classification: reference("classification-qd26-2026.json")).criteriaSet
        },
    ]

    /// Adds what is missing and retires what it replaces; safe to run at every start and from
    /// several instances at once (the unique (code, version) index keeps one row).
    static func ensure(on db: Database, logger: Logger? = nil) async throws {
        // Only the keys: the documents are large and this runs at every start.
        let present = Set(try await CriteriaSetRecord.query(on: db).field(\.$code).field(\.$version).all()
            .map { "\($0.code) v\($0.version)" })
        for entry in all where !present.contains("\(entry.code) v\(entry.version)") {
            var shipped = try entry.make()
            shipped.status = .published
            do {
                try await CriteriaStore.insert(shipped, actor: nil, action: "criteria.import", on: db)
            } catch is CriteriaStore.Refusal {
                continue // another instance added it between our read and our write
            } catch let error as any DatabaseError where error.isConstraintFailure {
                continue
            }
            logger?.info("Đã nạp bộ tiêu chí \(entry.code) phiên bản \(entry.version).")
            if let old = entry.supersedes { try await retire(code: entry.code, version: old, on: db) }
        }
    }

    private static func retire(code: String, version: Int, on db: Database) async throws {
        guard let record = try await CriteriaSetRecord.query(on: db).filter(\.$code == code).filter(\.$version == version).first(),
              record.status == CriteriaSetStatus.published.rawValue else { return }
        try await CriteriaStore.transition(record, to: .retired, actor: nil, on: db)
    }

    private static func reference(_ name: String) throws -> Data {
        Data(try ResourceFiles.reference(name).utf8)
    }
}
