import Crypto
import Fluent
import Foundation
import OCOPCore

/// Kho bộ tiêu chí: the one place that reads and writes criteria sets. A published or retired
/// version never changes: a change is a new version (copy as draft). Every write is audited.
enum CriteriaStore {
    struct Refusal: Error { let message: String }

    static func load(_ record: CriteriaSetRecord) throws -> CriteriaSet {
        try CriteriaSetDocument.load(Data(record.document.utf8))
    }

    static func find(_ id: UUID, on db: Database) async throws -> (CriteriaSetRecord, CriteriaSet)? {
        guard let record = try await CriteriaSetRecord.find(id, on: db) else { return nil }
        return (record, try load(record))
    }

    /// Creates a new version record for `set`, refusing a code and version that already exist.
    @discardableResult
    static func insert(_ set: CriteriaSet, actor: CurrentUser?, action: String, on db: Database) async throws -> CriteriaSetRecord {
        if try await CriteriaSetRecord.query(on: db).filter(\.$code == set.id).filter(\.$version == set.version).first() != nil {
            throw Refusal(message: "Bộ tiêu chí \(set.id) phiên bản \(set.version) đã có. Hãy đổi mã hoặc số phiên bản.")
        }
        let record = CriteriaSetRecord()
        try fill(record, with: set)
        try await db.transaction { tx in
            try await record.create(on: tx)
            try await audit(record, action: action, actor: actor, before: nil, on: tx)
        }
        return record
    }

    /// Replaces the content of a draft; refuses published and retired versions.
    static func update(_ record: CriteriaSetRecord, to set: CriteriaSet, actor: CurrentUser?, action: String, on db: Database) async throws {
        guard record.isEditable else {
            throw Refusal(message: "Bộ tiêu chí đã ban hành hoặc đã ngừng áp dụng không được sửa. Hãy sao chép thành bản nháp mới.")
        }
        try await save(record, set, actor: actor, action: action, on: db)
    }

    /// Moves a version along draft → validated → published → retired, through the lifecycle rules.
    static func transition(_ record: CriteriaSetRecord, to target: CriteriaSetStatus, actor: CurrentUser?, on db: Database) async throws {
        var set = try load(record)
        do {
            if target == .published && set.status == .draft { try set.transition(to: .validated) }
            try set.transition(to: target)
        } catch {
            throw Refusal(message: error.message)
        }
        try await save(record, set, actor: actor, action: "criteria.\(target.rawValue)", on: db)
    }

    /// The next free version of `code`, for copies.
    static func nextVersion(of code: String, on db: Database) async throws -> Int {
        (try await CriteriaSetRecord.query(on: db).filter(\.$code == code).max(\.$version) ?? 0) + 1
    }

    /// Publishes a shipped set as it is. A shipped set is the text of a decision: published without
    /// the lifecycle's rule that a defective set cannot be, because its defects are those of the
    /// official copy (shown with the validator's reasons, and those product sets refused for
    /// scoring), and because rounds must only ever score on versions that can no longer change.
    static func publishAsShipped(_ record: CriteriaSetRecord, on db: Database) async throws {
        var set = try load(record)
        set.status = .published
        try await save(record, set, actor: nil, action: "criteria.published", on: db)
    }

    private static func save(_ record: CriteriaSetRecord, _ set: CriteriaSet, actor: CurrentUser?, action: String, on db: Database) async throws {
        let before = Summary(record)
        try fill(record, with: set)
        try await db.transaction { tx in
            try await record.save(on: tx)
            try await audit(record, action: action, actor: actor, before: before, on: tx)
        }
    }

    private static func fill(_ record: CriteriaSetRecord, with set: CriteriaSet) throws {
        record.code = set.id
        record.version = set.version
        record.name = set.name
        record.status = set.status.rawValue
        if case .province(let code) = set.scope { record.provinceCode = code } else { record.provinceCode = nil }
        record.document = String(decoding: try CriteriaSetDocument.export(set), as: UTF8.self)
        record.productSetCount = set.productSets.count
        record.defectCount = CriteriaSetValidator.validate(set).defects.count
    }

    /// What the audit log keeps of a version: not the whole document, but its fingerprint, so that
    /// the log stays readable and a change of content is still visible.
    struct Summary: Encodable {
        let code: String
        let version: Int
        let status: String
        let defects: Int
        let sha256: String

        init(_ record: CriteriaSetRecord) {
            code = record.code
            version = record.version
            status = record.status
            defects = record.defectCount
            sha256 = SHA256.hash(data: Data(record.document.utf8)).prefix(8).map { String(format: "%02x", $0) }.joined()
        }
    }

    private static func audit(_ record: CriteriaSetRecord, action: String, actor: CurrentUser?, before: Summary?, on db: Database) async throws {
        try await AuditLog.record(
            on: db, actor: actor, action: action, recordType: "criteria-set", recordID: "\(record.code) v\(record.version)",
            location: record.provinceCode.map(UnitLocation.province), before: before, after: Summary(record))
    }
}
