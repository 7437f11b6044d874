import Fluent
import Foundation
import Vapor
import OCOPCore

/// Phản ánh về sản phẩm đã công nhận (issue 13): an officer records what a consumer, a business, an
/// authority or the press reported about a certified product; the province's officers are told and
/// it is proposed first for inspection; an ad hoc inspection plan answers it
/// (`Inspections.plan`), and the province closes it with its outcome.
enum Complaints {
    /// What the form sends, as typed (kept when it is refused).
    struct Input: Sendable {
        var receivedOn = ""
        var source = ""
        var sender = ""
        var content = ""
        var recognitionIDs: [String] = []
    }

    /// The input checked: problems by field name, the certificate and the day it was received.
    struct Check {
        var problems: [String: String] = [:]
        var certificate: RecognitionRecord?
        var receivedOn: CalendarDay?
        var source: ComplaintSource?
    }

    static func check(_ input: Input, user: CurrentUser, today: CalendarDay, on db: Database) async throws -> Check {
        var check = Check()
        check.receivedOn = CalendarDay(typed: input.receivedOn)
        if let day = check.receivedOn {
            if day > today { check.problems["receivedOn"] = "Ngày nhận phản ánh không được sau hôm nay (\(today.vietnamese))." }
        } else {
            check.problems["receivedOn"] = "Ngày nhận phản ánh không hợp lệ (dd/mm/yyyy)."
        }
        check.source = ComplaintSource(rawValue: input.source)
        if check.source == nil { check.problems["source"] = "Vui lòng chọn nguồn phản ánh." }
        if DossierText.trimmed(input.content).isEmpty { check.problems["content"] = "Vui lòng ghi nội dung phản ánh." }
        let chosen = try await RecognitionRecord.chosen(input.recognitionIDs, on: db)
        if chosen.count != 1 {
            check.problems["certificates"] = chosen.isEmpty ? "Vui lòng chọn giấy chứng nhận của sản phẩm bị phản ánh."
                : "Mỗi phản ánh về một sản phẩm: chỉ chọn một giấy chứng nhận."
        } else if let record = chosen.first {
            let place = UnitLocation.commune(record.product.communeCode, inProvince: record.product.provinceCode)
            if case .denied(let why) = AccessPolicy().decide(user.grants, .recordComplaint(place)) { check.problems["certificates"] = why }
            check.certificate = record
        }
        return check
    }

    /// Writes the complaint and tells the province's and the commune's officers, in one transaction.
    static func record(_ input: Input, _ check: Check, actor: CurrentUser, on db: Database) async throws -> ComplaintRecord {
        guard check.problems.isEmpty, let record = check.certificate, let day = check.receivedOn, let source = check.source else {
            throw Abort(.unprocessableEntity)
        }
        return try await db.transaction { tx in
            let complaint = ComplaintRecord()
            complaint.$recognition.id = record.id!
            complaint.$product.id = record.$product.id
            complaint.provinceCode = record.product.provinceCode
            complaint.communeCode = record.product.communeCode
            complaint.receivedOn = day.iso
            complaint.source = source
            complaint.sender = DossierText.trimmed(input.sender)
            complaint.content = DossierText.trimmed(input.content)
            complaint.createdBy = actor.label
            complaint.createdAt = Date()
            try await complaint.create(on: tx)
            let officers = try await Notifications.recipients([.provincialOfficers, .communeOfficers], producerID: record.product.$producer.id,
                                                              communeCode: complaint.communeCode, provinceCode: complaint.provinceCode, on: tx)
            try await Notifications.send("Phản ánh về «\(record.product.name)» (\(source.title)) ngày \(day.vietnamese).",
                                         link: SiteURL.complaint(id: complaint.id!.uuidString).path, to: officers.subtracting([actor.id]), on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: "complaint.record", recordType: "complaint", recordID: complaint.id!.uuidString,
                                      location: complaint.location,
                                      after: ["product": record.product.name, "source": source.title, "content": complaint.content])
            return complaint
        }
    }

    /// Closes the complaint with its outcome, once; false when it was closed already.
    static func close(_ complaint: ComplaintRecord, outcome: String, actor: CurrentUser, on db: Database) async throws -> Bool {
        try await db.transaction { tx in
            guard let fresh = try await ComplaintRecord.find(complaint.id, on: tx), fresh.closedAt == nil else { return false }
            fresh.outcome = outcome
            fresh.closedBy = actor.label
            fresh.closedAt = Date()
            try await fresh.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: "complaint.close", recordType: "complaint", recordID: fresh.id!.uuidString,
                                      location: fresh.location, after: ["outcome": outcome])
            return true
        }
    }
}
