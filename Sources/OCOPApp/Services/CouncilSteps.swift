import Fluent
import Foundation
import OCOPCore
import SQLKit

/// Bước của Hội đồng: the one way a council's work changes (schedule, send materials, save or
/// submit a sheet, rescore, decide and certify). Each step runs in one transaction that locks the
/// meeting's row, re-reads its facts, asks `MeetingWorkflow` whether the step may be taken now,
/// runs the change, and leaves `RecordedChange` to write its audit entry and notifications — so two
/// clicks, two members or two instances at once cannot take a step the workflow would refuse (issue 10).
enum CouncilSteps {
    /// A meeting step is a recorded change: what it did, its audit entry and its notifications are
    /// `RecordedChange`'s, written by the same runner.
    typealias Done<Value: Sendable> = RecordedChange.Done<Value>
    typealias Audit = RecordedChange.Audit
    typealias Notice = RecordedChange.Notice

    /// Takes `step` on the meeting, or returns the workflow's (or the body's thrown) refusal.
    static func run<Value: Sendable>(_ step: MeetingStep, meetingID: UUID, actor: CurrentUser, on db: Database,
                                     today: CalendarDay = .inVietnam(Date()),
                                     _ body: @escaping @Sendable (Database, MeetingFacts) async throws -> Done<Value>) async throws -> Result<Value, Refusal> {
        try await RecordedChange.commit(actor: actor, on: db) { tx in
            try await lock(meetingID, on: tx)
            let facts = try await facts(of: meetingID, on: tx)
            if let refusal = MeetingWorkflow.refusal(step, facts, today: today) { throw refusal }
            return try await body(tx, facts)
        }
    }

    /// A council change with no meeting yet (scheduling one): `RecordedChange.commit`, kept here so
    /// that every council write reads as a council step.
    static func commit<Value: Sendable>(actor: CurrentUser, on db: Database,
                                        _ body: @escaping @Sendable (Database) async throws -> Done<Value>) async throws -> Result<Value, Refusal> {
        try await RecordedChange.commit(actor: actor, on: db, body)
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
                            lastSheetOn: lastSheet?.submittedAt.map(CalendarDay.inVietnam), procedure: meeting.procedure)
    }

    /// The facts of many meetings for pages and notices that only read their state: one query for
    /// their decisions, the rest from the records already loaded (the last sheet's day matters only
    /// when a decision is signed). A meeting whose day does not parse is left out, not defaulted.
    static func readingFacts(of meetings: [MeetingRecord], on db: Database) async throws -> [(meeting: MeetingRecord, facts: MeetingFacts)] {
        guard !meetings.isEmpty else { return [] }
        let decisions = try await DecisionRecord.query(on: db).filter(\.$meeting.$id ~~ meetings.map { $0.id! }).all()
        let decidedOn = Dictionary(decisions.map { ($0.$meeting.id, $0.signedDay) }, uniquingKeysWith: { first, _ in first })
        return meetings.compactMap { meeting in
            guard let day = meeting.meetingDay else { return nil }
            return (meeting, MeetingFacts(day: day, materialsSentOn: meeting.materialsSentDay, decidedOn: decidedOn[meeting.id!] ?? nil,
                                          procedure: meeting.procedure))
        }
    }

    /// Holds the meeting's row until the transaction ends (PostgreSQL row lock; SQLite's writers
    /// are already one at a time under BEGIN IMMEDIATE), so steps on one meeting run one after another.
    private static func lock(_ meetingID: UUID, on db: Database) async throws {
        let sql = db as! any SQLDatabase
        try await sql.update(MeetingRecord.schema).set(SQLIdentifier("day"), to: SQLIdentifier("day"))
            .where("id", .equal, meetingID).run()
    }
}
