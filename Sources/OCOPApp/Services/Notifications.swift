import Fluent
import Foundation
import OCOPCore

/// Thông báo trong ứng dụng: a dossier step is announced to the inboxes of its audience (the
/// producer's representatives, the commune's or the province's officers), never to the person who
/// took it. Addresses are resolved from role grants at the moment of the step, so an officer who
/// takes over a commune later sees the dossier's history on its page, not old messages.
enum Notifications {
    static func announce(_ event: DossierEvent, about dossier: DossierRecord, productName: String, except actor: UUID,
                         on db: Database) async throws {
        let accounts = try await recipients(event.notify, of: dossier, on: db).subtracting([actor])
        try await send("\(productName): \(event.notificationText)", link: SiteURL.dossier(id: dossier.id!.uuidString).path,
                       dossierID: dossier.id, to: accounts, on: db)
    }

    /// Puts one message in each of these inboxes. A `key` makes the message once-only per account
    /// (reminders generated again and again, `notice_key` unique per account, M021): an account that
    /// already holds it, or gets it from another run at the same moment, is skipped. Returns how many
    /// messages were added.
    @discardableResult
    static func send(_ text: String, link: String, dossierID: UUID? = nil, to accounts: Set<UUID>, key: String? = nil,
                     on db: Database) async throws -> Int {
        var recipients = accounts
        if let key {
            let holders = try await NotificationRecord.query(on: db).filter(\.$noticeKey == key).filter(\.$account.$id ~~ accounts).all()
            recipients.subtract(holders.map { $0.$account.id })
        }
        let now = Date()
        var added = 0
        for account in recipients.sorted(by: { $0.uuidString < $1.uuidString }) {
            let note = NotificationRecord()
            note.$account.id = account
            note.dossierID = dossierID
            note.text = text
            note.link = link
            note.createdAt = now
            note.noticeKey = key
            do {
                try await note.create(on: db)
                added += 1
            } catch let error as any DatabaseError where key != nil && error.isConstraintFailure {
                continue // another run added the keyed message in the meantime
            }
        }
        return added
    }

    /// The accounts holding a grant (or, for secretaries, a seat) that makes them part of `audience` for this dossier.
    static func recipients(_ audience: [DossierAudience], of dossier: DossierRecord, on db: Database) async throws -> Set<UUID> {
        try await recipients(audience, producerID: dossier.$producer.id, communeCode: dossier.communeCode, provinceCode: dossier.provinceCode, on: db)
    }

    /// The same for anything of a producer in a commune (a certificate's reminders).
    static func recipients(_ audience: [DossierAudience], producerID: UUID, communeCode: String, provinceCode: String,
                           on db: Database) async throws -> Set<UUID> {
        var accounts = Set<UUID>()
        for group in audience {
            switch group {
            case .producer:
                accounts.formUnion(try await holders(of: .producerRepresentative, on: db) { $0.filter(\.$subjectID == producerID.uuidString) })
            case .communeOfficers:
                accounts.formUnion(try await holders(of: .communeOfficer, on: db) { $0.filter(\.$communeCode == communeCode) })
            case .provincialOfficers:
                accounts.formUnion(try await provincialOfficers(provinceCode: provinceCode, on: db))
            case .councilSecretaries:
                accounts.formUnion(try await councilSecretaries(provinceCode: provinceCode, on: db))
            }
        }
        return accounts
    }

    /// The officers of a province who work at the province (no commune in their grant): they receive
    /// dossiers and issue the council's decisions.
    static func provincialOfficers(provinceCode: String, on db: Database) async throws -> Set<UUID> {
        try await holders(of: .provincialOfficer, on: db) { $0.filter(\.$provinceCode == provinceCode).filter(\.$communeCode == nil) }
    }

    private static func holders(of role: Role, on db: Database, _ narrow: (QueryBuilder<RoleAssignment>) -> Void) async throws -> Set<UUID> {
        let query = RoleAssignment.query(on: db).filter(\.$role == role.rawValue)
        narrow(query)
        return Set(try await query.all().map { $0.$account.id })
    }

    /// The accounts seated as secretary of a council: of one council, or of every council of a province.
    static func councilSecretaries(councilID: UUID? = nil, provinceCode: String? = nil, on db: Database) async throws -> Set<UUID> {
        let query = CouncilMemberRecord.query(on: db).filter(\.$councilPosition == .secretary)
        if let councilID { query.filter(\.$council.$id == councilID) }
        if let provinceCode {
            query.join(CouncilRecord.self, on: \CouncilMemberRecord.$council.$id == \CouncilRecord.$id).filter(CouncilRecord.self, \.$provinceCode == provinceCode)
        }
        return Set(try await query.all().map { $0.$account.id })
    }

    static func unreadCount(for account: UUID, on db: Database) async throws -> Int {
        try await NotificationRecord.query(on: db).filter(\.$account.$id == account).filter(\.$readAt == nil).count()
    }

    /// The newest messages first; a page of the inbox.
    static func inbox(for account: UUID, page: Int, perPage: Int, on db: Database) async throws -> (rows: [NotificationRecord], total: Int) {
        let query = NotificationRecord.query(on: db).filter(\.$account.$id == account)
        let total = try await query.count()
        let rows = try await query.copy().sort(\.$createdAt, .descending).sort(\.$id)
            .range((page - 1) * perPage..<(page * perPage)).all()
        return (rows, total)
    }

    /// Marks one message (or, with nil, all of the person's messages) read. Only the owner's rows change.
    static func markRead(_ id: UUID?, for account: UUID, on db: Database) async throws {
        let query = NotificationRecord.query(on: db).filter(\.$account.$id == account).filter(\.$readAt == nil)
        if let id { query.filter(\.$id == id) }
        try await query.set(\.$readAt, to: Date()).update()
    }
}
