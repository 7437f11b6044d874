import Fluent
import Foundation
import OCOPCore

/// Kiểm tra sau công nhận (issue 13, Điều 9): the province plans inspections of chosen
/// certificates (one per certificate, all or none), records each in the field with its checklist,
/// photos, findings, deadline and conclusion, and the producer answers. Every step tells those it
/// concerns, in the transaction that writes it.
enum Inspections {
    struct Plan: Sendable {
        var kind = InspectionKind.periodic.rawValue
        var reason = ""
        var plannedOn = ""
        var team = ""
        var recognitionIDs: [String] = []
    }

    /// Checks a plan; its problems by field name, and the certificates it is for.
    static func check(_ plan: Plan, user: CurrentUser, today: CalendarDay, on db: Database)
        async throws -> (problems: [String: String], chosen: [RecognitionRecord], day: CalendarDay?) {
        var problems: [String: String] = [:]
        if InspectionKind(rawValue: plan.kind) == nil { problems["kind"] = "Vui lòng chọn loại kiểm tra." }
        if DossierText.trimmed(plan.reason).isEmpty {
            problems["reason"] = "Vui lòng ghi căn cứ kiểm tra (kế hoạch số …, hoặc phản ánh, phát hiện dẫn đến kiểm tra đột xuất)."
        }
        if DossierText.trimmed(plan.team).isEmpty { problems["team"] = "Vui lòng ghi thành phần đoàn kiểm tra." }
        let day = CalendarDay(typed: plan.plannedOn)
        if day == nil { problems["plannedOn"] = "Ngày kiểm tra dự kiến không hợp lệ (dd/mm/yyyy)." }
        let chosen = try await RecognitionRecord.chosen(plan.recognitionIDs, on: db)
        var refused: [String] = []
        for record in chosen {
            if record.revocationID != nil { refused.append("«\(record.product.name)»: giấy chứng nhận đã bị thu hồi.") }
            if !user.may(.inspectProduct(.commune(record.product.communeCode, inProvince: record.product.provinceCode))) {
                refused.append("«\(record.product.name)»: sản phẩm ngoài tỉnh bạn phụ trách.")
            }
        }
        if chosen.isEmpty { refused.append("Vui lòng chọn ít nhất một giấy chứng nhận để kiểm tra.") }
        if !refused.isEmpty { problems["certificates"] = refused.joined(separator: " ") }
        return (problems, chosen, day)
    }

    /// Creates one planned inspection per certificate; returns them.
    static func plan(_ plan: Plan, chosen: [RecognitionRecord], day: CalendarDay, actor: CurrentUser, on db: Database) async throws -> [InspectionRecord] {
        let kind = InspectionKind(rawValue: plan.kind) ?? .periodic
        return try await db.transaction { tx in
            var made: [InspectionRecord] = []
            for record in chosen {
                let inspection = InspectionRecord()
                inspection.$recognition.id = record.id!
                inspection.$product.id = record.$product.id
                inspection.provinceCode = record.product.provinceCode
                inspection.communeCode = record.product.communeCode
                inspection.kind = kind
                inspection.reason = DossierText.trimmed(plan.reason)
                inspection.plannedOn = day.iso
                inspection.team = DossierText.trimmed(plan.team)
                inspection.status = .planned
                inspection.createdBy = actor.label
                inspection.createdAt = Date()
                try await inspection.create(on: tx)
                made.append(inspection)
                let producer = try await Notifications.recipients([.producer, .communeOfficers], producerID: record.product.$producer.id,
                                                                  communeCode: record.product.communeCode, provinceCode: record.product.provinceCode, on: tx)
                try await Notifications.send("\(record.product.name): \(kind.title.lowercased()) dự kiến ngày \(day.vietnamese) (\(inspection.team)).",
                                             link: SiteURL.inspection(id: inspection.id!.uuidString).path, to: producer, on: tx)
            }
            try await AuditLog.record(on: tx, actor: actor, action: "inspection.plan", recordType: "inspection",
                                      recordID: made.map { $0.id!.uuidString }.joined(separator: ","),
                                      location: made.first.map { UnitLocation.province($0.provinceCode) },
                                      after: ["kind": kind.title, "day": day.vietnamese, "products": chosen.map(\.product.name).joined(separator: "; ")])
            return made
        }
    }

    /// Plans the visit that checks what `first` asked to fix, on its deadline, with the same team;
    /// the producer and the commune are told. Nil when one is planned already.
    static func planFollowUp(of first: InspectionRecord, actor: CurrentUser, on db: Database) async throws -> InspectionRecord? {
        guard first.status == .recorded, first.conclusion == .mustFix else { return nil }
        let product = try await first.$product.get(on: db)
        let day = first.fixDeadline.flatMap(CalendarDay.init(iso:)) ?? .inVietnam(Date())
        let inspectedOn = first.inspectedOn.flatMap(CalendarDay.init(iso:))?.vietnamese ?? ""
        return try await db.transaction { tx in
            guard try await InspectionRecord.query(on: tx).filter(\.$followUpOf == first.id!).count() == 0 else { return nil }
            let visit = InspectionRecord()
            visit.$recognition.id = first.$recognition.id
            visit.$product.id = first.$product.id
            visit.provinceCode = first.provinceCode
            visit.communeCode = first.communeCode
            visit.kind = .adHoc
            visit.reason = "Kiểm tra lại việc khắc phục theo biên bản kiểm tra ngày \(inspectedOn)"
            visit.plannedOn = day.iso
            visit.team = first.team
            visit.status = .planned
            visit.followUpOf = first.id
            visit.createdBy = actor.label
            visit.createdAt = Date()
            try await visit.create(on: tx)
            let told = try await Notifications.recipients([.producer, .communeOfficers], producerID: product.$producer.id,
                                                          communeCode: product.communeCode, provinceCode: product.provinceCode, on: tx)
            try await Notifications.send("\(product.name): kiểm tra lại việc khắc phục dự kiến ngày \(day.vietnamese).",
                                         link: SiteURL.inspection(id: visit.id!.uuidString).path, to: told, on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: "inspection.followUp", recordType: "inspection", recordID: visit.id!.uuidString,
                                      location: visit.location, after: ["of": first.id!.uuidString, "day": day.vietnamese])
            return visit
        }
    }

    /// A photo taken at one item, accepted and not yet saved.
    struct Photo: Sendable {
        let item: InspectionItem
        let file: StoredFile
    }

    /// Records the inspection once: the checklist, findings, deadline, conclusion and photos; tells
    /// the producer and the commune. Nil when it was recorded already (a second click).
    static func record(_ inspection: InspectionRecord, lines: [InspectionRecord.Line], check: InspectionRecordCheck, photos: [Photo],
                       actor: CurrentUser, on db: Database) async throws -> Bool {
        let product = try await inspection.$product.get(on: db)
        return try await db.transaction { tx in
            guard let fresh = try await InspectionRecord.find(inspection.id, on: tx), fresh.status == .planned else { return false }
            fresh.status = .recorded
            fresh.inspectedOn = check.inspectedOn?.iso
            fresh.checklist = String(decoding: try JSONEncoder().encode(lines), as: UTF8.self)
            fresh.findings = check.findings.isEmpty ? nil : check.findings
            fresh.conclusion = check.conclusion
            fresh.fixDeadline = check.conclusion == .mustFix ? check.fixDeadline?.iso : nil
            fresh.revocationGround = check.conclusion == .proposesRevocation ? check.revocationGround : nil
            fresh.recordedBy = actor.label
            fresh.recordedAt = Date()
            try await fresh.save(on: tx)
            for photo in photos {
                try await photo.file.create(on: tx)
                let row = InspectionPhotoRecord()
                row.$inspection.id = fresh.id!
                row.item = photo.item
                row.fileID = photo.file.id!
                row.uploadedBy = actor.label
                row.createdAt = Date()
                try await row.create(on: tx)
            }
            var text = "\(product.name): kết quả kiểm tra ngày \(check.inspectedOn?.vietnamese ?? "") — \(check.conclusion?.title ?? "")"
            if let deadline = fresh.fixDeadline.flatMap(CalendarDay.init(iso:)) { text += ", hạn khắc phục \(deadline.vietnamese)" }
            let told = try await Notifications.recipients([.producer, .communeOfficers], producerID: product.$producer.id,
                                                          communeCode: product.communeCode, provinceCode: product.provinceCode, on: tx)
            try await Notifications.send(text + ".", link: SiteURL.inspection(id: fresh.id!.uuidString).path, to: told, on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: "inspection.record", recordType: "inspection", recordID: fresh.id!.uuidString,
                                      location: fresh.location,
                                      after: ["conclusion": check.conclusion?.title ?? "", "failed": lines.filter { $0.verdict == .fails }.map(\.item.title).joined(separator: "; "),
                                              "photos": String(photos.count)])
            return true
        }
    }

    /// The producer's answer to the findings, with its evidence; the province's officers are told.
    static func answer(_ inspection: InspectionRecord, text: String, file: StoredFile?, actor: CurrentUser, on db: Database) async throws {
        let product = try await inspection.$product.get(on: db)
        try await db.transaction { tx in
            if let file { try await file.create(on: tx) }
            let answer = InspectionAnswerRecord()
            answer.$inspection.id = inspection.id!
            answer.author = actor.label
            answer.text = text
            answer.fileID = file?.id
            answer.createdAt = Date()
            try await answer.create(on: tx)
            let officers = try await Notifications.provincialOfficers(provinceCode: inspection.provinceCode, on: tx)
            try await Notifications.send("\(product.name): chủ thể đã trả lời kết quả kiểm tra.", link: SiteURL.inspection(id: inspection.id!.uuidString).path,
                                         to: officers, on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: "inspection.answer", recordType: "inspection", recordID: inspection.id!.uuidString,
                                      location: inspection.location, after: ["text": text, "file": file?.fileName ?? ""])
        }
    }
}
