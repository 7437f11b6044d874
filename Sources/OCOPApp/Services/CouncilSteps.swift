import Fluent
import Foundation
import OCOPCore
import SQLKit

/// Bước của Hội đồng: the one way a council's work changes (schedule, send materials, save or
/// submit a sheet, rescore, decide and certify). Each step runs in one transaction that locks the
/// meeting's row, re-reads its facts, asks `MeetingWorkflow` whether the step may be taken now,
/// runs the change and writes its audit entry and notifications — so two clicks, two members or
/// two instances at once cannot take a step the workflow would refuse (issue 10).
enum CouncilSteps {
    /// What a step did, for the runner to write after the change.
    struct Done<Value: Sendable>: Sendable {
        var value: Value
        var audit: Audit?
        var notices: [Notice] = []
    }

    struct Audit: Sendable {
        var action: String
        var recordType: String
        var recordID: String
        var location: UnitLocation
        var after: [String: String]
    }

    struct Notice: Sendable {
        var text: String
        var link: String
        var dossierID: UUID?
        var to: Set<UUID>
    }

    /// Takes `step` on the meeting, or returns the workflow's (or the body's thrown) refusal.
    static func run<Value: Sendable>(_ step: MeetingStep, meetingID: UUID, actor: CurrentUser, on db: Database,
                                     today: CalendarDay = .inVietnam(Date()),
                                     _ body: @escaping @Sendable (Database, MeetingFacts) async throws -> Done<Value>) async throws -> Result<Value, Refusal> {
        try await commit(actor: actor, on: db) { tx in
            try await lock(meetingID, on: tx)
            let facts = try await facts(of: meetingID, on: tx)
            if let refusal = MeetingWorkflow.refusal(step, facts, today: today) { throw refusal }
            return try await body(tx, facts)
        }
    }

    /// A council change with no meeting yet (scheduling one): one transaction, its audit entry and
    /// notifications.
    static func commit<Value: Sendable>(actor: CurrentUser, on db: Database,
                                        _ body: @escaping @Sendable (Database) async throws -> Done<Value>) async throws -> Result<Value, Refusal> {
        do {
            let value = try await db.transaction { tx -> Value in
                let done = try await body(tx)
                if let audit = done.audit {
                    try await AuditLog.record(on: tx, actor: actor, action: audit.action, recordType: audit.recordType, recordID: audit.recordID,
                                              location: audit.location, after: audit.after)
                }
                for notice in done.notices {
                    try await Notifications.send(notice.text, link: notice.link, dossierID: notice.dossierID, to: notice.to, on: tx)
                }
                return done.value
            }
            return .success(value)
        } catch let refusal as Refusal {
            return .failure(refusal)
        }
    }

    /// The meeting as the workflow sees it: its day, when its materials went, its decision and the
    /// day of its last submitted sheet. A day that does not parse is an error, never a default.
    static func facts(of meetingID: UUID, on db: Database) async throws -> MeetingFacts {
        guard let meeting = try await MeetingRecord.find(meetingID, on: db) else { throw Refusal(.state, "Không tìm thấy phiên họp.") }
        guard let day = meeting.meetingDay else { throw StoredValueError(table: MeetingRecord.schema, column: "day", value: meeting.day) }
        let decision = try await DecisionRecord.query(on: db).filter(\.$meeting.$id == meetingID).first()
        let lastSheet = try await MemberScoreRecord.query(on: db).filter(\.$meeting.$id == meetingID)
            .filter(\.$submittedAt != nil).sort(\.$submittedAt, .descending).first()
        return MeetingFacts(day: day, materialsSentOn: meeting.materialsSentDay, decidedOn: decision?.signedDay,
                            lastSheetOn: lastSheet?.submittedAt.map(CalendarDay.inVietnam))
    }

    /// Holds the meeting's row until the transaction ends (PostgreSQL row lock; SQLite's writers
    /// are already one at a time under BEGIN IMMEDIATE), so steps on one meeting run one after another.
    private static func lock(_ meetingID: UUID, on db: Database) async throws {
        let sql = db as! any SQLDatabase
        try await sql.update(MeetingRecord.schema).set(SQLIdentifier("day"), to: SQLIdentifier("day"))
            .where("id", .equal, meetingID).run()
    }
}
