import Fluent
import Foundation
import OCOPCore

/// Hội đồng: who sees which council, who does the secretary's work, which conflicts bar whom from
/// which dossier, and the working-day calendar (holidays + the administrator's adjustments).
enum Councils {
    /// The councils a person may open: officers see those of their province (national officers and
    /// administrators all), a member those they sit in.
    static func visible(to user: CurrentUser, on db: Database) async throws -> [CouncilRecord] {
        let seats = try await CouncilMemberRecord.query(on: db).filter(\.$account.$id == user.id).all().map(\.$council.id)
        let sitting: ((QueryBuilder<CouncilRecord>) -> Void)? = seats.isEmpty ? nil : { $0.filter(\.$id ~~ seats) }
        return try await ScopedList.query(CouncilRecord.self, for: user, .councils, on: db, orAlso: sitting)
            .sort(\.$decisionDate, .descending).all()
    }

    static func seat(of user: CurrentUser, in council: CouncilRecord, on db: Database) async throws -> CouncilMemberRecord? {
        try await CouncilMemberRecord.query(on: db).filter(\.$council.$id == council.id!).filter(\.$account.$id == user.id).first()
    }

    /// The policy's `.runCouncilSecretariat`, with the person's seat loaded.
    static func mayRunSecretariat(_ user: CurrentUser, _ council: CouncilRecord, on db: Database) async throws -> Bool {
        let seat = try await seat(of: user, in: council, on: db)
        return AccessPolicy().decide(user.grants, .runCouncilSecretariat(council.location, seat: seat?.councilPosition)).isAllowed
    }

    /// The policy's `.readCouncil`, with the person's seat loaded.
    static func mayRead(_ user: CurrentUser, _ council: CouncilRecord, on db: Database) async throws -> Bool {
        let seat = try await seat(of: user, in: council, on: db)
        return AccessPolicy().decide(user.grants, .readCouncil(council.location, seat: seat?.councilPosition)).isAllowed
    }

    /// Every conflict of the council's members with these dossiers: declared, recorded and detected.
    static func conflicts(in council: CouncilRecord, dossiers: [DossierRecord], on db: Database) async throws -> [ConflictOfInterest] {
        let members = try await CouncilMemberRecord.query(on: db).filter(\.$council.$id == council.id!)
            .with(\.$account) { $0.with(\.$assignments) }.all()
        guard !members.isEmpty, !dossiers.isEmpty else { return [] }
        let stored = try await ConflictRecord.query(on: db).filter(\.$member.$id ~~ members.map { $0.id! })
            .filter(\.$dossier.$id ~~ dossiers.map { $0.id! }).all().map(\.conflict)
        var detected: [ConflictOfInterest] = []
        for member in members {
            let grants = member.account.assignments.compactMap(\.grant)
            for dossier in dossiers {
                detected += ConflictOfInterest.detect(memberID: member.id!.uuidString, grants: grants,
                                                      dossierID: dossier.id!.uuidString, dossier: dossier.scope)
            }
        }
        return stored + detected
    }

    /// The working-day calendar with the government's yearly moves keyed in by the administrator.
    static func workingCalendar(on db: Database) async throws -> WorkingDayCalendar {
        let adjustments = try await CalendarAdjustmentRecord.query(on: db).sort(\.$day).all().compactMap { record -> CalendarAdjustment? in
            guard let day = CalendarDay(iso: record.day), let kind = CalendarAdjustment.Kind(rawValue: record.kind) else { return nil }
            return CalendarAdjustment(day: day, kind: kind, note: record.note)
        }
        return WorkingDayCalendar(adjustments: adjustments)
    }

    /// A council member may read a dossier once the materials of a meeting that has it on the agenda
    /// were sent, unless the member is in conflict with it.
    static func memberMayRead(_ user: CurrentUser, dossier: DossierRecord, on db: Database) async throws -> Bool {
        let seats = try await CouncilMemberRecord.query(on: db).filter(\.$account.$id == user.id).with(\.$council).all()
        for seat in seats {
            let meetings = try await MeetingRecord.query(on: db).filter(\.$council.$id == seat.$council.id)
                .filter(\.$materialsSentOn != nil).all().map { $0.id! }
            guard !meetings.isEmpty,
                  try await MeetingItemRecord.query(on: db).filter(\.$meeting.$id ~~ meetings).filter(\.$dossier.$id == dossier.id!).first() != nil
            else { continue }
            let conflicts = try await conflicts(in: seat.council, dossiers: [dossier], on: db)
            if !conflicts.contains(where: { $0.memberID == seat.id!.uuidString }) { return true }
        }
        return false
    }
}
