import Fluent
import Foundation
import OCOPApp
import OCOPCore
import Vapor

/// Dữ liệu đo hiệu năng: a synthetic national dataset for `ocop-bench-data` and `scripts/bench`.
/// Producers are spread over every commune with valid tax codes (check digit from `TaxCode`), with
/// a larger share in the demo commune Việt Khê so that its signed-in pages have data; products take
/// their product set from the criteria sets in the database, about three quarters hold a recognition
/// (valid or expired), commune officers and a few provincial officers per province get a role
/// assignment each, dossiers and the notifications of their steps follow (`BenchData+Dossiers`), and
/// the audit log gets entries over the last two years. Every value comes from a seeded generator, so
/// the same seed gives the same rows (only dates move with the day of the run); rows are inserted in
/// chunks inside transactions. Never for a real installation: the accounts share a known password.
enum BenchData {
    struct Size {
        var producers: Int
        var products: Int
        var accounts: Int
        var audit: Int
        var dossiers: Int
        var notifications: Int
    }

    struct Counts {
        var producers = 0, products = 0, recognitions = 0, accounts = 0, provincialOfficers = 0, audit = 0
        var rounds = 0, dossiers = 0, letters = 0, evaluationRounds = 0, notifications = 0
        /// Dossiers per state, for the progress line.
        var dossiersByState: [DossierState: Int] = [:]
    }

    /// The audit action that marks a database as filled by `bench-data`.
    static let markerAction = "bench.data"
    /// Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits.
    static let chunkSize = 400
    /// Producers added to Việt Khê (demo commune 11503) beyond the spread: about forty of its products
    /// then have dossiers, what a commune active in OCOP handles in a year.
    static let vietKheExtraProducers = 24
    /// Provincial officers per province, so that forwarded dossiers reach several inboxes as they do.
    static let provincialOfficersPerProvince = 3

    static func alreadyGenerated(on db: Database) async throws -> Bool {
        try await AuditEntry.query(on: db).filter(\.$action == markerAction).first() != nil
    }

    // MARK: - Generation

    struct Commune {
        let code: String
        let name: String
        let nameWithType: String
        let provinceCode: String
        var location: UnitLocation { .commune(code, inProvince: provinceCode) }
    }

    struct Producer {
        let id: UUID
        let name: String
        let taxCode: String
        let representative: String
        /// Approved by the commune: only these put products forward.
        let active: Bool
        let commune: Commune
    }

    struct Product {
        let id: UUID
        let name: String
        /// How the audit log names the product.
        let recordID: String
        let producer: Producer
        /// Holds a recognition (valid or expired): its dossiers are re-recognitions or upgrades.
        var recognized = false
    }

    struct Officer {
        let id: UUID
        let username: String
        let fullName: String
        let commune: Commune
    }

    /// The generator's state, shared by the transaction closures (which run one after another).
    final class State: @unchecked Sendable {
        var rng: SeededGenerator
        var counts = Counts()
        var producers: [Producer] = []
        var products: [Product] = []
        var officers: [Officer] = []
        var sequence = 0
        init(seed: UInt64) { rng = SeededGenerator(seed: seed) }
    }

    static func generate(_ size: Size, seed: UInt64, on app: Application, progress: (String) -> Void) async throws -> Counts {
        let db = app.db
        let state = State(seed: seed)

        let communes = try await AdminUnit.query(on: db).filter(\.$level == .commune).sort(\.$id).all().map {
            Commune(code: $0.id!, name: shortName($0.name), nameWithType: $0.nameWithType, provinceCode: $0.provinceCode)
        }
        guard !communes.isEmpty else { throw BenchDataRefused(description: "Chưa có danh mục xã; hãy chạy `ocop migrate` trước.") }
        let catalog = try await ProductSetCatalog.entries(on: db)
        guard !catalog.isEmpty else { throw BenchDataRefused(description: "Chưa có bộ tiêu chí nào trong cơ sở dữ liệu.") }
        let takenTaxCodes = Set(try await ProducerRecord.query(on: db).all(\.$taxCode))
        let takenUsernames = Set(try await UserAccount.query(on: db).all(\.$username))

        try await AuditLog.record(on: db, actor: nil, action: markerAction, recordType: "database", recordID: "bench-data",
                                  location: nil, after: ["producers": size.producers, "products": size.products,
                                                         "accounts": size.accounts, "audit": size.audit,
                                                         "dossiers": size.dossiers, "notifications": size.notifications, "seed": Int(seed)])

        // Producers: the first pass puts one in each commune (in a shuffled order), then a few more
        // in Việt Khê, the rest anywhere.
        let order = communes.shuffled(using: &state.rng)
        let vietKhe = communes.first { $0.code == DemoData.vietKhe }
        try await db.transaction { tx in
            for start in stride(from: 0, to: size.producers, by: chunkSize) {
                var records: [ProducerRecord] = []
                for index in start..<min(start + chunkSize, size.producers) {
                    let commune = index < order.count ? order[index]
                        : index < order.count + vietKheExtraProducers ? vietKhe ?? order[0]
                        : order[Int.random(in: 0..<order.count, using: &state.rng)]
                    records.append(makeProducer(commune, state, taken: takenTaxCodes))
                }
                try await records.create(on: tx)
            }
        }
        state.counts.producers = state.producers.count
        progress("  chủ thể: \(state.counts.producers)")

        // Products: one per producer first, then more for some producers; recognitions for about three in four.
        try await db.transaction { tx in
            for start in stride(from: 0, to: size.products, by: chunkSize) {
                var products: [ProductRecord] = []
                var recognitions: [RecognitionRecord] = []
                for index in start..<min(start + chunkSize, size.products) {
                    let producer = index < state.producers.count ? state.producers[index]
                        : state.producers[Int.random(in: 0..<state.producers.count, using: &state.rng)]
                    let entry = catalog[Int.random(in: 0..<catalog.count, using: &state.rng)]
                    let record = makeProduct(entry, producer, state)
                    products.append(record)
                    if Int.random(in: 0..<100, using: &state.rng) < 75 {
                        state.products[state.products.count - 1].recognized = true
                        for recognition in makeRecognitions(&state.rng) {
                            let row = RecognitionRecord(productID: record.id!, recognition)
                            row.id = uuid(&state.rng)
                            recognitions.append(row)
                        }
                    }
                }
                try await products.create(on: tx)
                for part in stride(from: 0, to: recognitions.count, by: chunkSize) {
                    try await Array(recognitions[part..<min(part + chunkSize, recognitions.count)]).create(on: tx)
                }
                state.counts.recognitions += recognitions.count
            }
        }
        state.counts.products = state.products.count
        progress("  sản phẩm: \(state.counts.products), quyết định công nhận: \(state.counts.recognitions)")

        // Commune officers: one per commune first, a second in some communes; one cheap hash for all.
        let hash = try await app.threadPool.runIfActive { try Bcrypt.hash(DemoData.password, cost: 4) }
        try await db.transaction { tx in
            for start in stride(from: 0, to: size.accounts, by: chunkSize) {
                var accounts: [UserAccount] = []
                var grants: [RoleAssignment] = []
                for index in start..<min(start + chunkSize, size.accounts) {
                    let commune = index < order.count ? order[index] : order[Int.random(in: 0..<order.count, using: &state.rng)]
                    let username = "canboxa" + pad(index + 1, 5)
                    let id = uuid(&state.rng)
                    let fullName = personName(woman: Bool.random(using: &state.rng), &state.rng)
                    guard !takenUsernames.contains(username) else { continue }
                    accounts.append(UserAccount(id: id, username: username, fullName: fullName, email: "\(username)@example.vn",
                                                passwordHash: hash, mustChangePassword: false))
                    let grant = RoleAssignment(accountID: id, grant: RoleGrant(role: .communeOfficer, location: commune.location))
                    grant.id = uuid(&state.rng)
                    grants.append(grant)
                    state.officers.append(Officer(id: id, username: username, fullName: fullName, commune: commune))
                }
                try await accounts.create(on: tx)
                try await grants.create(on: tx)
            }
        }
        state.counts.accounts = state.officers.count
        progress("  tài khoản cán bộ xã: \(state.counts.accounts) (mật khẩu \(DemoData.password))")

        // Provincial officers: forwarded dossiers are announced to every officer of the province.
        let provinces = try await AdminUnit.query(on: db).filter(\.$level == .province).sort(\.$id).all()
        try await db.transaction { tx in
            var accounts: [UserAccount] = []
            var grants: [RoleAssignment] = []
            for province in provinces {
                for number in 1...provincialOfficersPerProvince {
                    let username = "canbotinh\(province.provinceCode)\(pad(number, 2))"
                    let id = uuid(&state.rng)
                    let fullName = personName(woman: Bool.random(using: &state.rng), &state.rng)
                    guard !takenUsernames.contains(username) else { continue }
                    accounts.append(UserAccount(id: id, username: username, fullName: fullName, email: "\(username)@example.vn",
                                                passwordHash: hash, mustChangePassword: false))
                    let grant = RoleAssignment(accountID: id, grant: RoleGrant(role: .provincialOfficer, location: .province(province.provinceCode)))
                    grant.id = uuid(&state.rng)
                    grants.append(grant)
                }
            }
            try await accounts.create(on: tx)
            try await grants.create(on: tx)
            state.counts.provincialOfficers = accounts.count
        }
        progress("  tài khoản cán bộ tỉnh: \(state.counts.provincialOfficers)")

        let now = Date()
        try await generateDossiers(size, now: now, on: db, state, progress: progress)

        // Audit log: the last two years, more of it recent, by the officers above (or the system).
        try await db.transaction { tx in
            for start in stride(from: 0, to: size.audit, by: chunkSize) {
                let entries = (start..<min(start + chunkSize, size.audit)).map { _ in makeAuditEntry(now: now, state) }
                try await entries.create(on: tx)
                state.counts.audit += entries.count
            }
        }
        progress("  nhật ký thao tác: \(state.counts.audit)")
        return state.counts
    }

    private static func makeProducer(_ commune: Commune, _ state: State, taken: Set<String>) -> ProducerRecord {
        let form = pick([(ProducerLegalForm.cooperative, 35), (.enterprise, 25), (.householdBusiness, 30), (.cooperativeGroup, 10)], &state.rng)
        var taxCode: String
        repeat {
            state.sequence += 1
            let personal = form == .householdBusiness && Int.random(in: 0..<10, using: &state.rng) < 3
            taxCode = makeTaxCode(state.sequence, personal: personal, &state.rng)
        } while taken.contains(taxCode)
        let woman = Bool.random(using: &state.rng)
        let representative = personName(woman: woman, &state.rng)
        let record = ProducerRecord()
        record.id = uuid(&state.rng)
        record.name = producerName(form, commune: commune, representative: representative, &state.rng)
        record.legalForm = form.rawValue
        record.taxCode = taxCode
        record.representativeName = representative
        record.representativeIsWoman = woman
        record.representativeIsEthnicMinority = Int.random(in: 0..<100, using: &state.rng) < 12
        record.address = "Thôn \(Int.random(in: 1...15, using: &state.rng)), \(commune.nameWithType)"
        record.provinceCode = commune.provinceCode
        record.communeCode = commune.code
        record.phone = phone(&state.rng)
        record.email = Int.random(in: 0..<3, using: &state.rng) == 0 ? "lienhe\(state.sequence)@example.vn" : nil
        let roll = Int.random(in: 0..<100, using: &state.rng)
        let status: ProducerStatus = roll < 96 ? .active : roll < 99 ? .pending : .rejected
        record.producerStatus = status
        record.rejectionReason = status == .rejected ? "Hồ sơ đăng ký chưa có giấy chứng nhận đăng ký kinh doanh." : nil
        record.refreshSearchKey()
        state.producers.append(Producer(id: record.id!, name: record.name, taxCode: taxCode, representative: representative,
                                        active: status == .active, commune: commune))
        return record
    }

    private static func makeProduct(_ entry: ProductSetCatalog.Entry, _ producer: Producer, _ state: State) -> ProductRecord {
        let record = ProductRecord()
        record.id = uuid(&state.rng)
        record.$producer.id = producer.id
        record.name = "\(entry.name) \(pickOne(brandWords, &state.rng)) \(producer.commune.name)"
        record.criteriaSetCode = entry.criteriaSetCode
        record.productSetCode = entry.code
        record.productSetName = entry.name
        record.summary = "Sản phẩm \(entry.name.lowercased()) của \(producer.name), sản xuất tại \(producer.commune.nameWithType)."
        record.rawMaterialArea = "\(Int.random(in: 2...120, using: &state.rng)) ha vùng nguyên liệu tại \(producer.commune.nameWithType)."
        record.packaging = pickOne(packagings, &state.rng)
        record.trademark = pick([(TrademarkStatus.registered, 55), (.applied, 25), (.none, 20)], &state.rng)
        record.provinceCode = producer.commune.provinceCode
        record.communeCode = producer.commune.code
        record.searchKey = SearchFolding.fold("\(record.name) \(producer.name)")
        state.products.append(Product(id: record.id!, name: record.name, recordID: "\(producer.taxCode)/\(record.name)", producer: producer))
        return record
    }

    private static func makeAuditEntry(now: Date, _ state: State) -> AuditEntry {
        let entry = AuditEntry()
        entry.id = uuid(&state.rng)
        // Squared, so recent days hold more entries than old ones (about 0.5 % in the last 24 hours).
        entry.at = now.addingTimeInterval(-pow(Double.random(in: 0..<1, using: &state.rng), 2) * 730 * 86_400)
        let officer = state.officers.isEmpty ? nil : state.officers[Int.random(in: 0..<state.officers.count, using: &state.rng)]
        entry.actorID = officer?.id
        entry.actorName = officer.map { "\($0.fullName) (\($0.username))" } ?? "Hệ thống"
        let action = pick([("auth.login", 40), ("product.update", 15), ("producer.update", 12), ("product.create", 10),
                           ("producer.create", 8), ("product.recognition", 7), ("account.password", 5), ("account.create", 3)], &state.rng)
        entry.action = action
        if action.hasPrefix("producer."), !state.producers.isEmpty {
            let producer = state.producers[Int.random(in: 0..<state.producers.count, using: &state.rng)]
            entry.recordType = "producer"
            entry.recordID = producer.taxCode
            entry.provinceCode = producer.commune.provinceCode
            entry.communeCode = producer.commune.code
            entry.before = action == "producer.update" ? #"{"phone":"0912 000 000"}"# : nil
            entry.after = #"{"phone":"\#(phone(&state.rng))"}"#
        } else if action.hasPrefix("product."), !state.products.isEmpty {
            let product = state.products[Int.random(in: 0..<state.products.count, using: &state.rng)]
            entry.recordType = "product"
            entry.recordID = product.recordID
            entry.provinceCode = product.producer.commune.provinceCode
            entry.communeCode = product.producer.commune.code
            entry.before = action == "product.update" ? #"{"trademarkStatus":"applied"}"# : nil
            entry.after = action == "product.recognition" ? #"{"star":3}"# : #"{"trademarkStatus":"registered"}"#
        } else {
            entry.recordType = "account"
            entry.recordID = officer?.username ?? "quantri"
            entry.provinceCode = officer?.commune.provinceCode
            entry.communeCode = officer?.commune.code
            entry.after = action == "account.create" ? #"{"role":"communeOfficer"}"# : nil
        }
        return entry
    }

    // MARK: - Values

    /// A valid tax code, unique per sequence number: 10 digits with the check digit, or a 12-digit
    /// personal identifier for some household businesses.
    private static func makeTaxCode(_ sequence: Int, personal: Bool, _ rng: inout SeededGenerator) -> String {
        if personal {
            let province = Int.random(in: 1...96, using: &rng)
            return "0" + pad(province, 2) + String(Int.random(in: 0...1, using: &rng)) + pad(60 + sequence / 1_000_000 % 40, 2)
                + pad(sequence % 1_000_000, 6)
        }
        // Digits 3–9 carry the sequence; try prefixes until the check digit exists.
        for offset in 0..<90 {
            let prefix = (Int.random(in: 0..<90, using: &rng) + offset) % 90 + 1
            let firstNine = pad(prefix, 2) + pad(1_000_000 + sequence % 8_000_000, 7)
            if let check = TaxCode.checkDigit(for: firstNine) {
                let code = firstNine + String(check)
                precondition(TaxCode.validated(code) != nil)
                return code
            }
        }
        preconditionFailure("no check digit for sequence \(sequence)")
    }

    private static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
                                   "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Hà", "Mai", "Lò", "Hoàng", "Nông", "Triệu"]
    private static let middles = (men: ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Xuân"], women: ["Thị", "Thu", "Ngọc", "Thanh", "Kim", "Thị"])
    private static let givens = (men: ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quang", "Sơn", "Tâm", "Thắng", "Tuấn", "Việt"],
                                 women: ["Anh", "Cúc", "Dung", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Oanh", "Phương", "Thảo", "Trang", "Yến"])
    private static let brandWords = ["truyền thống", "sạch", "đặc sản", "hữu cơ", "thượng hạng", "làng nghề", "xanh", "quê"]
    private static let packagings = ["Chai thủy tinh 500 ml, nhãn đúng quy định, tem truy xuất nguồn gốc.",
                                     "Hộp giấy kraft 250 g, nhãn ghi đủ thông tin.", "Túi hút chân không 500 g có tem truy xuất nguồn gốc.",
                                     "Hộp carton 2 kg và 5 kg có nhãn.", "Lọ thủy tinh 300 g, nhãn song ngữ."]

    static func personName(woman: Bool, _ rng: inout SeededGenerator) -> String {
        [pickOne(families, &rng), pickOne(woman ? middles.women : middles.men, &rng), pickOne(woman ? givens.women : givens.men, &rng)]
            .joined(separator: " ")
    }

    private static func producerName(_ form: ProducerLegalForm, commune: Commune, representative: String, _ rng: inout SeededGenerator) -> String {
        switch form {
        case .cooperative:
            "Hợp tác xã \(pickOne(["Nông nghiệp", "Dịch vụ nông nghiệp", "Chè", "Dược liệu", "Thủy sản", "Nông sản sạch"], &rng)) \(commune.name)"
        case .enterprise:
            "Công ty TNHH \(pickOne(["Thực phẩm", "Nông sản", "Đặc sản", "Thương mại"], &rng)) \(pickOne(givens.men + givens.women, &rng)) \(commune.name)"
        case .cooperativeGroup:
            "Tổ hợp tác \(pickOne(["trồng rau", "nuôi ong", "làm bánh", "dệt thổ cẩm", "chế biến nông sản"], &rng)) \(commune.name)"
        case .householdBusiness:
            "Hộ kinh doanh \(representative)"
        }
    }

    private static func phone(_ rng: inout SeededGenerator) -> String {
        "09\(pad(Int.random(in: 0...99, using: &rng), 2)) \(pad(Int.random(in: 0...999, using: &rng), 3)) \(pad(Int.random(in: 0...999, using: &rng), 3))"
    }

    /// One recognition, sometimes preceded by an expired one that it renewed.
    private static func makeRecognitions(_ rng: inout SeededGenerator) -> [ProductRecognition] {
        // Decisions from 2019 to October 2026: those before December 2023 have expired by now.
        var decision = CalendarDay(year: Int.random(in: 2019...2026, using: &rng), month: Int.random(in: 1...12, using: &rng),
                                   day: Int.random(in: 1...28, using: &rng))!
        if decision > lastDecision { decision = decision.addingMonths(-12) }
        let roll = Int.random(in: 0..<100, using: &rng)
        let star: Star = roll < 65 ? .three : roll < 95 ? .four : .five
        var result = [recognition(star, decision, &rng)]
        let renewal = decision.addingMonths(ProductRecognition.validityMonths)
        if renewal <= lastDecision && Int.random(in: 0..<100, using: &rng) < 30 {
            result.append(recognition(star == .five ? .five : Bool.random(using: &rng) ? star : .four, renewal, &rng))
        }
        return result
    }

    private static func recognition(_ star: Star, _ day: CalendarDay, _ rng: inout SeededGenerator) -> ProductRecognition {
        let issuer: RecognitionIssuer = star == .five ? .national
            : star == .three && day < CalendarDay(year: 2025, month: 7, day: 1)! && Bool.random(using: &rng) ? .district : .province
        let number = "\(Int.random(in: 100...4999, using: &rng))/QĐ-\(issuer == .national ? "BNNMT" : "UBND")"
        return ProductRecognition(star: star, decisionNumber: number, decisionDay: day, issuer: issuer)
    }

    /// "Việt Khê" for "Xã Việt Khê", to name producers and products as people do.
    private static func shortName(_ name: String) -> String {
        for prefix in ["Xã ", "Phường ", "Đặc khu "] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }

    private static let lastDecision = CalendarDay(year: 2026, month: 10, day: 31)!

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func pick<T>(_ weighted: [(T, Int)], _ rng: inout SeededGenerator) -> T {
        var roll = Int.random(in: 0..<weighted.reduce(0) { $0 + $1.1 }, using: &rng)
        for (value, weight) in weighted {
            if roll < weight { return value }
            roll -= weight
        }
        return weighted[weighted.count - 1].0
    }

    static func pickOne<T>(_ values: [T], _ rng: inout SeededGenerator) -> T {
        values[Int.random(in: 0..<values.count, using: &rng)]
    }

    /// A version-4 UUID from the generator, so that the same seed gives the same identifiers.
    static func uuid(_ rng: inout SeededGenerator) -> UUID {
        let a = rng.next(), b = rng.next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 { bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * i)); bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * i)) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}

/// SplitMix64: small, fast and the same on every platform, for reproducible benchmark data.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
