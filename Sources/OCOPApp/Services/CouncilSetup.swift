import Fluent
import Foundation
import OCOPCore

/// Thành lập Hội đồng: creating a council and seating its members, each with its audit entries in
/// one transaction (`RecordedChange`). The controller checks the policy and the form first.
enum CouncilSetup {
    static func create(_ council: CouncilRecord, at location: UnitLocation, actor: CurrentUser, on db: Database) async throws {
        try await RecordedChange.record(actor: actor, on: db) { tx in
            try await council.create(on: tx)
            return .init(action: "council.create", recordType: "council", recordID: council.id!.uuidString, location: location,
                         after: ["name": council.name, "decision": council.decisionNumber, "materialsLeadDays": String(council.materialsLeadDays)])
        }
    }

    /// Seats `member`; the account receives the council member's role at the council's place if it
    /// lacks it, since the seat needs that role to sign in to the council's pages.
    static func seat(_ member: CouncilMemberRecord, account: UserAccount, on council: CouncilRecord, actor: CurrentUser,
                     on db: Database) async throws {
        let seatGrant = RoleGrant(role: .councilMember, location: council.location)
        let needsGrant = !account.assignments.contains { $0.grant == seatGrant }
        _ = try await RecordedChange.commit(actor: actor, on: db) { tx in
            try await member.create(on: tx)
            var granted: [RecordedChange.Audit] = []
            if needsGrant {
                try await RoleAssignment(accountID: account.id!, grant: seatGrant).create(on: tx)
                granted.append(.init(action: "account.grant", recordType: "account", recordID: account.username, location: council.location,
                                     after: ["role": seatGrant.role.rawValue, "council": council.id!.uuidString]))
            }
            return RecordedChange.Done(value: (), audit: .init(action: "council.member", recordType: "council", recordID: council.id!.uuidString,
                                                              location: council.location,
                                                              after: ["member": account.username, "position": member.councilPosition.rawValue,
                                                                      "agency": member.agency]),
                                       precedingAudits: granted)
        }.get()
    }

    /// A seat the policy refused is logged: someone tried to give a stranger the council's dossiers.
    static func recordRefusedSeat(_ account: UserAccount, on council: CouncilRecord, actor: CurrentUser, on db: Database) async throws {
        try await RecordedChange.record(actor: actor, on: db) { _ in
            .init(action: "council.member-refused", recordType: "council", recordID: council.id!.uuidString, location: council.location,
                  after: ["member": account.username])
        }
    }
}
