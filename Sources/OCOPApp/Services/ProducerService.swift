import Fluent
import Vapor
import OCOPCore

/// Đăng ký và quản lý chủ thể: the one place that checks, creates, changes, approves and rejects
/// producers, each change in a transaction with its audit entry.
enum ProducerService {
    /// What a producer form sends, as typed.
    struct Input: Content {
        var name: String?
        var legalForm: String?
        var taxCode: String?
        var representativeName: String?
        var representativeIsWoman: String?
        var representativeIsEthnicMinority: String?
        var address: String?
        /// Only to list the communes of the province picked before the commune (`CommuneChoices`).
        var provinceCode: String?
        var communeCode: String?
        var phone: String?
        var email: String?
    }

    /// A form that passed every check: the parsed values to store.
    struct Checked {
        let legalForm: ProducerLegalForm
        let taxCode: TaxCode
        let commune: AdminUnit
    }

    /// What the audit log keeps of a producer.
    struct Snapshot: Codable {
        let name: String
        let legalForm: String
        let taxCode: String
        let representative: String
        let representativeIsWoman: Bool
        let representativeIsEthnicMinority: Bool
        let address: String
        let communeCode: String
        let phone: String?
        let email: String?
        let status: String
        let rejectionReason: String?

        init(_ p: ProducerRecord) {
            name = p.name; legalForm = p.legalForm; taxCode = p.taxCode; representative = p.representativeName
            representativeIsWoman = p.representativeIsWoman; representativeIsEthnicMinority = p.representativeIsEthnicMinority
            address = p.address; communeCode = p.communeCode; phone = p.phone; email = p.email
            status = p.producerStatus.rawValue; rejectionReason = p.rejectionReason
        }
    }

    static let duplicateTaxCode = "Mã số thuế này đã được đăng ký cho một chủ thể khác. Nếu đây là chủ thể của bạn, vui lòng liên hệ cán bộ OCOP của xã."

    /// Checks every field; the errors are keyed by field name, in Vietnamese.
    static func check(_ input: Input, existingID: UUID?, on db: Database) async throws -> Result<Checked, FormErrors> {
        var errors: [String: String] = [:]
        let name = trimmed(input.name), representative = trimmed(input.representativeName)
        let legalForm = ProducerLegalForm(rawValue: input.legalForm ?? "")
        if legalForm == nil { errors["legalForm"] = "Vui lòng chọn loại hình chủ thể." }
        var taxCode: TaxCode?
        do {
            taxCode = try TaxCode(input.taxCode ?? "")
        } catch {
            errors["taxCode"] = error.message
        }
        if let taxCode, let legalForm, let problem = legalForm.problem(with: taxCode) {
            errors["taxCode"] = problem
        } else if let taxCode, try await isTaken(taxCode, except: existingID, on: db) {
            errors["taxCode"] = duplicateTaxCode
        }
        let communeCode = trimmed(input.communeCode)
        let commune = communeCode.isEmpty ? nil : try await AdminUnit.find(communeCode, on: db)
        if communeCode.isEmpty {
            errors["communeCode"] = "Vui lòng chọn xã, phường nơi chủ thể đăng ký."
        } else if commune?.level != .commune {
            errors["communeCode"] = "Không có xã, phường nào mang mã \(communeCode) trong danh mục đơn vị hành chính từ 01/07/2025."
        }
        if trimmed(input.address).isEmpty { errors["address"] = "Vui lòng nhập địa chỉ trụ sở hoặc nơi sản xuất." }
        let phone = trimmed(input.phone)
        if !phone.isEmpty, phone.range(of: "^\\+?[0-9][0-9 .()-]{7,18}$", options: .regularExpression) == nil {
            errors["phone"] = "Số điện thoại không hợp lệ; ví dụ: 0912 345 678."
        }
        let email = trimmed(input.email)
        if !email.isEmpty, email.range(of: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", options: .regularExpression) == nil {
            errors["email"] = "Địa chỉ thư điện tử không hợp lệ."
        }
        // The core rules of a producer (name, representative, legal form against tax code, commune).
        if let legalForm, let taxCode, let commune, commune.level == .commune {
            let producer = Producer(id: existingID?.uuidString ?? "", name: name, legalForm: legalForm, taxCode: taxCode,
                                    location: commune.location, representative: .init(fullName: representative))
            if producer.problems.contains("Chưa nhập tên chủ thể.") { errors["name"] = "Chưa nhập tên chủ thể." }
            if producer.problems.contains("Chưa nhập họ tên người đại diện theo pháp luật.") {
                errors["representativeName"] = "Chưa nhập họ tên người đại diện theo pháp luật."
            }
        } else {
            if name.isEmpty { errors["name"] = "Chưa nhập tên chủ thể." }
            if representative.isEmpty { errors["representativeName"] = "Chưa nhập họ tên người đại diện theo pháp luật." }
        }
        guard errors.isEmpty, let legalForm, let taxCode, let commune else { return .failure(FormErrors(messages: errors)) }
        return .success(Checked(legalForm: legalForm, taxCode: taxCode, commune: commune))
    }

    static func isTaken(_ taxCode: TaxCode, except id: UUID?, on db: Database) async throws -> Bool {
        let query = ProducerRecord.query(on: db).filter(\.$taxCode == taxCode.normalized)
        if let id { query.filter(\.$id != id) }
        return try await query.first() != nil
    }

    /// Copies a checked form into the record (the commune only for a new producer).
    static func fill(_ record: ProducerRecord, _ input: Input, _ checked: Checked, setCommune: Bool) {
        record.name = trimmed(input.name)
        record.legalForm = checked.legalForm.rawValue
        record.taxCode = checked.taxCode.normalized
        record.representativeName = trimmed(input.representativeName)
        record.representativeIsWoman = isChecked(input.representativeIsWoman)
        record.representativeIsEthnicMinority = isChecked(input.representativeIsEthnicMinority)
        record.address = trimmed(input.address)
        if setCommune {
            record.communeCode = checked.commune.id!
            record.provinceCode = checked.commune.provinceCode
        }
        record.phone = trimmed(input.phone).isEmpty ? nil : trimmed(input.phone)
        record.email = trimmed(input.email).isEmpty ? nil : trimmed(input.email).lowercased()
        record.refreshSearchKey()
    }

    /// Creates a producer and, optionally, its representative's account (bound to it), in one transaction.
    @discardableResult
    static func create(_ input: Input, _ checked: Checked, status: ProducerStatus, account: AccountService.NewAccount?,
                       accountIsActive: Bool, actor: CurrentUser?, on app: Application, database: Database) async throws -> ProducerRecord {
        let record = ProducerRecord()
        fill(record, input, checked, setCommune: true)
        record.id = UUID()
        record.producerStatus = status
        let hash: String? = if let account { try await PasswordHashing.hash(account.password, on: app) } else { nil }
        try await database.transaction { db in
            try await record.create(on: db)
            try await AuditLog.record(on: db, actor: actor, action: status == .pending ? "producer.sign-up" : "producer.create",
                                      recordType: "producer", recordID: record.taxCode, location: record.location,
                                      after: Snapshot(record))
            if let account, let hash {
                try await createAccount(account, hash: hash, isActive: accountIsActive, for: record, actor: actor, on: db)
            }
        }
        return record
    }

    /// The representative's account, bound to the producer (`subjectID`) at the producer's commune.
    static func createAccount(_ new: AccountService.NewAccount, hash: String, isActive: Bool, for producer: ProducerRecord,
                              actor: CurrentUser?, on db: Database) async throws {
        let grant = representativeGrant(for: producer)
        let account = UserAccount(username: new.username.trimmingCharacters(in: .whitespaces), fullName: new.fullName,
                                  email: new.email.flatMap { $0.isEmpty ? nil : $0 }, passwordHash: hash,
                                  mustChangePassword: new.mustChangePassword)
        account.isActive = isActive
        try await account.create(on: db)
        try await RoleAssignment(accountID: account.id!, grant: grant).create(on: db)
        try await AuditLog.record(on: db, actor: actor, action: "account.create", recordType: "account", recordID: account.username,
                                  location: grant.location, after: AccountService.Snapshot(account, grants: [grant]))
    }

    static func representativeGrant(for producer: ProducerRecord) -> RoleGrant {
        RoleGrant(role: .producerRepresentative, location: producer.location, subjectID: producer.id!.uuidString)
    }

    static func update(_ record: ProducerRecord, _ input: Input, _ checked: Checked, actor: CurrentUser, on db: Database) async throws {
        let before = Snapshot(record)
        fill(record, input, checked, setCommune: false)
        try await db.transaction { tx in
            try await record.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: "producer.update", recordType: "producer", recordID: record.taxCode,
                                      location: record.location, before: before, after: Snapshot(record))
        }
    }

    /// Approves a sign-up: the producer becomes active and its accounts may sign in.
    static func approve(_ record: ProducerRecord, actor: CurrentUser, on db: Database) async throws {
        let before = Snapshot(record)
        record.producerStatus = .active
        record.rejectionReason = nil
        try await db.transaction { tx in
            try await record.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: "producer.approve", recordType: "producer", recordID: record.taxCode,
                                      location: record.location, before: before, after: Snapshot(record))
            for account in try await accounts(of: record, on: tx) where !account.isActive {
                let grants = account.assignments.compactMap(\.grant)
                let accountBefore = AccountService.Snapshot(account, grants: grants)
                account.isActive = true
                try await account.save(on: tx)
                try await AuditLog.record(on: tx, actor: actor, action: "account.unlock", recordType: "account", recordID: account.username,
                                          location: record.location, before: accountBefore, after: AccountService.Snapshot(account, grants: grants))
            }
        }
    }

    /// Rejects a sign-up with a reason; its accounts stay unable to sign in.
    static func reject(_ record: ProducerRecord, reason: String, actor: CurrentUser, on db: Database) async throws {
        let before = Snapshot(record)
        record.producerStatus = .rejected
        record.rejectionReason = reason
        try await db.transaction { tx in
            try await record.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: "producer.reject", recordType: "producer", recordID: record.taxCode,
                                      location: record.location, before: before, after: Snapshot(record))
        }
    }

    /// The accounts bound to a producer, with their grants.
    static func accounts(of record: ProducerRecord, on db: Database) async throws -> [UserAccount] {
        let ids = try await RoleAssignment.query(on: db).filter(\.$role == Role.producerRepresentative.rawValue)
            .filter(\.$subjectID == record.id!.uuidString).all(\.$account.$id)
        guard !ids.isEmpty else { return [] }
        return try await UserAccount.query(on: db).filter(\.$id ~~ ids).with(\.$assignments).sort(\.$fullName).all()
    }

    static func trimmed(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
    static func isChecked(_ value: String?) -> Bool { value == "on" || value == "true" || value == "1" }
}
