import Fluent
import Foundation
import OCOPCore
import SQLKit

/// Phiếu số of Mẫu số 01: the commune's number when its officer takes the dossier up (the
/// assessment step) and the province's at its intake, each given inside the step's own transaction
/// so that a refused step gives no number. The sequence is a counter row per desk and year raised
/// by one UPDATE … RETURNING: on PostgreSQL the row lock makes a concurrent receipt wait for this
/// one and read the raised value; on SQLite writers are already serialised (IMMEDIATE). A dossier
/// keeps its first number at each desk: a second assessment or a retried request gives none.
enum RegistrationReceipts {
    static let counterTable = "registration_receipt_counters"

    /// The dossier's number at `desk`, given now if it has none yet; in the caller's transaction `tx`.
    @discardableResult
    static func issue(_ desk: ReceiptDesk, for dossier: DossierRecord, actor: CurrentUser, at now: Date = Date(),
                      in tx: Database) async throws -> RegistrationReceiptRecord {
        if let existing = try await receipt(desk, of: dossier.id!, on: tx) { return existing }
        let day = CalendarDay.inVietnam(now)
        let code = desk.deskCode(communeCode: dossier.communeCode, provinceCode: dossier.provinceCode)
        let sequence = try await nextSequence(desk, code: code, year: day.year, on: tx)
        let record = RegistrationReceiptRecord()
        record.$dossier.id = dossier.id!
        record.desk = desk
        record.deskCode = code
        record.year = day.year
        record.sequence = sequence
        record.number = RegistrationReceiptNumber.format(sequence: sequence, provinceCode: dossier.provinceCode,
                                                         communeCode: dossier.communeCode, year: day.year)
        record.receivedOn = day.iso
        record.receivedBy = actor.label
        try await record.create(on: tx)
        try await AuditLog.record(on: tx, actor: actor, action: "dossier.receipt", recordType: "dossier",
                                  recordID: dossier.id!.uuidString, location: dossier.location,
                                  after: ["desk": desk.rawValue, "number": record.number, "receivedOn": day.iso])
        return record
    }

    static func receipt(_ desk: ReceiptDesk, of dossierID: UUID, on db: Database) async throws -> RegistrationReceiptRecord? {
        try await RegistrationReceiptRecord.query(on: db).filter(\.$dossier.$id == dossierID).filter(\.$desk == desk).first()
    }

    /// Both desks' numbers of a dossier.
    static func receipts(of dossierID: UUID, on db: Database) async throws -> [ReceiptDesk: RegistrationReceiptRecord] {
        let rows = try await RegistrationReceiptRecord.query(on: db).filter(\.$dossier.$id == dossierID).all()
        return Dictionary(rows.map { ($0.desk, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Raises the desk's counter for the year (made at 0 the first time) and returns the new value.
    private static func nextSequence(_ desk: ReceiptDesk, code: String, year: Int, on tx: Database) async throws -> Int {
        let sql = tx as! any SQLDatabase
        try await sql.insert(into: counterTable)
            .columns("id", "desk", "desk_code", "year", "last_sequence")
            .values(SQLBind(UUID()), SQLBind(desk.rawValue), SQLBind(code), SQLBind(year), SQLBind(0))
            .ignoringConflicts()
            .run()
        let row = try await sql.update(counterTable)
            .set(SQLIdentifier("last_sequence"), to: SQLRaw("last_sequence + 1"))
            .where("desk", .equal, desk.rawValue)
            .where("desk_code", .equal, code)
            .where("year", .equal, year)
            .returning("last_sequence")
            .first()
        guard let row else { throw RegistrationReceiptError.counterMissing }
        return try row.decode(column: "last_sequence", as: Int.self)
    }
}

enum RegistrationReceiptError: Error {
    /// The counter row was inserted or already there, so the UPDATE cannot miss it.
    case counterMissing
}
