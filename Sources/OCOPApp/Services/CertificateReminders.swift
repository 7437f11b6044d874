import Fluent
import Foundation
import OCOPCore
import OCOPMail

/// Nhắc hạn giấy chứng nhận (issue 13, seed 002: "sản phẩm sắp hết hạn thông báo cho các chủ thể"):
/// on each day, the certificates whose reminder is due (`CertificateLife.reminderDue`) get it, in
/// the app and by e-mail, to the producer's representatives and the commune's and province's
/// officers. Each certificate's reminder is written in one transaction (the reminder row, unique
/// per certificate and step, its notices and its mail), so a run stopped half-way leaves whole
/// reminders, the next run does the rest, and none is ever written twice.
enum CertificateReminders {
    /// A reminder due today, with what its messages need.
    struct Due: Sendable {
        let recognitionID: UUID
        let recognition: ProductRecognition
        let step: CertificateReminder
        let productName: String
        let producerID: UUID
        let producerName: String
        let producerEmail: String?
        let communeCode: String
        let provinceCode: String

        /// `product` loaded with its producer.
        init(recognitionID: UUID, recognition: ProductRecognition, step: CertificateReminder, product: ProductRecord) {
            self.recognitionID = recognitionID
            self.recognition = recognition
            self.step = step
            productName = product.name
            producerID = product.producer.id!
            producerName = product.producer.name
            producerEmail = product.producer.email
            communeCode = product.communeCode
            provinceCode = product.provinceCode
        }
    }

    /// The reminders due on `today` and not yet recorded.
    static func due(today: CalendarDay, on db: Database) async throws -> [Due] {
        // The first step comes 180 days before expiry, the last at expiry and is worth sending for
        // `graceDays` after: only certificates expiring in that span can have one due.
        let from = today.adding(days: -(CertificateReminder.graceDays - 1))
        let until = today.adding(days: ReEvaluationWindow.earliestDaysBefore)
        let recognitions = try await RecognitionRecord.query(on: db)
            .filter(\.$expiryDate >= from.iso).filter(\.$expiryDate <= until.iso)
            .filter(CertificateFollowUp.latestOfProduct).filter(\.$revocationID == nil).sort(\.$expiryDate).sort(\.$id).all()
        guard !recognitions.isEmpty else { return [] }
        let ids = recognitions.compactMap(\.id)
        let recorded = try await CertificateReminderRecord.query(on: db).filter(\.$recognition.$id ~~ ids).all()
        let sent = Dictionary(grouping: recorded, by: { $0.$recognition.id }).mapValues { Set($0.compactMap(\.reminder)) }
        let productIDs = Array(Set(recognitions.map { $0.$product.id }))
        let products = try await ProductRecord.query(on: db).filter(\.$id ~~ productIDs).with(\.$producer).all()
        let byID = Dictionary(uniqueKeysWithValues: products.map { ($0.id!, $0) })
        let filings = try await CertificateFollowUp.filings(of: productIDs, on: db)
        return recognitions.compactMap { record in
            guard let recognition = record.recognition, let product = byID[record.$product.id] else { return nil }
            let filing = filings[CertificateFollowUp.FilingKey(product: product.id!, expiry: recognition.expiryDay.iso)]
            let life = CertificateLife(recognition, pendingFiling: filing?.phase)
            guard let step = life.reminderDue(on: today, sent: sent[record.id!] ?? []) else { return nil }
            return Due(recognitionID: record.id!, recognition: recognition, step: step, product: product)
        }
    }

    /// Who a reminder goes to: every account of the audience (in the app), and by e-mail those with an
    /// address; the producer's own address when no representative has one.
    struct Recipient: Sendable {
        let accountID: UUID?
        let name: String
        let address: String?
        let isProducer: Bool
    }

    static func recipients(_ due: Due, on db: Database) async throws -> [Recipient] {
        let representatives = try await Notifications.recipients([.producer], producerID: due.producerID, communeCode: due.communeCode,
                                                                 provinceCode: due.provinceCode, on: db)
        let officers = try await Notifications.recipients([.communeOfficers, .provincialOfficers], producerID: due.producerID,
                                                          communeCode: due.communeCode, provinceCode: due.provinceCode, on: db)
        let ids = Array(representatives.union(officers))
        let accounts = try await ids.isEmpty ? [] : UserAccount.query(on: db).filter(\.$id ~~ ids).filter(\.$isActive == true).sort(\.$username).all()
        var recipients = accounts.map { account in
            Recipient(accountID: account.id, name: account.fullName, address: MailAddress.usable(account.email),
                      isProducer: representatives.contains(account.id!))
        }
        let producerAddress = MailAddress.usable(due.producerEmail)
        if !recipients.contains(where: { $0.isProducer && $0.address != nil }) {
            // No representative reads mail: the producer's own address, or a letter on paper.
            recipients.append(Recipient(accountID: nil, name: due.producerName, address: producerAddress, isProducer: true))
        }
        return recipients
    }

    /// The facts of a certificate a template names (`ReminderTemplates.placeholders`).
    static func values(_ due: Due, recipient: String, unitNames: [String: String], link: String) -> [String: String] {
        let window = ReEvaluationWindow(due.recognition)
        return ["nguoi_nhan": recipient, "chu_the": due.producerName, "san_pham": due.productName,
                "so_sao": String(due.recognition.star.rawValue), "so_quyet_dinh": due.recognition.decisionNumber,
                "ngay_quyet_dinh": due.recognition.decisionDay.vietnamese, "hieu_luc_den": due.recognition.expiryDay.previous.vietnamese,
                "han_nop_tu": window.opensOn.vietnamese, "han_nop_den": window.closesOn.vietnamese,
                "xa": unitNames[due.communeCode] ?? due.communeCode, "tinh": unitNames[due.provinceCode] ?? due.provinceCode, "duong_dan": link]
    }

    /// The follow-up list a step's notice opens.
    static func list(for step: CertificateReminder) -> CertificateFollowUpList {
        step == .expires ? .expiredThisYear : .windowOpen
    }

    /// Records one reminder with its notices and mail, in one transaction. Returns false when it was
    /// recorded already (by another instance, in the meantime): the unique row refuses it and
    /// nothing of it is written.
    @discardableResult
    static func record(_ due: Due, baseURL: String, on db: Database) async throws -> Bool {
        let template = try await ReminderTemplates.template(due.step, on: db)
        let recipients = try await recipients(due, on: db)
        let names = try await UnitDirectory.names(for: [due.communeCode, due.provinceCode], on: db)
        let path = SiteURL.certificateFollowUpList(list(for: due.step)).path
        do {
            try await db.transaction { tx in
                let reminder = CertificateReminderRecord()
                reminder.$recognition.id = due.recognitionID
                reminder.step = due.step.rawValue
                reminder.dueOn = due.step.day(in: ReEvaluationWindow(due.recognition)).iso
                reminder.createdAt = Date()
                try await reminder.create(on: tx)
                let notice = "\(due.productName): \(due.step.title) (giấy chứng nhận hết hạn ngày \(due.recognition.expiryDay.vietnamese))."
                try await Notifications.send(notice, link: path, to: Set(recipients.compactMap(\.accountID)),
                                             key: "nhac-gcn:\(reminder.id!.uuidString)", on: tx)
                // Mail to every address; the producer's own row (no account) stands even without one,
                // so the log says a letter on paper is needed.
                for recipient in recipients where recipient.address != nil || recipient.accountID == nil {
                    let values = values(due, recipient: recipient.name, unitNames: names, link: baseURL + path)
                    let mail = MailMessageRecord()
                    mail.reminderID = reminder.id
                    mail.accountID = recipient.accountID
                    mail.recipientName = recipient.name
                    mail.toAddress = recipient.address
                    mail.subject = ReminderTemplates.fill(template.subject, values)
                    mail.body = ReminderTemplates.fill(template.body, values)
                    // Pending even without an SMTP server: the delivery that follows marks it «chưa cấu hình».
                    mail.status = recipient.address == nil ? .noAddress : .pending
                    mail.attempts = 0
                    mail.nextAttemptAt = Date().timeIntervalSince1970
                    mail.provinceCode = due.provinceCode
                    mail.communeCode = due.communeCode
                    mail.createdAt = Date()
                    try await mail.create(on: tx)
                }
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return false
        }
        return true
    }
}
