import Fluent
import Foundation
import OCOPCore

/// Thu hồi giấy chứng nhận (issue 13, Điều 8): one decision revokes one certificate or many (Đồng
/// Tháp revoked 47 at once), all or none. Its effects are written in the same transaction: each
/// recognition points to the decision, the issued certificate is marked revoked (the public
/// verification page then says "đã bị thu hồi" and the public list drops it), and the producer's
/// representatives and the commune's officers are told.
enum Revocations {
    /// What the form sends, as typed (kept when it is refused).
    struct Input: Sendable {
        var number = ""
        var signedOn = ""
        var ground = ""
        var conclusion = ""
        var conclusionOn = ""
        var signer = ""
        var signerPosition = DecisionSignerPosition.head.rawValue
        var recognitionIDs: [String] = []
        /// The inspection whose record proposes the revocation (`?kiem-tra=`), when it came from one.
        var inspectionID = ""
    }

    /// A certificate chosen for revocation, loaded with its product and producer.
    struct Chosen: Sendable {
        let record: RecognitionRecord
        let recognition: ProductRecognition
    }

    /// The input checked: every field's problem by field name, and the certificates' problems.
    struct Check: Sendable {
        var errors: [String: String] = [:]
        var chosen: [Chosen] = []
        var signedOn: CalendarDay?
        var conclusionOn: CalendarDay?
        var ground: RevocationGround?
        /// The inspection record the decision rests on.
        var inspection: InspectionRecord?
        var isValid: Bool { errors.isEmpty }
    }

    static func check(_ input: Input, user: CurrentUser, today: CalendarDay, on db: Database) async throws -> Check {
        var check = Check()
        if DossierText.trimmed(input.number).isEmpty { check.errors["number"] = "Vui lòng nhập số quyết định thu hồi." }
        if DossierText.trimmed(input.signer).isEmpty { check.errors["signer"] = "Vui lòng nhập họ tên người ký quyết định." }
        if DossierText.trimmed(input.conclusion).isEmpty {
            check.errors["conclusion"] = "Vui lòng ghi kết luận làm căn cứ (số, ngày, cơ quan kết luận) hoặc xác nhận của UBND cấp xã."
        }
        check.ground = RevocationGround(rawValue: input.ground)
        if check.ground == nil { check.errors["ground"] = "Vui lòng chọn căn cứ thu hồi (khoản 1 Điều 8)." }
        check.signedOn = CalendarDay(typed: input.signedOn)
        check.conclusionOn = CalendarDay(typed: input.conclusionOn)
        if let signed = check.signedOn {
            if signed > today { check.errors["signedOn"] = "Ngày ký quyết định không được sau hôm nay (\(today.vietnamese))." }
        } else {
            check.errors["signedOn"] = "Ngày ký không hợp lệ (dd/mm/yyyy)."
        }
        if let conclusion = check.conclusionOn {
            if let signed = check.signedOn, conclusion > signed {
                check.errors["conclusionOn"] = "Ngày kết luận phải trước hoặc cùng ngày ký quyết định thu hồi."
            }
        } else {
            check.errors["conclusionOn"] = "Ngày kết luận không hợp lệ (dd/mm/yyyy)."
        }
        let records = try await RecognitionRecord.chosen(input.recognitionIDs, on: db)
        // The ones no newer recognition replaces, in one query.
        let latest = try await records.isEmpty ? [] : Set(RecognitionRecord.query(on: db).filter(\.$id ~~ records.compactMap(\.id))
            .filter(CertificateFollowUp.latestOfProduct).all(\.$id))
        if records.isEmpty { check.errors["certificates"] = "Vui lòng chọn ít nhất một giấy chứng nhận để thu hồi." }
        var problems: [String] = []
        var authorities = Set<RevocationAuthority>(), provinces = Set<String>()
        for record in records {
            guard let recognition = record.recognition else { continue }
            let product = record.product
            if record.revocationID != nil {
                problems.append("«\(product.name)»: giấy chứng nhận đã bị thu hồi trước đó.")
            } else if !latest.contains(record.id!) {
                problems.append("«\(product.name)»: đã có giấy chứng nhận mới hơn; giấy này không còn để thu hồi.")
            } else if case .denied(let why) = AccessPolicy().decide(user.grants, .revokeCertificate(
                        star: recognition.star, location: .commune(product.communeCode, inProvince: product.provinceCode))) {
                problems.append("«\(product.name)» (\(recognition.star.rawValue) sao): " + why)
            }
            authorities.insert(RevocationAuthority(star: recognition.star))
            provinces.insert(product.provinceCode)
            check.chosen.append(Chosen(record: record, recognition: recognition))
        }
        if authorities.count > 1 {
            problems.append("Giấy chứng nhận 5 sao do Bộ trưởng thu hồi, 3 và 4 sao do Chủ tịch UBND cấp tỉnh: lập hai quyết định riêng.")
        } else if authorities.first == .province && provinces.count > 1 {
            problems.append("Mỗi quyết định thu hồi của UBND cấp tỉnh chỉ gồm giấy chứng nhận của một tỉnh.")
        }
        if !problems.isEmpty { check.errors["certificates"] = problems.joined(separator: " ") }
        if let id = UUID(uuidString: input.inspectionID) {
            check.inspection = try await InspectionRecord.find(id, on: db)
            if let inspection = check.inspection,
               inspection.conclusion != .proposesRevocation || !records.contains(where: { $0.id == inspection.$recognition.id }) {
                check.errors["inspection"] = "Biên bản kiểm tra làm căn cứ phải đề nghị thu hồi một giấy chứng nhận trong quyết định này."
            }
        }
        return check
    }

    /// Writes the decision and its effects in one transaction; returns the decision.
    static func revoke(_ input: Input, _ check: Check, conclusionFile: StoredFile?, actor: CurrentUser, on db: Database) async throws -> RevocationRecord {
        guard check.isValid, let signedOn = check.signedOn, let conclusionOn = check.conclusionOn, let ground = check.ground,
              let first = check.chosen.first else { throw RevocationRefused() }
        let authority = RevocationAuthority(star: first.recognition.star)
        let decision = RevocationRecord()
        decision.id = UUID()
        decision.number = DossierText.trimmed(input.number)
        decision.signedOn = signedOn.iso
        decision.ground = ground
        decision.conclusion = DossierText.trimmed(input.conclusion)
        decision.conclusionOn = conclusionOn.iso
        decision.conclusionFileID = conclusionFile?.id
        decision.authority = authority
        decision.provinceCode = authority == .province ? first.record.product.provinceCode : nil
        decision.signer = DossierText.trimmed(input.signer)
        decision.signerPosition = DecisionSignerPosition(rawValue: input.signerPosition) ?? .head
        decision.createdBy = actor.label
        decision.createdAt = Date()
        decision.inspectionID = check.inspection?.id
        try await db.transaction { tx in
            if let conclusionFile { try await conclusionFile.create(on: tx) }
            try await decision.create(on: tx)
            let text = "giấy chứng nhận OCOP bị thu hồi theo Quyết định số \(decision.number) ngày \(signedOn.vietnamese) (\(ground.citation))."
            for chosen in check.chosen {
                let record = chosen.record, product = record.product
                // Taken again inside the transaction: a second click, or another officer, finds it revoked.
                try await RecognitionRecord.query(on: tx).filter(\.$id == record.id!).filter(\.$revocationID == nil)
                    .set(\.$revocationID, to: decision.id).set(\.$revokedOn, to: signedOn.iso).update()
                guard try await RecognitionRecord.find(record.id, on: tx)?.revocationID == decision.id else { throw RevocationRefused() }
                try await CertificateRecord.query(on: tx).filter(\.$product.$id == product.id!).filter(\.$decisionDay == record.decisionDate)
                    .set(\.$revokedAt, to: Date()).update()
                let representatives = try await Notifications.recipients([.producer], producerID: product.$producer.id,
                                                                         communeCode: product.communeCode, provinceCode: product.provinceCode, on: tx)
                try await Notifications.send("\(product.name): " + text, link: SiteURL.product(id: product.id!.uuidString).path,
                                             to: representatives, on: tx)
                let officers = try await Notifications.recipients([.communeOfficers], producerID: product.$producer.id,
                                                                  communeCode: product.communeCode, provinceCode: product.provinceCode, on: tx)
                try await Notifications.send("\(product.name) (\(product.producer.name)): " + text,
                                             link: SiteURL.revocation(id: decision.id!.uuidString).path, to: officers, on: tx)
            }
            try await AuditLog.record(on: tx, actor: actor, action: "certificate.revoke", recordType: "revocation", recordID: decision.id!.uuidString,
                                      location: decision.provinceCode.map(UnitLocation.province),
                                      after: ["number": decision.number, "ground": ground.citation,
                                              "certificates": check.chosen.map { "\($0.record.product.name) (\($0.recognition.decisionNumber))" }.joined(separator: "; ")])
        }
        return decision
    }

    /// The certificates a decision revoked, loaded with their product and producer.
    static func certificates(of decision: RevocationRecord, on db: Database) async throws -> [RecognitionRecord] {
        try await RecognitionRecord.query(on: db).filter(\.$revocationID == decision.id!).with(\.$product) { $0.with(\.$producer) }.all()
            .sorted { ($0.product.searchKey, $0.id!.uuidString) < ($1.product.searchKey, $1.id!.uuidString) }
    }
}

/// A revocation that changed while it was written (a certificate revoked in the meantime): nothing
/// of it is kept.
struct RevocationRefused: Error {}
