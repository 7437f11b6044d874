import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
import OCOPCore

/// The runner every plain write goes through: the change, its audit entry and its notifications
/// land together, or nothing does.
@Suite("Thay đổi có ghi nhật ký: thay đổi, nhật ký và thông báo cùng một giao dịch")
struct RecordedChangeTests {
    /// An audit detail that cannot be encoded: writing the entry fails after the change was made.
    struct Unwritable: Encodable, Sendable {
        struct Refused: Error {}
        func encode(to encoder: any Encoder) throws { throw Refused() }
    }

    func admin(_ app: Application) async throws -> CurrentUser {
        let account = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "quantri").first())
        return CurrentUser(id: account.id!, username: account.username, fullName: account.fullName,
                           grants: [RoleGrant(role: .administrator, location: .nation)], mustChangePassword: false)
    }

    func adjustment(_ day: String, by actor: CurrentUser) -> CalendarAdjustmentRecord {
        let record = CalendarAdjustmentRecord()
        record.day = day
        record.kind = CalendarAdjustment.Kind.dayOff.rawValue
        record.note = "Thông báo thử"
        record.createdBy = actor.label
        return record
    }

    @Test("Thành công: bản ghi, mục nhật ký và thông báo đều được ghi")
    func committed() async throws {
        try await withTestApp { app in
            let actor = try await admin(app)
            let record = adjustment("2031-02-03", by: actor)
            let result = try await RecordedChange.commit(actor: actor, on: app.db) { tx in
                try await record.create(on: tx)
                return RecordedChange.Done(value: 7, audit: .init(action: "test.change", recordType: "calendar", recordID: "2031-02-03",
                                                                  location: .nation, before: ["kind": "old"], after: ["kind": "new"]),
                                           notices: [.init(text: "Đã đổi", link: "/lich-lam-viec", dossierID: nil, to: [actor.id])])
            }
            #expect(try result.get() == 7)
            #expect(try await CalendarAdjustmentRecord.query(on: app.db).filter(\.$day == "2031-02-03").count() == 1)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "test.change").first())
            #expect(entry.actorName == actor.label)
            #expect(entry.before == #"{"kind":"old"}"#)
            #expect(entry.after == #"{"kind":"new"}"#)
            #expect(try await NotificationRecord.query(on: app.db).filter(\.$text == "Đã đổi").filter(\.$account.$id == actor.id).count() == 1)
        }
    }

    @Test("Từ chối giữa chừng: trả về lý do, không ghi gì")
    func refused() async throws {
        try await withTestApp { app in
            let actor = try await admin(app)
            let record = adjustment("2031-02-04", by: actor)
            let result = try await RecordedChange.commit(actor: actor, on: app.db) { tx -> RecordedChange.Done<Void> in
                try await record.create(on: tx)
                throw Refusal(.state, "Không được.")
            }
            #expect(throws: Refusal(.state, "Không được.")) { try result.get() }
            #expect(try await CalendarAdjustmentRecord.query(on: app.db).filter(\.$day == "2031-02-04").count() == 0)
        }
    }

    @Test("Nhật ký không ghi được: thay đổi cũng không còn")
    func auditInTheSameTransaction() async throws {
        try await withTestApp { app in
            let actor = try await admin(app)
            let record = adjustment("2031-02-05", by: actor)
            let entries = try await AuditEntry.query(on: app.db).count()
            await #expect(throws: Unwritable.Refused.self) {
                _ = try await RecordedChange.commit(actor: actor, on: app.db) { tx in
                    try await record.create(on: tx)
                    return RecordedChange.Done(value: (), audit: .init(action: "test.change", recordType: "calendar", recordID: "2031-02-05",
                                                                       location: .nation, after: Unwritable()))
                }
            }
            #expect(try await CalendarAdjustmentRecord.query(on: app.db).filter(\.$day == "2031-02-05").count() == 0)
            #expect(try await AuditEntry.query(on: app.db).count() == entries)
        }
    }
}
