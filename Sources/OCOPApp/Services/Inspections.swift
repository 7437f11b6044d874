import Fluent
import Foundation
import OCOPCore

/// Kiểm tra sau công nhận (issue 13, Điều 9): the province plans inspections of chosen
/// certificates (one per certificate, all or none), records each in the field with its checklist,
/// photos, findings, deadline and conclusion, and the producer answers. Every step tells those it
/// concerns, in the transaction that writes it.
enum Inspections {
    struct Plan: Sendable {
        var number = ""
        var kind = InspectionKind.periodic.rawValue
        var reason = ""
        /// The period's first day, on which the inspections are planned.
        var plannedOn = ""
        var periodTo = ""
        var team = ""
        var agency = ""
        var signer = ""
        var signerTitle = ""
        var recognitionIDs: [String] = []
        /// The complaint this ad hoc plan answers (`?phan-anh=`), linked to its inspection.
        var complaintID = ""
    }

    /// A checked plan: the certificates, the period, the province it covers (nil: the ministry's).
    struct CheckedPlan {
        var problems: [String: String] = [:]
        var chosen: [RecognitionRecord] = []
        var from: CalendarDay?
        var to: CalendarDay?
        var provinceCode: String?
        var complaint: ComplaintRecord?
    }

    /// Checks a plan; its problems by field name, and the certificates it is for.
    static func check(_ plan: Plan, user: CurrentUser, today: CalendarDay, on db: Database) async throws -> CheckedPlan {
        var checked = CheckedPlan()
        if DossierText.trimmed(plan.number).isEmpty { checked.problems["number"] = "Vui lòng ghi số kế hoạch (ví dụ 45/KH-SNN)." }
        if InspectionKind(rawValue: plan.kind) == nil { checked.problems["kind"] = "Vui lòng chọn loại kiểm tra." }
        if DossierText.trimmed(plan.reason).isEmpty {
            checked.problems["reason"] = "Vui lòng ghi căn cứ kiểm tra (kế hoạch năm, hoặc phản ánh, phát hiện dẫn đến kiểm tra đột xuất)."
        }
        if DossierText.trimmed(plan.team).isEmpty { checked.problems["team"] = "Vui lòng ghi thành phần đoàn kiểm tra." }
        if DossierText.trimmed(plan.agency).isEmpty { checked.problems["agency"] = "Vui lòng ghi cơ quan ban hành kế hoạch." }
        if DossierText.trimmed(plan.signer).isEmpty { checked.problems["signer"] = "Vui lòng ghi họ tên người ký kế hoạch." }
        if DossierText.trimmed(plan.signerTitle).isEmpty { checked.problems["signerTitle"] = "Vui lòng ghi chức vụ người ký." }
        checked.from = CalendarDay(typed: plan.plannedOn)
        checked.to = DossierText.trimmed(plan.periodTo).isEmpty ? checked.from : CalendarDay(typed: plan.periodTo)
        if checked.from == nil { checked.problems["plannedOn"] = "Ngày bắt đầu kiểm tra không hợp lệ (dd/mm/yyyy)." }
        if checked.to == nil { checked.problems["periodTo"] = "Ngày kết thúc không hợp lệ (dd/mm/yyyy)." }
        if let from = checked.from, let to = checked.to, to < from { checked.problems["periodTo"] = "Ngày kết thúc phải từ ngày bắt đầu trở đi." }
        checked.chosen = try await RecognitionRecord.chosen(plan.recognitionIDs, on: db)
        var refused: [String] = []
        for record in checked.chosen {
            if record.revocationID != nil { refused.append("«\(record.product.name)»: giấy chứng nhận đã bị thu hồi.") }
            if !user.may(.inspectProduct(.commune(record.product.communeCode, inProvince: record.product.provinceCode))) {
                refused.append("«\(record.product.name)»: sản phẩm ngoài tỉnh bạn phụ trách.")
            }
        }
        if checked.chosen.isEmpty { refused.append("Vui lòng chọn ít nhất một giấy chứng nhận để kiểm tra.") }
        if !user.may(.inspectProduct(.nation)) {
            let provinces = Set(checked.chosen.map(\.product.provinceCode))
            if provinces.count > 1 { refused.append("Một kế hoạch của tỉnh chỉ gồm sản phẩm của một tỉnh.") }
            checked.provinceCode = provinces.first
        }
        if !refused.isEmpty { checked.problems["certificates"] = refused.joined(separator: " ") }
        if let id = UUID(uuidString: plan.complaintID) {
            checked.complaint = try await ComplaintRecord.find(id, on: db)
            if let complaint = checked.complaint, !checked.chosen.contains(where: { $0.id == complaint.$recognition.id }) {
                checked.problems["certificates"] = "Kế hoạch kiểm tra đột xuất theo phản ánh phải gồm sản phẩm bị phản ánh."
            }
        }
        return checked
    }

    /// Issues the plan: the document and one planned inspection per certificate, in one
    /// transaction; the complaint it answers points to its inspection. Returns the plan and them.
    static func plan(_ plan: Plan, _ checked: CheckedPlan, actor: CurrentUser, on db: Database) async throws -> (InspectionPlanRecord, [InspectionRecord]) {
        let kind = InspectionKind(rawValue: plan.kind) ?? .periodic
        let from = checked.from!, to = checked.to ?? from
        return try await db.transaction { tx in
            let document = InspectionPlanRecord()
            document.number = DossierText.trimmed(plan.number)
            document.kind = kind
            document.reason = DossierText.trimmed(plan.reason)
            document.periodFrom = from.iso
            document.periodTo = to.iso
            document.team = DossierText.trimmed(plan.team)
            document.agency = DossierText.trimmed(plan.agency)
            document.signer = DossierText.trimmed(plan.signer)
            document.signerTitle = DossierText.trimmed(plan.signerTitle)
            document.provinceCode = checked.provinceCode
            document.createdBy = actor.label
            document.createdAt = Date()
            try await document.create(on: tx)
            var made: [InspectionRecord] = []
            for record in checked.chosen {
                let inspection = InspectionRecord()
                inspection.$recognition.id = record.id!
                inspection.$product.id = record.$product.id
                inspection.provinceCode = record.product.provinceCode
                inspection.communeCode = record.product.communeCode
                inspection.kind = kind
                inspection.reason = "Kế hoạch số \(document.number): \(document.reason)"
                inspection.plannedOn = from.iso
                inspection.team = document.team
                inspection.status = .planned
                inspection.planID = document.id
                inspection.createdBy = actor.label
                inspection.createdAt = Date()
                try await inspection.create(on: tx)
                made.append(inspection)
                if let complaint = checked.complaint, complaint.$recognition.id == record.id, complaint.inspectionID == nil, complaint.closedAt == nil {
                    complaint.inspectionID = inspection.id
                    try await complaint.save(on: tx)
                }
                let producer = try await Notifications.recipients([.producer, .communeOfficers], producerID: record.product.$producer.id,
                                                                  communeCode: record.product.communeCode, provinceCode: record.product.provinceCode, on: tx)
                let when = from == to ? "ngày \(from.vietnamese)" : "từ \(from.vietnamese) đến \(to.vietnamese)"
                try await Notifications.send("\(record.product.name): \(kind.title.lowercased()) dự kiến \(when) (\(inspection.team)).",
                                             link: SiteURL.inspection(id: inspection.id!.uuidString).path, to: producer, on: tx)
            }
            try await AuditLog.record(on: tx, actor: actor, action: "inspection.plan", recordType: "inspection_plan",
                                      recordID: document.id!.uuidString,
                                      location: checked.provinceCode.map(UnitLocation.province) ?? .nation,
                                      after: ["number": document.number, "kind": kind.title, "from": from.vietnamese, "to": to.vietnamese,
                                              "products": checked.chosen.map(\.product.name).joined(separator: "; "),
                                              "complaint": checked.complaint?.id?.uuidString ?? ""])
            return (document, made)
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
